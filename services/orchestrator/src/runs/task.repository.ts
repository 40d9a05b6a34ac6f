import type { TaskKind, TaskPayload } from './task-kinds';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { StatePool } from '../database/state-pool';
import type { TaskStatus } from './statuses';
import {
  DEPENDS_ON_COLUMN,
  TASK_COLUMNS,
  toTaskRow,
  toTaskWithDependencies,
  type RawTaskRow,
  type TaskRow,
  type TaskWithDependencies,
} from './task-row';

/** A run's progress in rows, from the tasks that carry an estimate. */
export interface RunProgressRow {
  runId: string;
  done: number;
  total: number | null;
  unknownTotal: boolean;
  rate: number | null;
}

/** Reads of `task` and `task_dependency` (the executor's writes are in task-transitions.repository.ts). */
@Injectable()
export class TaskRepository {
  constructor(private readonly db: StatePool) {}

  async page(
    runId: string,
    q: { limit: number; offset: number; status?: TaskStatus },
  ): Promise<{ rows: TaskWithDependencies[]; total: number }> {
    const filter = q.status ? 'AND t.status = $4' : '';
    const rows = await this.db.query<RawTaskRow>(
      `SELECT ${TASK_COLUMNS}, ${DEPENDS_ON_COLUMN}
         FROM task t WHERE t.run_id = $1 ${filter} ORDER BY t.priority DESC, t.key LIMIT $2 OFFSET $3`,
      [runId, q.limit, q.offset, ...(q.status ? [q.status] : [])],
    );
    const [count] = await this.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM task t WHERE t.run_id = $1 ${filter.replace('$4', '$2')}`,
      [runId, ...(q.status ? [q.status] : [])],
    );
    return { rows: rows.map(toTaskWithDependencies), total: Number(count.n) };
  }

  async find(runId: string, taskId: string): Promise<TaskWithDependencies | null> {
    const [row] = await this.db.query<RawTaskRow>(
      `SELECT ${TASK_COLUMNS}, ${DEPENDS_ON_COLUMN} FROM task t WHERE t.run_id = $1 AND t.id = $2`,
      [runId, taskId],
    );
    return row ? toTaskWithDependencies(row) : null;
  }

  /** The task of the run with this key. */
  async byKey(runId: string, key: string): Promise<TaskRow | null> {
    const [row] = await this.db.query<RawTaskRow>(`SELECT ${TASK_COLUMNS} FROM task t WHERE t.run_id = $1 AND t.key = $2`, [runId, key]);
    return row ? toTaskRow(row) : null;
  }

  /** The run's tasks of these kinds, highest priority first. */
  async ofKinds(runId: string, kinds: string[], status?: TaskStatus): Promise<TaskRow[]> {
    const rows = await this.db.query<RawTaskRow>(
      `SELECT ${TASK_COLUMNS} FROM task t WHERE t.run_id = $1 AND t.kind = ANY($2::text[]) AND ($3::text IS NULL OR t.status = $3)
        ORDER BY t.priority DESC, t.key`,
      [runId, kinds, status ?? null],
    );
    return rows.map(toTaskRow);
  }

  /** Every task of the runs, with its dependencies by key, in the order the runs were created. */
  async ofRuns(runIds: string[]): Promise<(TaskWithDependencies & { runKind: string })[]> {
    const rows = await this.db.query<RawTaskRow & { run_kind: string }>(
      `SELECT ${TASK_COLUMNS}, ${DEPENDS_ON_COLUMN}, r.kind AS run_kind FROM task t JOIN run r ON r.id = t.run_id
        WHERE t.run_id = ANY($1::uuid[]) ORDER BY r.created_at, t.key`,
      [runIds],
    );
    return rows.map((r) => ({ ...toTaskWithDependencies(r), runKind: r.run_kind }));
  }

  /** Does the run have a task on another system than this one? */
  async anyOffSystem(runId: string, systemId: string): Promise<boolean> {
    const [other] = await this.db.query(`SELECT 1 FROM task WHERE run_id = $1 AND system_id <> $2 LIMIT 1`, [runId, systemId]);
    return !!other;
  }

  /** Tasks of these kinds not ended in the upgrade's runs of a kind. */
  /** Tasks of the given kinds not ended in the upgrade's runs of a kind, typed by their kinds' payload. */
  async unended<K extends TaskKind>(upgradeId: string, runKind: string, kinds: K[]): Promise<TaskRow<TaskPayload<K>>[]> {
    const rows = await this.db.query<RawTaskRow>(
      `SELECT ${TASK_COLUMNS} FROM task t JOIN run r ON r.id = t.run_id
        WHERE r.upgrade_id = $1 AND r.kind = $2 AND t.kind = ANY($3::text[]) AND t.status <> 'ended' ORDER BY t.run_id, t.key`,
      [upgradeId, runKind, kinds],
    );
    // The kinds were filtered in SQL, so each row's payload is its kind's.
    return rows.map((r) => toTaskRow(r) as TaskRow<TaskPayload<K>>);
  }

  /** The task on the system of the upgrade's latest ended run of a kind. */
  async ofLastEndedRun(upgradeId: string, runKind: string, systemId: string): Promise<TaskRow | null> {
    const [row] = await this.db.query<RawTaskRow>(
      `SELECT ${TASK_COLUMNS} FROM run r JOIN task t ON t.run_id = r.id
        WHERE r.upgrade_id = $1 AND r.kind = $2 AND r.status = 'ended' AND t.system_id = $3
        ORDER BY r.created_at DESC LIMIT 1`,
      [upgradeId, runKind, systemId],
    );
    return row ? toTaskRow(row) : null;
  }

  /** Tasks of every run by kind and status (the metrics' gauge). */
  async countsByKind(): Promise<{ kind: string; status: TaskStatus; n: number }[]> {
    const rows = await this.db.query<{ kind: string; status: TaskStatus; n: string }>(
      `SELECT kind, status, count(*) AS n FROM task GROUP BY kind, status`,
    );
    return rows.map((r) => ({ kind: r.kind, status: r.status, n: Number(r.n) }));
  }

  /** Tasks by status, per run. */
  async statusCounts(runIds: string[]): Promise<{ runId: string; status: TaskStatus; n: number }[]> {
    const rows = await this.db.query<{ run_id: string; status: TaskStatus; n: string }>(
      `SELECT run_id, status, count(*) AS n FROM task WHERE run_id = ANY($1::uuid[]) GROUP BY run_id, status`,
      [runIds],
    );
    return rows.map((r) => ({ runId: r.run_id, status: r.status, n: Number(r.n) }));
  }

  /**
   * Rows done and estimated per run. Tasks that move rows carry an estimate (rows_total); when a run
   * has such tasks, progress is theirs alone, so a verification or a script's row count does not inflate it.
   */
  async progress(runIds: string[]): Promise<RunProgressRow[]> {
    const rows = await this.db.query<{ run_id: string; done: string; total: string | null; unknown_total: boolean; rate: number | null }>(
      `WITH t AS (
         SELECT *, bool_or(rows_total IS NOT NULL) OVER (PARTITION BY run_id) AS estimated FROM task WHERE run_id = ANY($1::uuid[])
       )
       SELECT run_id, sum(rows) AS done, sum(rows_total) AS total, bool_or(rows_total IS NULL AND kind <> 'script') AS unknown_total,
              sum(CASE WHEN status = 'executing' AND started_at < now() THEN rows / greatest(extract(epoch FROM now() - started_at), 0.001) END)::float8 AS rate
         FROM t WHERE NOT estimated OR rows_total IS NOT NULL GROUP BY run_id`,
      [runIds],
    );
    return rows.map((r) => ({
      runId: r.run_id,
      done: Number(r.done ?? 0),
      total: r.total === null ? null : Number(r.total),
      unknownTotal: r.unknown_total,
      rate: r.rate,
    }));
  }

  /** The run's executing tasks (on the caller's transaction). */
  async executing(c: PoolClient, runId: string): Promise<TaskRow[]> {
    const { rows } = await c.query<RawTaskRow>(`SELECT ${TASK_COLUMNS} FROM task t WHERE t.run_id = $1 AND t.status = 'executing'`, [
      runId,
    ]);
    return rows.map(toTaskRow);
  }

  /** Is this attempt still the task's, and executing? */
  async stillExecuting(taskId: string, attempt: number): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM task WHERE id = $1 AND attempt = $2 AND status = 'executing'`, [taskId, attempt]);
    return rows.length > 0;
  }
}
