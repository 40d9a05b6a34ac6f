import { sameTable, tableKey, type TableRef } from '@cutover/contracts';
import type { AgentClient, AgentTableDefinition } from '@cutover/agent-client';
import { PHASE_ORDER, ScriptPhase, type PackageManifest } from '../packages/manifest';
import type { TableStructure } from './plan-structure';

/** Table mapping statuses, as AX's data upgrade cockpit shows them. */
export enum MappingStatus {
  Ok = 'ok',
  NoMapping = 'no-mapping',
  FieldError = 'field-error',
  MappingConflict = 'mapping-conflict',
  TargetNotEmpty = 'target-not-empty',
}

/** A key range: bounds are row values over the table's key columns (one text each); null is open. */
export interface KeyRangePlan {
  from: string[] | null;
  to: string[] | null;
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
  /** Columns the target computes (computed/generated): not copied, recomputed on the target. */
  recomputed: string[];
  /** The copy key the ranges are taken on (maybe composite); empty copies the table whole, as one range. */
  keyColumns: string[];
  /** Why those key columns, or why none (the source agent's reason). */
  keyReason: string;
  ranges: KeyRangePlan[];
  /** Informational, as AX's advisories: what makes the copy slower or unusual (no usable key: one range). */
  advisories: string[];
  /** Higher starts first: large tables and tables at the end of long script chains. */
  priority: number;
  /** Source scripts that write the table: its copy waits for them. */
  waitsFor: string[];
  structure: TableStructure;
}

export interface DataUpgradePlan {
  tables: TablePlan[];
  summary: { tables: number; ok: number; notOk: number; rows: number; bytes: number; ranges: number; advisories: number };
}

/** How one table is copied: key, ranges, and the advisories that explain a whole-table copy. */
export type CopyPlan = Pick<TablePlan, 'keyColumns' | 'keyReason' | 'ranges' | 'advisories'>;

/** A table's column names in the table's own order. */
export const columnNames = (def: Pick<AgentTableDefinition, 'columns'>): string[] =>
  [...def.columns].sort((a, b) => a.ordinal - b.ordinal).map((c) => c.name);

/**
 * The columns a copy transfers (source order) and the ones it leaves to the target: a column the
 * source or the target computes (SQL Server computed, PostgreSQL generated) is recomputed there.
 */
export function copyColumns(
  source: Pick<AgentTableDefinition, 'columns'>,
  target: Pick<AgentTableDefinition, 'columns'> | null,
): { columns: string[]; recomputed: string[] } {
  const computedOnTarget = new Set((target?.columns ?? []).filter((c) => c.generated).map((c) => c.name.toLowerCase()));
  const names = columnNames(source);
  const computed = new Set(source.columns.filter((c) => c.generated).map((c) => c.name));
  const recomputed = names.filter((n) => computed.has(n) || computedOnTarget.has(n.toLowerCase()));
  return { columns: names.filter((n) => !recomputed.includes(n)), recomputed };
}

/** What the plan says about columns the target recomputes and target indexes prepare-table keeps in place. */
export function layoutAdvisories(recomputed: string[], target: Pick<AgentTableDefinition, 'indexes'> | null): string[] {
  return [
    ...recomputed.map((c) => `column ${c} is computed: not copied, recomputed on the target`),
    ...(target?.indexes ?? []).filter((i) => i.unsupported).map((i) => `index ${i.name} is ${i.unsupported}`),
  ];
}

type KeyedDefinition = Pick<AgentTableDefinition, 'copyKey' | 'columns'>;

/**
 * How a table is copied: split on the source's copy key (its primary key, else a unique index over
 * NOT NULL columns; maybe composite) into ranges of about `rangeRows` rows — quantiles of the key,
 * from its agent, as row values — when it holds more than that, else whole. A table without a
 * usable key, or whose text key columns sort by another collation on the target (the target's
 * delete-first and checksums would cut the ranges elsewhere), is copied as one range, with an
 * advisory saying why.
 */
export async function copyPlan(
  client: AgentClient,
  table: TableRef,
  source: KeyedDefinition | null,
  target: Pick<AgentTableDefinition, 'columns'> | null,
  rows: number,
  rangeRows: number,
): Promise<CopyPlan> {
  const key = source?.copyKey ?? { columns: [], reason: 'the table was not described' };
  const whole = { ranges: [{ from: null, to: null }] };
  if (key.columns.length === 0)
    return { keyColumns: [], keyReason: key.reason, ...whole, advisories: [`no usable copy key (${key.reason}): copied as one range`] };
  const collated = key.columns.flatMap((name) => {
    const [s, t] = [source, target].map((d) => d?.columns.find((c) => c.name === name)?.collation ?? null);
    return target && s !== t ? [`${name} sorts by ${s ?? 'no collation'} on the source and ${t ?? 'no collation'} on the target`] : [];
  });
  if (collated.length > 0)
    return {
      keyColumns: [],
      keyReason: key.reason,
      ...whole,
      advisories: [
        `key column ${collated.join('; ')}: ranges taken on the source would not hold on the target, so it is copied as one range`,
      ],
    };
  if (rows <= rangeRows) return { keyColumns: key.columns, keyReason: key.reason, ...whole, advisories: [] };
  const split = await client.splitRanges(table, key.columns, Math.ceil(rows / rangeRows));
  return { keyColumns: key.columns, keyReason: key.reason, ranges: rangesFromBounds(split.bounds), advisories: [] };
}

/** Ranges from inner bounds: n bounds → n + 1 ranges, the first and last open. */
export function rangesFromBounds(bounds: string[][]): KeyRangePlan[] {
  const edges: (string[] | null)[] = [null, ...bounds, null];
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
    advisories: tables.filter((t) => t.advisories.length > 0).length,
  };
}
