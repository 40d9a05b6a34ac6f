import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort, waitForHealth, type TestDatabases } from '@cutover/testing';
import { packageAgent, packagePath } from '../../scripts/package-agent';
import { testEngines } from '../support/engines';

const root = join(__dirname, '..', '..', '..');
const engine = testEngines().find((e) => e.kind === 'postgres')!;

/** Only what an operator's service manager would pass: no NODE_OPTIONS or npm variables from this test run. */
const cleanEnv = (vars: Record<string, string>): Record<string, string> => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', ...vars });

const wine = spawnSync('sh', ['-c', 'command -v wine64 || command -v wine'], { encoding: 'utf8' }).stdout.trim();

describe('the agent as one executable (Node SEA, linux-x64)', () => {
  const exe = packagePath(root, 'linux-x64');
  let dbs: TestDatabases<'state' | 'agent'>;

  before(async () => {
    // `npm test` rebuilds dist/ (no package): build it here, once per run (esbuild + postject, measured ~30-40 s).
    if (!existsSync(exe)) {
      const started = Date.now();
      await packageAgent(root, ['linux-x64']);
      console.log(`# packaged ${exe} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    dbs = await engine.databases(['agent']);
  });

  after(async () => {
    await dbs?.drop();
  });

  it('--version answers without any configuration', () => {
    assert.equal(execFileSync(exe, ['--version'], { env: cleanEnv({}), encoding: 'utf8' }).trim(), 'transfer-agent 0.1.0');
  });

  it('a configuration error is one clear line on stderr and exit code 2', () => {
    const res = spawnSync(exe, [], {
      env: cleanEnv({ AGENT_ENGINE: 'postgres', AGENT_DATABASE_URL: 'postgres://x@127.0.0.1/db', AGENT_TOKEN: 'short' }),
      encoding: 'utf8',
    });
    assert.equal(res.status, 2);
    assert.deepEqual(res.stderr.trim().split('\n'), [
      'transfer-agent: invalid configuration: AGENT_TOKEN: must be at least 24 characters (it signs export grants too)',
    ]);
  });

  it('starts from an env file, serves its database, /health answers', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'cutover-sea-'));
    const envFile = join(dir, 'agent.env');
    writeFileSync(envFile, `AGENT_ENGINE=postgres\nAGENT_DATABASE_URL=${dbs.urls.agent}\nAGENT_PORT=${port}\nLOG_LEVEL=warn\n`);
    writeFileSync(join(dir, 'token'), randomBytes(24).toString('hex'));
    const child = spawn(exe, ['--env-file', envFile], {
      env: cleanEnv({ AGENT_TOKEN_FILE: join(dir, 'token') }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const stderr: string[] = [];
    child.stderr.on('data', (b: Buffer) => stderr.push(b.toString()));
    try {
      await waitForHealth(`http://127.0.0.1:${port}`, () => child.exitCode === null, 30_000);
      const info = await fetch(`http://127.0.0.1:${port}/docs/openapi.json`);
      assert.equal(info.status, 200, 'the OpenAPI document is served (Swagger UI is not: no assets beside the executable)');
      assert.equal((await fetch(`http://127.0.0.1:${port}/docs/agent.env`)).status, 404, 'nothing beside the executable is served');
    } catch (error) {
      throw new Error(`${(error as Error).message}; stderr: ${stderr.join('')}`, { cause: error });
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the agent as one executable (win-x64, under wine)', () => {
  const skip = wine ? undefined : 'wine64 is not installed here: the Windows executable is built by `npm run package` but not run';
  it('--version and config validation', { skip }, () => {
    const exe = packagePath(root, 'win-x64');
    if (!existsSync(exe)) execFileSync('npm', ['run', 'package', '--', 'win-x64'], { cwd: root, stdio: 'ignore' });
    assert.match(execFileSync(wine, [exe, '--version'], { encoding: 'utf8' }), /transfer-agent 0\.1\.0/);
    const res = spawnSync(wine, [exe], { env: { ...process.env, AGENT_ENGINE: 'oracle' }, encoding: 'utf8' });
    assert.equal(res.status, 2);
    assert.match(res.stderr, /AGENT_ENGINE: must be one of: postgres, mssql/);
  });
});
