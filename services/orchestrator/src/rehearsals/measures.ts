import { tableKey, type TableRef } from '@cutover/contracts';
import { CopyTaskKind } from '../copy/copy-tasks';
import { rowsPerSecond } from '../progress/rates';
import { TaskStatus } from '../runs/statuses';
import { phaseOfKind, type ForecastPhase } from './phases';
import type { RecordedTask } from './rehearsals.repository';

/** What a task measured: its run time on the agent, and the dispatch latency before it (both null unless it ended). */
export function measured(t: Pick<RecordedTask, 'status' | 'dispatchedAt' | 'startedAt' | 'finishedAt'>): {
  seconds: number;
  latencySeconds: number;
} | null {
  if (t.status !== TaskStatus.Ended || !t.startedAt || !t.finishedAt) return null;
  const seconds = Math.max(0, (t.finishedAt.getTime() - t.startedAt.getTime()) / 1000);
  const latencySeconds = t.dispatchedAt ? Math.max(0, (t.startedAt.getTime() - t.dispatchedAt.getTime()) / 1000) : 0;
  return { seconds, latencySeconds };
}

const TABLE_KINDS = new Set<string>([
  CopyTaskKind.PrepareTable,
  CopyTaskKind.CopyRange,
  CopyTaskKind.VerifyTable,
  CopyTaskKind.FinishTable,
  CopyTaskKind.FinishForeignKeys,
]);
const SCRIPT_KINDS = new Set(['delta-script', 'source-script', 'script']);

export const isTableTask = (t: Pick<RecordedTask, 'kind'>) => TABLE_KINDS.has(t.kind);
export const isScriptTask = (t: Pick<RecordedTask, 'kind'>) => SCRIPT_KINDS.has(t.kind);

/** The target table a copy task works on, and the source table it reads (copy ranges and verifies carry it). */
export function tablesOf(t: Pick<RecordedTask, 'payload'>): { table: TableRef | null; source: TableRef | null } {
  const ref = (v: unknown): TableRef | null => {
    const r = v as Partial<TableRef> | undefined;
    return r && typeof r.schema === 'string' && typeof r.name === 'string' ? { schema: r.schema, name: r.name } : null;
  };
  return { table: ref(t.payload.table), source: ref(t.payload.sourceTable) };
}

export interface TableMeasure {
  source: TableRef | null;
  target: TableRef;
  /** First task started → last task ended (null while any task did not end). */
  seconds: number | null;
  rows: number;
  bytes: number;
  ranges: number;
  rowsPerSecond: number | null;
  /** Keys of its tasks that ended in error. */
  failed: string[];
}

export interface ScriptMeasure {
  runKind: string;
  key: string;
  phase: ForecastPhase;
  seconds: number | null;
  rows: number;
  status: TaskStatus;
  failed: boolean;
}

/** Per table of the copy set: its span, rows and bytes copied, rows/s, failures. */
export function tableMeasures(tasks: readonly RecordedTask[]): TableMeasure[] {
  const groups = new Map<string, RecordedTask[]>();
  for (const t of tasks.filter(isTableTask)) {
    const table = tablesOf(t).table;
    if (table) groups.set(tableKey(table), [...(groups.get(tableKey(table)) ?? []), t]);
  }
  return [...groups.values()].map((group) => {
    const target = tablesOf(group[0]).table!;
    const source = group.map((t) => tablesOf(t).source).find((s) => s !== null) ?? null;
    const copies = group.filter((t) => t.kind === CopyTaskKind.CopyRange);
    const all = group.map(measured);
    const seconds = all.every((m) => m !== null)
      ? (Math.max(...group.map((t) => t.finishedAt!.getTime())) - Math.min(...group.map((t) => t.startedAt!.getTime()))) / 1000
      : null;
    const rows = copies.reduce((n, t) => n + t.rows, 0);
    return {
      source,
      target,
      seconds,
      rows,
      bytes: copies.reduce((n, t) => n + t.bytes, 0),
      ranges: copies.length,
      rowsPerSecond: rowsPerSecond(rows, seconds),
      failed: group.filter((t) => t.status === TaskStatus.Error).map((t) => t.key),
    };
  });
}

/** Per script task (final delta, single-user, post-sync). */
export function scriptMeasures(tasks: readonly RecordedTask[]): ScriptMeasure[] {
  return tasks.filter(isScriptTask).map((t) => ({
    runKind: t.runKind,
    key: t.key,
    phase: phaseOfKind(t.kind),
    seconds: measured(t)?.seconds ?? null,
    rows: t.rows,
    status: t.status,
    failed: t.status === TaskStatus.Error,
  }));
}
