/** One task of a run to create: the generic shape every run kind builds its DAG from. */
export interface TaskSpec {
  key: string;
  kind: string;
  systemId: string | null;
  payload: Record<string, unknown>;
  priority?: number;
  dependsOn?: string[];
  rowsTotal?: number | null;
}

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
