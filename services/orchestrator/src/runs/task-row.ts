import type { TaskStatus } from './statuses';

/**
 * A task as the orchestrator reads it: the one row type for handlers, controls, reports and the
 * API (the `task` table is mapped by TaskEntity for migrations only). `P` is the payload's type,
 * known where the task kind is (see task-kinds.ts).
 */
export interface TaskRow<P = Record<string, unknown>> {
  id: string;
  runId: string;
  key: string;
  kind: string;
  systemId: string | null;
  payload: P;
  priority: number;
  status: TaskStatus;
  attempt: number;
  readyAt: Date | null;
  dispatchedAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  rows: number;
  rowsTotal: number | null;
  bytes: number;
  result: Record<string, unknown> | null;
  error: string | null;
  /** How long the task has been executing (this attempt), by the state database's clock; null when it never started. */
  executingSeconds: number | null;
}

/** A task with the keys of the tasks it depends on (within its run). */
export type TaskWithDependencies = TaskRow & { dependsOn: string[] };

/** The columns every task read selects, for `toTaskRow` (the table aliased `t`). */
export const TASK_COLUMNS = `t.id, t.run_id, t.key, t.kind, t.system_id, t.payload, t.priority, t.status, t.attempt, t.ready_at,
  t.dispatched_at, t.started_at, t.finished_at, t.rows, t.rows_total, t.bytes, t.result, t.error,
  extract(epoch FROM clock_timestamp() - t.started_at)::float8 AS executing_seconds`;

export const DEPENDS_ON_COLUMN = `coalesce(array(SELECT p.key FROM task_dependency d JOIN task p ON p.id = d.depends_on_id WHERE d.task_id = t.id ORDER BY p.key), '{}') AS depends_on`;

/** A row selected with TASK_COLUMNS, as PostgreSQL returns it. */
export interface RawTaskRow {
  id: string;
  run_id: string;
  key: string;
  kind: string;
  system_id: string | null;
  payload: Record<string, unknown>;
  priority: number;
  status: TaskStatus;
  attempt: number;
  ready_at: Date | null;
  dispatched_at: Date | null;
  started_at: Date | null;
  finished_at: Date | null;
  rows: string;
  rows_total: string | null;
  bytes: string;
  result: Record<string, unknown> | null;
  error: string | null;
  executing_seconds: number | null;
  depends_on?: string[];
}

export function toTaskRow(r: RawTaskRow): TaskRow {
  return {
    id: r.id,
    runId: r.run_id,
    key: r.key,
    kind: r.kind,
    systemId: r.system_id,
    payload: r.payload,
    priority: r.priority,
    status: r.status,
    attempt: r.attempt,
    readyAt: r.ready_at,
    dispatchedAt: r.dispatched_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    rows: Number(r.rows),
    rowsTotal: r.rows_total === null ? null : Number(r.rows_total),
    bytes: Number(r.bytes),
    result: r.result,
    error: r.error,
    executingSeconds: r.executing_seconds,
  };
}

export function toTaskWithDependencies(r: RawTaskRow): TaskWithDependencies {
  return { ...toTaskRow(r), dependsOn: r.depends_on ?? [] };
}
