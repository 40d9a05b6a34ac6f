import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  runTasks,
  spawnOrchestrator,
  waitForRun,
  type RunView,
  startTestAgent,
  type TestAgent,
} from '@cutover/testing/services';

describe('orchestrator killed (SIGKILL) mid-run and restarted', () => {
  let dbs: TestDatabases<'state' | 'source'>;
  let agent: TestAgent;
  const children: ChildProcess[] = [];

  before(async () => {
    dbs = await createTestDatabases(['state', 'source']);
    await sql(dbs.urls.source, 'CREATE TABLE exec_log (key text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())');
    agent = await startTestAgent(dbs.urls.source);
  });

  after(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await agent?.close();
    await dbs?.drop();
  });

  it('the run finishes after a restart and no task executes twice', async () => {
    const secret = randomBytes(24).toString('hex');
    const adminKey = randomBytes(24).toString('hex');
    const first = await spawnOrchestrator(dbs.urls.state, secret, adminKey);
    children.push(first.child);
    const systems = await registerSystems(first.client, [{ name: 'prod', role: 'production-source', agent }]);
    const tasks = Array.from({ length: 16 }, (_, i) => ({
      key: `t${i}`,
      systemId: systems.prod,
      sql: `SELECT pg_sleep(0.8)\nGO\nINSERT INTO exec_log (key) VALUES ('t${i}')`,
      dependsOn: i >= 4 ? [`t${i - 4}`] : [],
    }));
    const run = await first.client.call<RunView>('POST', '/v1/runs', { threads: 4, tasks });
    for (;;) {
      const r = await first.client.call<RunView>('GET', `/v1/runs/${run.id}`);
      if (r.counts.ended >= 4 && r.counts.executing > 0) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const second = await spawnOrchestrator(dbs.urls.state, secret, adminKey);
    children.push(second.child);
    const done = await waitForRun(second.client, run.id, ['ended', 'error'], 120_000);
    assert.equal(done.status, 'ended');
    const log = await sql<{ key: string }>(dbs.urls.source, 'SELECT key FROM exec_log');
    assert.equal(log.length, 16, 'sixteen executions for sixteen tasks');
    assert.equal(new Set(log.map((l) => l.key)).size, 16, 'no task executed twice');
    const after = await runTasks(second.client, run.id);
    assert.ok(
      after.every((t) => t.attempt === 1),
      'every task finished on its first attempt (resumed, not restarted)',
    );
    second.child.kill('SIGTERM');
  });
});
