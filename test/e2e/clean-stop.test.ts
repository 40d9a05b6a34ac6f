import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  runTasks,
  spawnOrchestrator,
  waitForRun,
  type RunView,
  spawnTestAgent,
  startOperation,
  startTestAgent,
  type TestAgent,
} from '@cutover/testing/services';

/** Everything a process prints, and a way to wait for a line or for its exit. */
function watch(child: ChildProcess) {
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    output: () => output,
    exit: (timeoutMs: number) =>
      Promise.race([
        exit,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no exit in ${timeoutMs} ms:\n${output}`)), timeoutMs)),
      ]),
    waitFor: async (pattern: RegExp, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`never printed ${pattern}:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** Lines that report an error (Nest's ` ERROR ` level, pg-boss's errors, stack traces). */
function errorLines(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- Nest colours its level names
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((l) => /\bERROR\b|terminating connection|^\s+at /.test(l));
}

describe('Ctrl-C on npm start (embedded PostgreSQL)', () => {
  it('stops the orchestrator, the agents, then the database: exit 0 and no error', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cutover-demo-stop-'));
    const env = { ...process.env };
    delete env.DATABASE_URL; // the demo's own embedded server: the one that used to stop first
    const child = spawn(process.execPath, [join(__dirname, '..', '..', 'scripts', 'demo.js'), '--port', '0', '--rows', '3000'], {
      cwd,
      env,
      detached: true, // its own process group, to signal as a terminal does
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const demo = watch(child);
    let dataDir: string | undefined;
    try {
      await demo.waitFor(/services keep running/, 240_000);
      dataDir = /starting embedded PostgreSQL in (\S+)/.exec(demo.output())![1];
      const mark = demo.output().length;
      process.kill(-child.pid!, 'SIGINT'); // Ctrl-C: the whole foreground process group
      const { code } = await demo.exit(60_000);
      const afterSignal = demo.output().slice(mark);
      assert.equal(code, 0, demo.output());
      assert.deepEqual(errorLines(afterSignal), [], afterSignal);
      assert.match(afterSignal, /SIGINT: stopping the orchestrator, then the agents, then the database\n.*\[demo\] stopped/s);
      assert.equal(existsSync(join(dataDir, 'postmaster.pid')), false, 'PostgreSQL stopped (its pid file is gone)');
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe('SIGTERM to a standalone service', () => {
  let dbs: TestDatabases<'state' | 'source'>;
  let agent: TestAgent;
  const children: ChildProcess[] = [];

  before(async () => {
    dbs = await createTestDatabases(['state', 'source']);
    await sql(dbs.urls.source, 'CREATE TABLE exec_log (key text NOT NULL)');
    agent = await startTestAgent(dbs.urls.source);
  });

  after(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await agent?.close();
    await dbs?.drop();
  });

  it('orchestrator with a task in flight: exits 0 with no error, and the task is resumed by the next one, not rerun', async () => {
    const secret = randomBytes(24).toString('hex');
    const adminKey = randomBytes(24).toString('hex');
    const first = await spawnOrchestrator(dbs.urls.state, secret, adminKey, { logLevel: 'log', output: 'pipe' });
    children.push(first.child);
    const out = watch(first.child);
    const systems = await registerSystems(first.client, [{ name: 'prod', role: 'production-source', agent }]);
    const sqlText = (key: string) => `SELECT pg_sleep(3)\nGO\nINSERT INTO exec_log (key) VALUES ('${key}')`;
    const run = await first.client.call<RunView>('POST', '/v1/runs', {
      threads: 2,
      tasks: [
        { key: 'slow', systemId: systems.prod, sql: sqlText('slow') },
        { key: 'next', systemId: systems.prod, sql: sqlText('next'), dependsOn: ['slow'] },
      ],
    });
    while ((await first.client.call<RunView>('GET', `/v1/runs/${run.id}`)).counts.executing === 0) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const t0 = Date.now();
    first.child.kill('SIGTERM');
    const { code } = await out.exit(40_000);
    assert.equal(code, 0, out.output());
    assert.ok(Date.now() - t0 < 20_000, `stopped in ${Date.now() - t0} ms (queue grace 5 s)`);
    assert.deepEqual(errorLines(out.output()), [], out.output());
    assert.match(out.output(), /SIGTERM: orchestrator stopping/);

    const second = await spawnOrchestrator(dbs.urls.state, secret, adminKey, { logLevel: 'log', output: 'pipe' });
    children.push(second.child);
    const out2 = watch(second.child);
    assert.equal((await waitForRun(second.client, run.id, ['ended', 'error'], 60_000)).status, 'ended');
    const log = await sql<{ key: string }>(dbs.urls.source, 'SELECT key FROM exec_log ORDER BY key');
    assert.deepEqual(
      log.map((l) => l.key),
      ['next', 'slow'],
      'each script ran once',
    );
    assert.ok(
      (await runTasks(second.client, run.id)).every((t) => t.attempt === 1),
      'resumed, not restarted',
    );
    second.child.kill('SIGTERM');
    assert.equal((await out2.exit(40_000)).code, 0, out2.output());
    assert.deepEqual(errorLines(out2.output()), [], out2.output());
  });

  it('transfer-agent with an operation in flight: exits 0 with no error, the operation abandoned and its session gone', async () => {
    const spawned = await spawnTestAgent(dbs.urls.source, { logLevel: 'log', output: 'pipe' });
    children.push(spawned.child);
    const out = watch(spawned.child);
    const asAgent = { ...spawned, app: undefined as never, close: async () => undefined };
    const started = await startOperation(asAgent, {
      id: `sleep-${randomBytes(4).toString('hex')}`,
      type: 'execute-script',
      executeScript: { sql: 'SELECT pg_sleep(60)' },
    });
    assert.equal(started.status, 202);
    const sleeping = () =>
      sql(dbs.urls.source, `SELECT pid FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)' AND state = 'active'`);
    while ((await sleeping()).length === 0) await new Promise((r) => setTimeout(r, 50));
    spawned.child.kill('SIGTERM');
    const { code } = await out.exit(40_000);
    assert.equal(code, 0, out.output());
    assert.deepEqual(errorLines(out.output()), [], out.output());
    assert.match(out.output(), /SIGTERM: transfer-agent .* stopping/);
    for (let i = 0; i < 50 && (await sleeping()).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal((await sleeping()).length, 0, 'the abandoned script no longer runs on the database');
  });
});
