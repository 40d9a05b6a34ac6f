import type { TaskStatus } from './statuses';

/** What a task handler sees of its task. */
export interface TaskRow {
  id: string;
  run_id: string;
  key: string;
  kind: string;
  system_id: string | null;
  payload: Record<string, unknown>;
  attempt: number;
  status: TaskStatus;
  /** How long this attempt has been executing, by the state database's clock (set by the task worker). */
  executing_seconds?: number;
}

export interface TaskProgress {
  rows: number;
  bytes: number;
  rowsTotal?: number | null;
}

export interface TaskContext {
  /** Reports progress (persisted at most every second or so). */
  progress(p: TaskProgress): Promise<void>;
  /** Aborted when the worker must let go (shutdown); the task is resumed elsewhere. */
  signal: AbortSignal;
  /** This attempt was started before (by a process that died): its operation may exist already. */
  resumed: boolean;
  /** Records a `retry` event of this task (best effort: a state database that is down loses it, with a warning). */
  event(reason: string): Promise<void>;
  /** Is this attempt still the task's, and executing (not paused, canceled or rerun meanwhile)? */
  stillExecuting(): Promise<boolean>;
}

export interface TaskOutcome {
  result: Record<string, unknown> | null;
  rows?: number;
  bytes?: number;
}

/** The task failed; `message` is what the operator reads. */
export class TaskFailedError extends Error {}
/** The task's operation was canceled (run canceled). */
export class TaskCanceledError extends Error {}

/** One kind of task: how to execute it (usually one agent operation) and follow it to the end. */
export interface TaskHandler {
  readonly kind: string;
  execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome>;
  /** Asks whatever executes the task to stop (run canceled). */
  cancel(task: TaskRow): Promise<void>;
}
