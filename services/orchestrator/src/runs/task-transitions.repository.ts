import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { retryAborted, StatePool, type Queryable } from '../database/state-pool';
import type { TaskStatus } from './statuses';
import { TASK_COLUMNS, toTaskRow, type RawTaskRow, type TaskRow } from './task-row';
import { ADMIT, CLAIM, CLAIM_SKIPPING, FINISH, type Finish, type Finished } from './task-transitions.sql';

export type { Finish, Finished } from './task-transitions.sql';

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
   * and the run's `active` after both (null when the run does not exist). When it hands out more
   * tokens than `localSlots` (the slots the calling process holds for them) it also sends `wake`
   * (the queue's NOTIFY, delivered on commit) for the other processes; `woken` says whether it did.
   */
  async admit(
    c: PoolClient,
    runId: string,
    released: number,
    wake: { channel: string; payload: string },
    localSlots: number,
  ): Promise<{ tasks: { id: string; dispatch_token: string; priority: number }[]; active: number | null; woken: boolean }> {
    const { rows } = await c.query<{
      active: number | null;
      tasks: { id: string; dispatch_token: string; priority: number }[];
      woken: string;
    }>({
      ...ADMIT,
      values: [runId, released, wake.channel, wake.payload, localSlots],
    });
    return { tasks: rows[0].tasks, active: rows[0].active, woken: Number(rows[0].woken) > 0 };
  }

  /**
   * ready → executing for these jobs' tokens when the run is running and not held, with their events;
   * null for each one not claimed here. With several jobs, rows another transaction holds are
   * skipped, not waited for (rows locked in one statement in no set order could deadlock with an
   * operator's control): the caller claims those one by one, and a single job waits for its row.
   */
  async claim(jobs: { taskId: string; token: string }[]): Promise<({ task: TaskRow; waited: number | null } | null)[]> {
    const rows = await this.db.query<RawTaskRow & { waited: number | null }>(jobs.length > 1 ? CLAIM_SKIPPING : CLAIM, [
      JSON.stringify(jobs.map((j) => ({ id: j.taskId, token: j.token }))),
    ]);
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
   * executing → ended/error/canceled for these attempts, in one statement: an ended task's
   * dependents count one dependency less and those reaching zero become ready, every change
   * recorded as an event. Null for an attempt someone else settled (and for a repeat of one
   * already in the batch). A deadlock with an operator's control aborts the whole statement, so
   * it is tried again.
   */
  async finish(batch: Finish[]): Promise<(Finished | null)[]> {
    // Two attempts of one task may end together (a stale one still running beside a rerun): keyed by both.
    const key = (id: string, attempt: number) => `${id}.${attempt}`;
    const first = new Map<string, number>();
    batch.forEach((b, i) => first.has(key(b.task.id, b.task.attempt)) || first.set(key(b.task.id, b.task.attempt), i));
    const items = [...first.values()].map((i) => {
      const { task, status, result, error, rows, bytes } = batch[i];
      return { id: task.id, attempt: task.attempt, status, result, error, rows, bytes };
    });
    const rows = await retryAborted(() =>
      this.db.query<{ id: string; attempt: number; promoted: string; seconds: number | null; run_kind: string }>(FINISH, [
        JSON.stringify(items),
      ]),
    );
    const done = new Map(
      rows.map((r) => [key(r.id, r.attempt), { promoted: Number(r.promoted), seconds: r.seconds, runKind: r.run_kind }]),
    );
    return batch.map((b, i) => {
      const k = key(b.task.id, b.task.attempt);
      return first.get(k) === i ? (done.get(k) ?? null) : null;
    });
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
