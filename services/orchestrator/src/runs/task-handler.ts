import type { AgentOperationRunner } from './agent-operation.runner';
import type { TaskKind, TaskPayload } from './task-kinds';
import type { TaskRow } from './task-row';

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

/**
 * One kind of task: how to execute it (usually one agent operation) and follow it to the end.
 * Subclasses are declared with `@OnTask(kind)`; the registry finds them at boot.
 */
export abstract class TaskHandler<K extends TaskKind = TaskKind> {
  /** The runner of the task's agent operation, when it has one: `cancel` asks the agent to stop it. */
  protected readonly operations?: AgentOperationRunner;

  abstract execute(task: TaskRow<TaskPayload<K>>, ctx: TaskContext): Promise<TaskOutcome>;

  /** Asks whatever executes the task to stop (run canceled). */
  cancel(task: TaskRow<TaskPayload<K>>): Promise<void> {
    return this.operations?.cancel(task) ?? Promise.resolve();
  }
}

/** A handler as the worker calls it, whatever its kind (the registry matched the kind). */
export interface AnyTaskHandler {
  execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome>;
  cancel(task: TaskRow): Promise<void>;
}
