import { sameTable, tableKey, type TableRef } from '@cutover/contracts';
import type { AgentClient, AgentTableDefinition } from '@cutover/agent-client';
import { PHASE_ORDER, ScriptPhase, type PackageManifest } from '../packages/manifest';

/** Table mapping statuses, as AX's data upgrade cockpit shows them. */
export enum MappingStatus {
  Ok = 'ok',
  NoMapping = 'no-mapping',
  FieldError = 'field-error',
  MappingConflict = 'mapping-conflict',
  TargetNotEmpty = 'target-not-empty',
}

export interface KeyRangePlan {
  from: string | null;
  to: string | null;
}

export interface TablePlan {
  source: TableRef;
  target: TableRef;
  status: MappingStatus;
  /** What is wrong, one line each (columns named); empty when ok. */
  problems: string[];
  rows: number;
  bytes: number;
  /** Columns copied and compared, in the source's order (all present on the target). */
  columns: string[];
  /** The column ranges are taken on; null copies the table whole. */
  keyColumn: string | null;
  ranges: KeyRangePlan[];
  /** Higher starts first: large tables and tables at the end of long script chains. */
  priority: number;
  /** Source scripts that write the table: its copy waits for them. */
  waitsFor: string[];
}

export interface DataUpgradePlan {
  tables: TablePlan[];
  summary: { tables: number; ok: number; notOk: number; rows: number; bytes: number; ranges: number };
}

/** A table's column names in the table's own order. */
export const columnNames = (def: Pick<AgentTableDefinition, 'columns'>): string[] =>
  [...def.columns].sort((a, b) => a.ordinal - b.ordinal).map((c) => c.name);

/**
 * How a table is copied: split on its single-column primary key into ranges of about `rangeRows`
 * rows (quantiles of the key, from its agent) when it holds more than that, else whole.
 */
export async function keyRanges(
  client: AgentClient,
  table: TableRef,
  def: Pick<AgentTableDefinition, 'primaryKey'> | null,
  rows: number,
  rangeRows: number,
): Promise<{ keyColumn: string | null; ranges: KeyRangePlan[] }> {
  const keyColumn = def?.primaryKey?.columns.length === 1 ? def.primaryKey.columns[0] : null;
  if (!keyColumn || rows <= rangeRows) return { keyColumn, ranges: [{ from: null, to: null }] };
  return { keyColumn, ranges: rangesFromBounds((await client.splitRanges(table, keyColumn, Math.ceil(rows / rangeRows))).bounds) };
}

/** Ranges from inner bounds: n bounds → n + 1 ranges, the first and last open. */
export function rangesFromBounds(bounds: string[]): KeyRangePlan[] {
  const edges: (string | null)[] = [null, ...bounds, null];
  return edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1] }));
}

/** The source scripts (live, delta, single-user) that write a table, and the longest chain leading to any of them. */
export function writers(m: PackageManifest, table: TableRef): { scripts: string[]; chain: number } {
  const byKey = new Map(m.scripts.map((s) => [s.key, s]));
  const depth = new Map<string, number>();
  const chain = (key: string, seen = new Set<string>()): number => {
    if (depth.has(key)) return depth.get(key)!;
    if (seen.has(key)) return 0;
    seen.add(key);
    const s = byKey.get(key);
    const d = 1 + Math.max(0, ...(s?.dependsOn ?? []).map((k) => chain(k, seen)));
    depth.set(key, d);
    return d;
  };
  const scripts = m.scripts
    .filter((s) => s.phase !== ScriptPhase.PostSync && PHASE_ORDER.includes(s.phase) && s.writes.some((w) => sameTable(w, table)))
    .map((s) => s.key);
  return { scripts, chain: Math.max(0, ...scripts.map((k) => chain(k))) };
}

/** Largest tables first (AX weighs tables by size), and tables behind long script chains earlier still. */
export function priorityOf(rows: number, chain: number): number {
  return Math.round(Math.log2(rows + 1) * 100) + chain * 1000;
}

/** Two or more sources mapped onto one target: every one of them is a conflict (keyed by the target's tableKey). */
export function conflicts(mappings: { source: TableRef; target: TableRef }[]): Map<string, TableRef[]> {
  const byTarget = new Map<string, TableRef[]>();
  for (const m of mappings) byTarget.set(tableKey(m.target), [...(byTarget.get(tableKey(m.target)) ?? []), m.source]);
  return new Map([...byTarget].filter(([, sources]) => sources.length > 1));
}

export function summarize(tables: TablePlan[]): DataUpgradePlan['summary'] {
  const ok = tables.filter((t) => t.status === MappingStatus.Ok);
  return {
    tables: tables.length,
    ok: ok.length,
    notOk: tables.length - ok.length,
    rows: tables.reduce((n, t) => n + t.rows, 0),
    bytes: tables.reduce((n, t) => n + t.bytes, 0),
    ranges: ok.reduce((n, t) => n + t.ranges.length, 0),
  };
}
