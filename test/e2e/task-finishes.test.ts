import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { StatePool } from '../../services/orchestrator/src/database/state-pool';
import { TaskTransitionsRepository, type Finish } from '../../services/orchestrator/src/runs/task-transitions.repository';
import { TaskStatus } from '../../services/orchestrator/src/runs/statuses';
import { migratedStateDatabase, type MigratedState } from '../support/state-database';

/**
 * The finish statement on a real state database, with several tasks in one batch (the finishes that
 * arrive while one is written go together): each ended task counts once for each dependent, even
 * when two of the batch share one, and concurrent batches on shared dependents lose no count.
 */
describe('task finishes in batches (real PostgreSQL)', () => {
  let db: MigratedState;
  let ds: DataSource;
  let transitions: TaskTransitionsRepository;

  before(async () => {
    db = await migratedStateDatabase();
    ds = db.ds;
    transitions = new TaskTransitionsRepository(new StatePool(ds));
  });
  after(() => db?.drop());

  /** A running run: `executing` tasks in their first attempt, and `waiting` ones depending on the keys given. */
  async function run(executing: string[], waiting: Record<string, string[]>): Promise<{ runId: string; id: Record<string, string> }> {
    const [{ id: runId }] = await ds.query(
      `INSERT INTO run (kind, status, threads, active, created_by) VALUES ('scripts', 'running', 16, $1, 'test') RETURNING id`,
      [executing.length],
    );
    const id: Record<string, string> = {};
    for (const key of executing) {
      const [row] = await ds.query(
        `INSERT INTO task (run_id, key, kind, payload, status, attempt, started_at) VALUES ($1, $2, 'script', '{}', 'executing', 1, now()) RETURNING id`,
        [runId, key],
      );
      id[key] = row.id;
    }
    for (const [key, deps] of Object.entries(waiting)) {
      const [row] = await ds.query(
        `INSERT INTO task (run_id, key, kind, payload, status, pending) VALUES ($1, $2, 'script', '{}', 'waiting', $3) RETURNING id`,
        [runId, key, deps.length],
      );
      id[key] = row.id;
      for (const dep of deps) await ds.query(`INSERT INTO task_dependency (task_id, depends_on_id) VALUES ($1, $2)`, [row.id, id[dep]]);
    }
    return { runId, id };
  }

  const finish = (id: string, status: TaskStatus, attempt = 1, error: string | null = null): Finish => ({
    task: { id, attempt },
    status,
    result: status === TaskStatus.Ended ? { ok: true } : null,
    error,
    rows: 5,
    bytes: null,
  });

  type TaskState = { key: string; status: string; pending: number; rows: string };
  const tasks = async (runId: string) =>
    Object.fromEntries(
      ((await ds.query(`SELECT key, status, pending, rows FROM task WHERE run_id = $1`, [runId])) as TaskState[]).map((t) => [t.key, t]),
    );

  it('ends a batch in one statement: shared dependents count every ended task, errors count none, repeats and stale attempts are refused', async () => {
    const { runId, id } = await run(['a', 'b', 'c'], { both: ['a', 'b'], onlyA: ['a'], afterError: ['a', 'c'] });
    const out = await transitions.finish([
      finish(id.a, TaskStatus.Ended),
      finish(id.b, TaskStatus.Ended, 2),
      finish(id.b, TaskStatus.Ended),
      finish(id.c, TaskStatus.Error, 1, 'the script failed'),
      finish(id.a, TaskStatus.Ended),
    ]);
    assert.deepEqual(
      out.map((o) => o?.promoted ?? null),
      [2, null, 1, 0, null],
      'a readied both and onlyA, b readied both; an attempt b does not have is refused without hiding its own, and the repeat of a is refused',
    );
    assert.equal(out[0]?.runKind, 'scripts');
    const after = await tasks(runId);
    assert.deepEqual(Object.fromEntries(Object.entries(after).map(([k, t]) => [k, [t.status, t.pending]])), {
      a: ['ended', 0],
      b: ['ended', 0],
      c: ['error', 0],
      both: ['ready', 0],
      onlyA: ['ready', 0],
      afterError: ['waiting', 1],
    });
    assert.equal(after.a.rows, '5');
    const events = (await ds.query(
      `SELECT task_key, from_status, to_status, reason FROM run_event WHERE run_id = $1 ORDER BY task_key, to_status`,
      [runId],
    )) as { task_key: string; from_status: string; to_status: string; reason: string | null }[];
    assert.deepEqual(
      events.map((e) => `${e.task_key}:${e.from_status}>${e.to_status}${e.reason ? `:${e.reason}` : ''}`),
      ['a:executing>ended', 'b:executing>ended', 'both:waiting>ready', 'c:executing>error:the script failed', 'onlyA:waiting>ready'],
      'one event per change: a dependent readied by two tasks of the batch is readied once',
    );
    assert.deepEqual(await transitions.finish([finish(id.a, TaskStatus.Ended)]), [null], 'an attempt already settled is not settled again');
  });

  it('concurrent batches ending tasks under the same dependents lose no count', { timeout: 30_000 }, async () => {
    const executing = Array.from({ length: 8 }, (_, i) => `x${i}`);
    const dependents = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d${i}`, executing]));
    const { runId, id } = await run(executing, dependents);
    // Four batches at once, each from its own connection, as four replicas would.
    const batches = [0, 1, 2, 3].map((b) => [executing[b], executing[7 - b]].map((k) => finish(id[k], TaskStatus.Ended)));
    const out = await Promise.all(batches.map((b) => transitions.finish(b)));
    assert.ok(
      out.flat().every((o) => o !== null),
      'every task ended',
    );
    const after = await tasks(runId);
    for (let i = 0; i < 12; i++) assert.deepEqual([after[`d${i}`].status, after[`d${i}`].pending], ['ready', 0], `d${i}`);
    assert.deepEqual(
      out
        .flat()
        .map((o) => o!.promoted)
        .sort((x, y) => x - y),
      [0, 0, 0, 0, 0, 0, 12, 12],
      'the batch that ended last readied all twelve, the others none',
    );
  });
});
