import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  runTasks,
  startTestOrchestrator,
  waitForRun,
  type RunView,
  type TestOrchestrator,
  startTestAgent,
  type TestAgent,
} from '@cutover/testing/services';

const recordingScript = (key: string, sleep: number) =>
  `DO $$ DECLARE t0 timestamptz := clock_timestamp(); BEGIN PERFORM pg_sleep(${sleep}); INSERT INTO exec_log VALUES ('${key}', t0, clock_timestamp()); END $$;`;

type Interval = { key: string; started: Date; ended: Date };

/** Most intervals overlapping at one instant, among those that start at or after `from`. */
function maxOverlap(log: Interval[], from = new Date(0), to = new Date(8.64e15)): number {
  const inside = log.filter((l) => l.started >= from && l.started < to);
  return Math.max(0, ...inside.map((a) => inside.filter((b) => b.started <= a.started && b.ended > a.started).length));
}

describe('run controls: threads changed mid-run, a task ended by hand', () => {
  let dbs: TestDatabases<'state' | 'source'>;
  let agent: TestAgent;
  let o: TestOrchestrator;
  let systemId: string;
  let operatorKey: string;

  before(async () => {
    dbs = await createTestDatabases(['state', 'source']);
    await sql(dbs.urls.source, `CREATE TABLE exec_log (key text NOT NULL, started timestamptz NOT NULL, ended timestamptz NOT NULL)`);
    agent = await startTestAgent(dbs.urls.source);
    o = await startTestOrchestrator(dbs.urls.state);
    systemId = (await registerSystems(o, [{ name: 'prod', role: 'production-source', agent }])).prod;
    operatorKey = (await o.call<{ key: string }>('POST', '/v1/api-keys', { name: 'operator', role: 'operator' })).key;
  });

  after(async () => {
    await o?.close();
    await agent?.close();
    await dbs?.drop();
  });

  it('threads raised during a run: more tasks execute at once from the next admission on (task timings)', async () => {
    const tasks = Array.from({ length: 12 }, (_, i) => ({ key: `t${i}`, systemId, sql: recordingScript(`t${i}`, 0.4) }));
    const created = await o.call<RunView>('POST', '/v1/runs', { threads: 1, tasks });
    // Let two tasks run one at a time, then raise the threads.
    for (let i = 0; i < 200 && (await sql(dbs.urls.source, 'SELECT 1 FROM exec_log')).length < 2; i++)
      await new Promise((r) => setTimeout(r, 50));
    const [{ now: raisedAt }] = await sql<{ now: Date }>(dbs.urls.source, 'SELECT clock_timestamp() AS now');
    const patched = await o.call<RunView & { threads: number }>(
      'PATCH',
      `/v1/runs/${created.id}`,
      { threads: 4, reason: 'more cores free' },
      { key: operatorKey },
    );
    assert.equal(patched.threads, 4);
    assert.equal((await waitForRun(o, created.id)).status, 'ended');
    const log = await sql<Interval>(dbs.urls.source, 'SELECT * FROM exec_log');
    assert.equal(log.length, 12);
    assert.equal(maxOverlap(log, new Date(0), raisedAt), 1, 'one at a time before');
    assert.ok(maxOverlap(log, raisedAt) >= 3, `at least 3 at once after, saw ${maxOverlap(log, raisedAt)}`);
    const events = await o.call<
      { type: string; fromStatus: string | null; toStatus: string | null; reason: string | null; actor: string }[]
    >('GET', `/v1/runs/${created.id}/events`);
    const change = events.find((e) => e.type === 'threads');
    assert.deepEqual([change?.fromStatus, change?.toStatus, change?.reason, change?.actor], ['1', '4', 'more cores free', 'key:operator']);
    await o.call('PATCH', `/v1/runs/${created.id}`, { threads: 2 }, { expect: 409 }); // ended
    await o.call('PATCH', `/v1/runs/${created.id}`, { threads: 0 }, { expect: 400 });
  });

  it('an admin sets a failed task ended with a reason: dependents proceed, audited', async () => {
    const created = await o.call<RunView>('POST', '/v1/runs', {
      threads: 2,
      tasks: [
        { key: 'broken', systemId, sql: 'SELECT 1/0' },
        { key: 'after', systemId, sql: recordingScript('after', 0), dependsOn: ['broken'] },
      ],
    });
    assert.equal((await waitForRun(o, created.id)).status, 'error');
    const broken = (await runTasks(o, created.id)).find((t) => t.key === 'broken')!;
    const end = (body: unknown, key?: string, expect?: number) =>
      o.call('POST', `/v1/runs/${created.id}/tasks/${broken.id}/end`, body, { key, expect: expect ?? 204 });
    await end({ reason: 'fixed by hand in production, ticket 99' }, operatorKey, 403);
    await end({}, undefined, 400);
    await end({ reason: 'fixed by hand in production, ticket 99' });
    const run = await waitForRun(o, created.id);
    assert.equal(run.status, 'ended');
    assert.deepEqual(
      (await sql<{ key: string }>(dbs.urls.source, `SELECT key FROM exec_log WHERE key = 'after'`)).map((r) => r.key),
      ['after'],
      'the dependent ran',
    );
    const task = (await runTasks(o, created.id)).find((t) => t.key === 'broken') as unknown as {
      status: string;
      result: { endedByHand: { by: string; reason: string; error: string } };
    };
    assert.equal(task.status, 'ended');
    assert.equal(task.result.endedByHand.by, 'bootstrap-admin');
    assert.match(task.result.endedByHand.error, /division by zero/, 'the original error is kept');
    const events = await o.call<{ type: string; reason: string | null }[]>('GET', `/v1/runs/${created.id}/events`);
    assert.ok(events.some((e) => e.type === 'end-by-hand' && e.reason === 'fixed by hand in production, ticket 99'));
    await end({ reason: 'again' }, undefined, 409); // it is ended now
  });
});
