import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { StatePool, type Queryable } from '../database/state-pool';
import { dispatchOrderSql } from './dispatch-order';
import type { TaskStatus } from './statuses';
import { TASK_COLUMNS, toTaskRow, type RawTaskRow, type TaskRow } from './task-row';

/** A task whose status an operator control changed. */
export interface Changed {
  id: string;
  key: string;
  from: TaskStatus;
  hadToken: boolean;
}

const toChanged = (r: { id: string; key: string; from: TaskStatus; had_token: boolean }): Changed => ({
  id: r.id,
  key: r.key,
  from: r.from,
  hadToken: r.had_token,
});

/**
 * The executor's writes on `task` (with `run.active` where one statement does both): promotion,
 * admission, claim, progress, finish and the operator controls. Each is one conditional statement,
 * which is what makes the transitions exact under concurrency (see Dispatcher and TaskWorker).
 */
@Injectable()
export class TaskTransitionsRepository {
  constructor(private readonly db: StatePool) {}

  /** waiting → ready for tasks with no pending dependency (all, or the given ones). */
  async promote(q: Queryable, runId: string, taskIds: string[] | null): Promise<{ id: string; key: string }[]> {
    const { rows } = await q.query<{ id: string; key: string }>(
      `UPDATE task SET status = 'ready', ready_at = clock_timestamp()
        WHERE run_id = $1 AND status = 'waiting' AND pending = 0 ${taskIds ? 'AND id = ANY($2::uuid[])' : ''}
        RETURNING id, key`,
      taskIds ? [runId, taskIds] : [runId],
    );
    return rows;
  }

  /**
   * Gives back `released` slots (tasks of this process that ended since its last admission) and
   * hands out tokens for ready tasks while fewer than `threads` are dispatched or executing, the
   * run's `active` counting them, in one statement under the run's row lock. Returns the tokens
   * and the run's `active` after both (null when the run does not exist). When it hands out tokens
   * it also sends `wake` (the queue's NOTIFY, delivered on commit), saving the caller a round trip.
   */
  async admit(
    c: PoolClient,
    runId: string,
    released: number,
    wake: { channel: string; payload: string },
  ): Promise<{ tasks: { id: string; dispatch_token: string; priority: number }[]; active: number | null }> {
    const { rows } = await c.query<{ active: number | null; tasks: { id: string; dispatch_token: string; priority: number }[] }>(
      `WITH r AS (
         SELECT id, status, hold, threads, greatest(active - $2, 0) AS active FROM run WHERE id = $1 FOR UPDATE),
       pick AS (
         SELECT t.id FROM task t, r
          WHERE t.run_id = r.id AND r.status = 'running' AND NOT r.hold AND r.active < r.threads
            AND t.status = 'ready' AND t.dispatch_token IS NULL
          ORDER BY ${dispatchOrderSql('t')}
          LIMIT coalesce((SELECT greatest(threads - active, 0) FROM r), 0) FOR UPDATE OF t SKIP LOCKED),
       upd AS (
         UPDATE task t SET dispatch_token = gen_random_uuid(), dispatched_at = clock_timestamp()
           FROM pick WHERE t.id = pick.id RETURNING t.id, t.dispatch_token, t.priority),
       act AS (
         UPDATE run SET active = (SELECT active FROM r) + (SELECT count(*) FROM upd)
          WHERE id = (SELECT id FROM r) AND ($2 > 0 OR EXISTS (SELECT 1 FROM upd)) RETURNING active),
       n AS (SELECT pg_notify($3, $4) FROM (SELECT 1 FROM upd LIMIT 1) AS one)
       -- "woken" is read by nobody: a SELECT in WITH runs only when referenced.
       SELECT coalesce((SELECT active FROM act), (SELECT active FROM r)) AS active,
              coalesce((SELECT json_agg(upd) FROM upd), '[]') AS tasks, (SELECT count(*) FROM n) AS woken`,
      [runId, released, wake.channel, wake.payload],
    );
    return { tasks: rows[0].tasks, active: rows[0].active };
  }

  /**
   * ready → executing for these jobs' tokens when the run is running and not held, with their events;
   * null for each one not claimed here. With several jobs, rows another transaction holds are
   * skipped, not waited for (rows locked in one statement in no set order could deadlock with an
   * operator's control): the caller claims those one by one, and a single job waits for its row.
   */
  async claim(jobs: { taskId: string; token: string }[]): Promise<({ task: TaskRow; waited: number | null } | null)[]> {
    const rows = await this.db.query<RawTaskRow & { waited: number | null }>(
      `WITH j AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS j(id, token)),
       l AS (
         SELECT t.id FROM task t JOIN j ON j.id = t.id AND t.dispatch_token = j.token
          WHERE t.status = 'ready' FOR UPDATE OF t ${jobs.length > 1 ? 'SKIP LOCKED' : ''}),
       c AS (
         UPDATE task t SET status = 'executing', attempt = t.attempt + 1, started_at = clock_timestamp(), finished_at = NULL, error = NULL, rows = 0, bytes = 0
           FROM run r, j
          WHERE t.id IN (SELECT id FROM l) AND j.id = t.id AND t.dispatch_token = j.token AND t.status = 'ready'
            AND r.id = t.run_id AND r.status = 'running' AND NOT r.hold
          RETURNING ${TASK_COLUMNS}, extract(epoch FROM t.started_at - t.dispatched_at)::float8 AS waited),
       e AS (
         INSERT INTO run_event (run_id, task_id, task_key, actor, type, from_status, to_status, reason)
         SELECT run_id, id, key, 'orchestrator', 'status', 'ready', 'executing', 'attempt ' || attempt FROM c)
       SELECT * FROM c`,
      [jobs.map((j) => j.taskId), jobs.map((j) => j.token)],
    );
    const claimed = new Map(rows.map((r) => [r.id, { task: toTaskRow(r), waited: r.waited }]));
    return jobs.map((j) => claimed.get(j.taskId) ?? null);
  }

  /** The task as a job finds it when it could not claim it. */
  async forJob(taskId: string): Promise<{ task: TaskRow; token: string | null; hold: boolean } | null> {
    const [row] = await this.db.query<RawTaskRow & { dispatch_token: string | null; hold: boolean }>(
      `SELECT ${TASK_COLUMNS}, t.dispatch_token, r.hold FROM task t JOIN run r ON r.id = t.run_id WHERE t.id = $1`,
      [taskId],
    );
    return row ? { task: toTaskRow(row), token: row.dispatch_token, hold: row.hold } : null;
  }

  /** A ready task's token taken back (dispatch held); false when it changed meanwhile. */
  async takeBackToken(taskId: string, token: string): Promise<boolean> {
    const given = await this.db.query(
      `UPDATE task SET dispatch_token = NULL, dispatched_at = NULL WHERE id = $1 AND dispatch_token = $2 AND status = 'ready' RETURNING run_id`,
      [taskId, token],
    );
    return given.length > 0;
  }

  async progress(task: TaskRow, p: { rows: number; bytes: number; rowsTotal?: number | null }): Promise<void> {
    await this.db.query(`UPDATE task SET rows = $3, bytes = $4, rows_total = coalesce($5, rows_total) WHERE id = $1 AND attempt = $2`, [
      task.id,
      task.attempt,
      p.rows,
      p.bytes,
      p.rowsTotal ?? null,
    ]);
  }

  /**
   * executing → ended/error/canceled for this attempt, in one statement: an ended task's dependents
   * count one dependency less and those reaching zero become ready, every change recorded as an
   * event. Null when someone else settled this attempt.
   */
  async finish(
    task: TaskRow,
    to: { status: TaskStatus; result: Record<string, unknown> | null; error: string | null; rows: number | null; bytes: number | null },
  ): Promise<{ promoted: number; seconds: number | null; runKind: string } | null> {
    const [row] = await this.db.query<{ id: string; promoted: string; seconds: number | null; run_kind: string }>(
      `WITH f AS (
         UPDATE task SET status = $3, finished_at = clock_timestamp(), result = $4, error = $5,
                rows = coalesce($6, rows), bytes = coalesce($7, bytes), dispatch_token = NULL
          WHERE id = $1 AND attempt = $2 AND status = 'executing'
          RETURNING id, run_id, key, kind, extract(epoch FROM finished_at - started_at)::float8 AS seconds,
                    (SELECT r.kind FROM run r WHERE r.id = task.run_id) AS run_kind),
       d AS (
         UPDATE task t SET pending = t.pending - 1,
                status = CASE WHEN t.pending = 1 AND t.status = 'waiting' THEN 'ready' ELSE t.status END,
                ready_at = CASE WHEN t.pending = 1 AND t.status = 'waiting' THEN clock_timestamp() ELSE t.ready_at END
           FROM task_dependency dep, f
          WHERE $3 = 'ended' AND dep.depends_on_id = f.id AND t.id = dep.task_id
          RETURNING t.id, t.run_id, t.key, t.status),
       e AS (
         INSERT INTO run_event (run_id, task_id, task_key, actor, type, from_status, to_status, reason)
         SELECT run_id, id, key, 'orchestrator', 'status', 'executing', $3, $5 FROM f
         UNION ALL
         SELECT run_id, id, key, 'orchestrator', 'status', 'waiting', 'ready', NULL FROM d WHERE status = 'ready')
       SELECT id, seconds, run_kind, (SELECT count(*) FROM d WHERE status = 'ready') AS promoted FROM f`,
      [task.id, task.attempt, to.status, to.result, to.error, to.rows, to.bytes],
    );
    return row ? { promoted: Number(row.promoted), seconds: row.seconds, runKind: row.run_kind } : null;
  }

  /** The run's tasks with these ids, locked (on the caller's transaction). */
  async lock(c: PoolClient, runId: string, taskIds: string[]): Promise<{ id: string; status: TaskStatus }[]> {
    const { rows } = await c.query<{ id: string; status: TaskStatus }>(
      `SELECT id, status FROM task WHERE run_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE`,
      [runId, taskIds],
    );
    return rows;
  }

  /** An operator's control: tasks in one of `from` (all, or the given ones) move to `to`, their tokens dropped. */
  async move(c: PoolClient, runId: string, from: TaskStatus[], to: TaskStatus, taskIds: string[] | null): Promise<Changed[]> {
    const { rows } = await c.query<{ id: string; key: string; from: TaskStatus; had_token: boolean }>(
      `UPDATE task t SET status = $3, dispatch_token = NULL, dispatched_at = NULL ${to === 'waiting' ? ', error = NULL, finished_at = NULL' : ''}
         FROM task old
        WHERE old.id = t.id AND t.run_id = $1 AND t.status = ANY($2::text[]) ${taskIds ? 'AND t.id = ANY($4::uuid[])' : ''}
        RETURNING t.id, t.key, old.status AS from, old.dispatch_token IS NOT NULL AS had_token`,
      taskIds ? [runId, from, to, taskIds] : [runId, from, to],
    );
    return rows.map(toChanged);
  }

  /** Everything of the run not started yet is canceled. */
  async cancelNotStarted(c: PoolClient, runId: string): Promise<Changed[]> {
    const { rows } = await c.query<{ id: string; key: string; from: TaskStatus; had_token: boolean }>(
      `UPDATE task t SET status = 'canceled', dispatch_token = NULL, finished_at = clock_timestamp()
         FROM task old WHERE old.id = t.id AND t.run_id = $1 AND t.status IN ('waiting', 'ready', 'paused')
       RETURNING t.id, t.key, old.status AS from, old.dispatch_token IS NOT NULL AS had_token`,
      [runId],
    );
    return rows.map(toChanged);
  }

  /** An error, paused or canceled task ended by hand, its dependents counting one dependency less; null when it is in another status. */
  async endByHand(c: PoolClient, runId: string, taskId: string, by: { actor: string; reason: string }): Promise<Changed | null> {
    const { rows } = await c.query<{ id: string; key: string; from: TaskStatus; had_token: boolean }>(
      `UPDATE task t SET status = 'ended', finished_at = clock_timestamp(), dispatch_token = NULL,
              result = jsonb_build_object('endedByHand', jsonb_build_object('by', $3::text, 'reason', $4::text, 'error', old.error))
         FROM task old WHERE old.id = t.id AND t.run_id = $1 AND t.id = $2 AND t.status IN ('error', 'paused', 'canceled')
       RETURNING t.id, t.key, old.status AS from, old.dispatch_token IS NOT NULL AS had_token`,
      [runId, taskId, by.actor, by.reason],
    );
    if (rows.length === 0) return null;
    await c.query(
      `UPDATE task t SET pending = t.pending - 1 FROM task_dependency d WHERE d.depends_on_id = $1 AND t.id = d.task_id AND t.status IN ('waiting', 'paused')`,
      [taskId],
    );
    return toChanged(rows[0]);
  }

  /** A task's status (on the caller's transaction). */
  async status(c: PoolClient, runId: string, taskId: string): Promise<TaskStatus | null> {
    const { rows } = await c.query<{ status: TaskStatus }>(`SELECT status FROM task WHERE run_id = $1 AND id = $2`, [runId, taskId]);
    return rows[0]?.status ?? null;
  }

  /** Recomputes every waiting or paused task's `pending` from its dependencies (on the caller's transaction, the run locked). */
  async recountPending(c: PoolClient, runId: string): Promise<void> {
    await c.query(
      `UPDATE task t SET pending = s.n FROM (
         SELECT t2.id, count(p.id) FILTER (WHERE p.status <> 'ended') AS n
           FROM task t2 LEFT JOIN task_dependency d ON d.task_id = t2.id LEFT JOIN task p ON p.id = d.depends_on_id
          WHERE t2.run_id = $1 AND t2.status IN ('waiting', 'paused') GROUP BY t2.id) s
        WHERE t.id = s.id AND t.pending <> s.n`,
      [runId],
    );
  }
}
