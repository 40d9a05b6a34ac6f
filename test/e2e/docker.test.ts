import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const compose = ['compose', '-f', join(root, 'deploy', 'compose.yaml'), '-p', `cutover-test-${process.pid}`];

/** Why the image cannot be built and started here; undefined when a Docker daemon answers. */
function dockerSkip(): string | undefined {
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8' });
  if (info.error) return `no docker CLI (${info.error.message})`;
  if (info.status !== 0) return `no Docker daemon answers: ${(info.stderr || info.stdout).trim().split('\n').pop()}`;
  return undefined;
}

const skip = dockerSkip();

describe('orchestrator image and compose file (orchestrator + PostgreSQL + one agent)', { skip }, () => {
  const adminKey = randomBytes(24).toString('hex');

  before(() => {
    const secrets = join(root, 'deploy', 'secrets');
    mkdirSync(secrets, { recursive: true });
    for (const name of ['postgres_password', 'orchestrator_secret_key', 'agent_token', 'registration_token'])
      writeFileSync(join(secrets, name), randomBytes(24).toString('hex'));
    writeFileSync(join(secrets, 'orchestrator_admin_key'), adminKey);
    execFileSync('docker', [...compose, 'up', '--build', '--wait', '--wait-timeout', '300'], { stdio: 'inherit', timeout: 900_000 });
  });

  after(() => {
    spawnSync('docker', [...compose, 'down', '--volumes'], { stdio: 'inherit' });
  });

  it('the orchestrator is healthy (migrations applied at start), runs as non-root, and the agent registered itself', async () => {
    const user = execFileSync('docker', [...compose, 'exec', '-T', 'orchestrator', 'id', '-u'], { encoding: 'utf8' }).trim();
    assert.notEqual(user, '0');
    const deadline = Date.now() + 60_000;
    for (;;) {
      const res = await fetch('http://127.0.0.1:7300/v1/agents', { headers: { 'X-API-Key': adminKey } });
      assert.equal(res.status, 200);
      const agents = (await res.json()) as { items: { name: string }[] };
      if (agents.items.some((a) => a.name === 'erp-agent')) break;
      assert.ok(Date.now() < deadline, 'the agent registered itself within a minute');
      await new Promise((r) => setTimeout(r, 500));
    }
  });
});
