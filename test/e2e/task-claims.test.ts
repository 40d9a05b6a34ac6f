import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { StatePool } from '../../services/orchestrator/src/database/state-pool';
import { RunRepository } from '../../services/orchestrator/src/runs/run.repository';
import { TaskTransitionsRepository } from '../../services/orchestrator/src/runs/task-transitions.repository';
import { migratedStateDatabase, type MigratedState } from '../support/state-database';

/**
 * The claim statement on a real state database: the jobs of one fetch claim in one statement, and a
 * task row another transaction holds (an operator's control) is skipped there, then claimed alone
 * once that transaction ends, seeing what it did.
 */
describe('task claims in batches (real PostgreSQL)', () => {
  let db: MigratedState;
  let ds: DataSource;
  let claims: TaskTransitionsRepository;
  let state: StatePool;

  before(async () => {
    db = await migratedStateDatabase();
    ds = db.ds;
    state = new StatePool(ds);
    claims = new TaskTransitionsRepository(state);
  });
  after(() => db?.drop());

  /** A running run with `n` ready tasks, each dispatched with a token. */
  async function readyTasks(
    n: number,
    run: { hold?: boolean } = {},
  ): Promise<{ runId: string; jobs: { taskId: string; token: string }[] }> {
    const [{ id: runId }] = await ds.query(
      `INSERT INTO run (kind, status, threads, hold, active, created_by) VALUES ('scripts', 'running', $1, $2, $1, 'test') RETURNING id`,
      [n, run.hold ?? false],
    );
    const jobs = [];
    for (let i = 0; i < n; i++) {
      const token = randomUUID();
      const [{ id }] = await ds.query(
        `INSERT INTO task (run_id, key, kind, payload, status, dispatch_token, ready_at, dispatched_at)
         VALUES ($1, $2, 'script', '{}', 'ready', $3, now(), now()) RETURNING id`,
        [runId, `t${i}`, token],
      );
      jobs.push({ taskId: id as string, token });
    }
    return { runId, jobs };
  }

  const status = async (taskId: string) =>
    ((await ds.query(`SELECT status, attempt FROM task WHERE id = $1`, [taskId])) as { status: string; attempt: number }[])[0];

  it('one statement claims every job of a fetch, each with its event; a stale token or a held run claims nothing', async () => {
    const { runId, jobs } = await readyTasks(3);
    const stale = { taskId: jobs[2].taskId, token: randomUUID() };
    const out = await claims.claim([jobs[0], jobs[1], stale]);
    assert.deepEqual(
      out.map((c) => c?.task.status ?? null),
      ['executing', 'executing', null],
    );
    assert.deepEqual(await status(jobs[0].taskId), { status: 'executing', attempt: 1 });
    assert.deepEqual(await status(jobs[2].taskId), { status: 'ready', attempt: 0 });
    const events = await ds.query(`SELECT task_key FROM run_event WHERE run_id = $1 AND to_status = 'executing' ORDER BY task_key`, [
      runId,
    ]);
    assert.deepEqual(
      events.map((e: { task_key: string }) => e.task_key),
      ['t0', 't1'],
    );
    const held = await readyTasks(2, { hold: true });
    assert.deepEqual(await claims.claim(held.jobs), [null, null], 'a held run dispatches nothing');
  });

  it(
    'a row held by another transaction is skipped by the batch, and claimed alone once that transaction ends, as it left it',
    { timeout: 20_000 },
    async () => {
      const { jobs } = await readyTasks(3);
      const control = new Client({ connectionString: db.url });
      await control.connect();
      try {
        // An operator's pause mid-transaction on t0 and t2.
        await control.query('BEGIN');
        await control.query(`SELECT id FROM task WHERE id = ANY($1::uuid[]) FOR UPDATE`, [[jobs[0].taskId, jobs[2].taskId]]);
        const batch = await claims.claim(jobs);
        assert.deepEqual(
          batch.map((c) => c !== null),
          [false, true, false],
          'the batch claims what is free without waiting for the held rows',
        );
        // Alone, a claim waits for the row: t0 is paused by the control, t2 left ready.
        const alone0 = claims.claim([jobs[0]]);
        const alone2 = claims.claim([jobs[2]]);
        let settled = false;
        void Promise.all([alone0, alone2]).then(() => (settled = true));
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(settled, false, 'a single claim waits for the row the control holds');
        await control.query(`UPDATE task SET status = 'paused', dispatch_token = NULL WHERE id = $1`, [jobs[0].taskId]);
        await control.query('COMMIT');
        assert.deepEqual(await alone0, [null], 'the paused task is not claimed: the pause committed first');
        assert.equal((await alone2)[0]?.task.status, 'executing');
        assert.deepEqual(await status(jobs[0].taskId), { status: 'paused', attempt: 0 });
      } finally {
        await control.end();
      }
    },
  );

  it("the sweeper's recount of a run's slots waits until none of its tasks ended for a while (a slot given back later would count twice)", async () => {
    const runs = new RunRepository(state);
    const { runId, jobs } = await readyTasks(3);
    await claims.claim([jobs[0]]);
    await ds.query(`UPDATE task SET status = 'ended', dispatch_token = NULL, finished_at = clock_timestamp() WHERE id = $1`, [
      jobs[1].taskId,
    ]);
    await ds.query(`UPDATE run SET active = 7 WHERE id = $1`, [runId]);
    const active = async () => ((await ds.query(`SELECT active FROM run WHERE id = $1`, [runId])) as { active: number }[])[0].active;
    assert.equal(await state.transaction((c) => runs.recountActive(c, runId, 5)), false, 'a task ended just now: not recounted');
    assert.equal(await active(), 7);
    await ds.query(`UPDATE task SET finished_at = clock_timestamp() - interval '10 seconds' WHERE id = $1`, [jobs[1].taskId]);
    assert.equal(await state.transaction((c) => runs.recountActive(c, runId, 5)), true, 'quiet for 10 s: recounted');
    assert.equal(await active(), 2, 'one executing and one dispatched (ready with its token)');
  });

  it('an admission that fits in the slots its process holds sends no NOTIFY; one beyond them wakes the others', async () => {
    const listener = new Client({ connectionString: db.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(n.payload ?? ''));
    await listener.query('LISTEN test_wake');
    try {
      const admit = async (local: number) => {
        const [{ id: runId }] = await ds.query(
          `INSERT INTO run (kind, status, threads, active, created_by) VALUES ('scripts', 'running', 3, 0, 'test') RETURNING id`,
        );
        for (const key of ['a', 'b', 'c'])
          await ds.query(
            `INSERT INTO task (run_id, key, kind, payload, status, ready_at) VALUES ($1, $2, 'script', '{}', 'ready', now())`,
            [runId, key],
          );
        return state.transaction((c) => claims.admit(c, runId, 0, { channel: 'test_wake', payload: `local ${local}` }, local));
      };
      const fits = await admit(3);
      assert.deepEqual([fits.tasks.length, fits.woken], [3, false], 'three tasks for three local slots: the process fetches them itself');
      const beyond = await admit(2);
      assert.deepEqual([beyond.tasks.length, beyond.woken], [3, true], 'three tasks for two local slots: the others are woken');
      await listener.query('SELECT 1'); // a round trip after both commits: any notification has arrived
      assert.deepEqual(heard, ['local 2'], 'one NOTIFY, from the admission beyond its slots, delivered on commit');
    } finally {
      await listener.end();
    }
  });
});
