import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually } from '@cutover/testing';
import { PgBoss } from 'pg-boss';
import { StatePool } from '../../services/orchestrator/src/database/state-pool';
import { PgBossDriver } from '../../services/orchestrator/src/queue/pg-boss.driver';
import { QueueName } from '../../services/orchestrator/src/queue/queue-names';
import { NOTHING_CLAIMED, type Claimed, type SqlExecutor } from '../../services/orchestrator/src/queue/queue.driver';
import { migratedStateDatabase, type MigratedState } from '../support/state-database';

/**
 * Jobs sent for this process's reserved slots are claimed in the sender's own transaction (real
 * PostgreSQL, real pg-boss): at COMMIT they are already active, so no other process can fetch them
 * before this one does, and they run in the reserved slots without a fetch.
 */
describe('jobs claimed in the transaction that sends them (real PostgreSQL and pg-boss)', () => {
  let db: MigratedState;
  let state: StatePool;
  let driver: PgBossDriver;
  let other: PgBoss;
  const ran: string[] = [];
  const jobs = (tag: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ data: { taskId: `${tag}-${i}`, token: tag }, priority: 0 }));
  const states = async (tag: string) =>
    (await state.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = $1 AND data->>'token' = $2`, [QueueName.Tasks, tag]))
      .map((r) => r.state)
      .sort();

  /** The dispatcher's way of sending: in a transaction on a pipelined connection, the claim (or insert) last. */
  const send = (tag: string, n: number, claim: number) =>
    state.transaction(async (c, end) => {
      const run: SqlExecutor = { executeSql: (text, values) => c.query(text, values) };
      const last: SqlExecutor = { executeSql: (text, values) => end.last(() => c.query(text, values)) };
      return driver.sendMany(QueueName.Tasks, jobs(tag, n), { db: run, last, woken: true, claim });
    });

  before(async () => {
    db = await migratedStateDatabase();
    state = new StatePool(db.ds);
    driver = new PgBossDriver({ url: db.url, heartbeatSeconds: 30, monitorSeconds: 60 });
    await driver.start();
    // Handlers that never end: a job's slot stays taken, so what ran is what was handed out.
    await driver.work(QueueName.Tasks, 4, async (job) => {
      ran.push(job.data.taskId);
      await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
    });
    // Another process's pg-boss on the same database, fetching as a replica's poll would.
    other = new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 2 });
    other.on('error', () => undefined);
    await other.start();
    await eventually(async () => ((await driver.pending(QueueName.Tasks)) === 0 ? true : undefined), { message: 'an empty queue' });
  });
  after(async () => {
    await driver?.stop();
    await other?.stop({ graceful: false }).catch(() => undefined);
    await db?.drop();
  });

  it('jobs for reserved slots are active at COMMIT, another process fetches none of them, and they run without a fetch', async () => {
    const slots = driver.reserve(QueueName.Tasks);
    assert.equal(slots, 4);
    let claimed: Claimed = NOTHING_CLAIMED;
    try {
      claimed = await send('mine', 3, slots);
      assert.deepEqual(await states('mine'), ['active', 'active', 'active'], 'claimed as they were sent');
      assert.deepEqual(await other.fetch(QueueName.Tasks, { batchSize: 10 }), [], 'nothing left for another process');
      assert.equal(ran.length, 0, 'they run once the slots are released, not before');
    } finally {
      driver.release(QueueName.Tasks, slots, claimed);
    }
    assert.equal(claimed.jobs.length, 3);
    assert.deepEqual(ran.sort(), ['mine-0', 'mine-1', 'mine-2']);
  });

  it('beyond the slots, the jobs left are created for any process; with no slot the insert alone ends the transaction', async () => {
    const slots = driver.reserve(QueueName.Tasks);
    assert.equal(slots, 1, 'three of four slots run handlers');
    let claimed: Claimed = NOTHING_CLAIMED;
    try {
      claimed = await send('beyond', 3, slots);
    } finally {
      driver.release(QueueName.Tasks, slots, claimed);
    }
    assert.deepEqual(await states('beyond'), ['active', 'created', 'created']);
    await eventually(() => (ran.length === 4 ? true : undefined), { message: 'the claimed job ran' });
    const none = driver.reserve(QueueName.Tasks);
    try {
      assert.equal(none, 0);
      await send('none', 2, none);
      assert.deepEqual(await states('none'), ['created', 'created']);
    } finally {
      driver.release(QueueName.Tasks, none);
    }
    const fetched = await other.fetch<{ taskId: string }>(QueueName.Tasks, { batchSize: 10 });
    assert.deepEqual(fetched.map((j) => j.data.taskId).sort(), ['beyond-1', 'beyond-2', 'none-0', 'none-1']);
  });

  it('an insert that fails fails the claim behind it: its own error is thrown, nothing is committed, nothing runs', async () => {
    // A trigger refuses one job, as a full disk or a broken constraint would refuse the insert.
    await state.query(`CREATE FUNCTION refuse_job() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.data->>'token' = 'refused' THEN RAISE EXCEPTION 'job refused by the test'; END IF; RETURN NEW; END $$`);
    await state.query('CREATE TRIGGER refuse BEFORE INSERT ON pgboss.job FOR EACH ROW EXECUTE FUNCTION refuse_job()');
    await other.stop({ graceful: false });
    const before = ran.length;
    const slots = driver.reserve(QueueName.Tasks);
    let claimed: Claimed = NOTHING_CLAIMED;
    try {
      await assert.rejects(
        send('refused', 2, 5).then((c) => (claimed = c)),
        /job refused by the test/,
      );
    } finally {
      driver.release(QueueName.Tasks, slots, claimed);
    }
    assert.deepEqual(await states('refused'), []);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(ran.length, before);
    const [{ n }] = await state.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
    );
    assert.equal(n, 0, 'no connection was left inside the transaction');
  });
});
