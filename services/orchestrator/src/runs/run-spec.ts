import type { TaskKind, TaskPayload } from './task-kinds';

/** One task of kind K to create: its payload is the one that kind's handler reads (TaskPayloads). */
export interface TaskSpecOf<K extends TaskKind> {
  key: string;
  kind: K;
  systemId: string | null;
  payload: TaskPayload<K>;
  priority?: number;
  dependsOn?: string[];
  rowsTotal?: number | null;
}

/** One task of a run to create: the generic shape every run kind builds its DAG from, typed by kind. */
export type TaskSpec = { [K in TaskKind]: TaskSpecOf<K> }[TaskKind];

export interface RunSpec {
  upgradeId: string | null;
  kind: string;
  threads: number;
  createdBy: string;
  tasks: TaskSpec[];
  /** Create with dispatch held: nothing starts until released. */
  hold?: boolean;
  /** An admin started it with checklist prerequisites open: recorded as the run's second event. */
  overridden?: { by: string; reason: string; skipped: string[] };
}
