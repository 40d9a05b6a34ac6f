import { tableKey, type TableRef } from '@cutover/contracts';
import { CopyTaskKind } from '../copy/copy-tasks';
import { measured, tablesOf } from './measures';
import type { RecordedTask } from './rehearsals.repository';

/** A table's size: rows and bytes (catalog bytes: table, indexes and TOAST). */
export interface Size {
  rows: number;
  bytes: number;
}

/** How one source table scales from the rehearsal to production. */
export interface TableScaling {
  source: TableRef;
  rehearsalRows: number;
  rehearsalBytes: number;
  productionRows: number | null;
  productionBytes: number | null;
  /** Production over rehearsal; 1 when production's size is unknown. */
  factor: number;
  /** `rows`, `bytes` (no rows copied in the rehearsal), or `unscaled` (why, in the text). */
  basis: string;
}

/**
 * The scale factor of each source table the rehearsal copied: production's rows (its catalog now)
 * over the rows the rehearsal copied; by bytes (catalog over catalog) when the rehearsal copied no
 * rows; 1 when production no longer has the table.
 */
export function tableScalings(
  tasks: readonly RecordedTask[],
  rehearsalCatalog: ReadonlyMap<string, Size>,
  production: ReadonlyMap<string, Size>,
): Map<string, TableScaling> {
  const copied = new Map<string, { source: TableRef; rows: number }>();
  for (const t of tasks.filter((x) => x.kind === CopyTaskKind.CopyRange)) {
    const source = tablesOf(t).source;
    if (!source) continue;
    const entry = copied.get(tableKey(source)) ?? { source, rows: 0 };
    entry.rows += t.rows;
    copied.set(tableKey(source), entry);
  }
  const result = new Map<string, TableScaling>();
  for (const [key, { source, rows }] of copied) {
    const catalog = rehearsalCatalog.get(key);
    const prod = production.get(key) ?? null;
    const rehearsalBytes = catalog?.bytes ?? 0;
    const base = { source, rehearsalRows: rows, rehearsalBytes, productionRows: prod?.rows ?? null, productionBytes: prod?.bytes ?? null };
    if (!prod) result.set(key, { ...base, factor: 1, basis: 'unscaled: the table is not in production’s catalog' });
    else if (rows > 0) result.set(key, { ...base, factor: prod.rows / rows, basis: 'rows' });
    else if (rehearsalBytes > 0 && prod.bytes > 0) result.set(key, { ...base, factor: prod.bytes / rehearsalBytes, basis: 'bytes' });
    else result.set(key, { ...base, factor: 1, basis: 'unscaled: the rehearsal copied no rows and has no size for it' });
  }
  return result;
}

export const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Fallbacks for tasks that did not end in the rehearsal: medians of those that did, per kind. */
export interface Fallbacks {
  /** Median run time of the ended tasks of a kind, with how many there were. */
  secondsOf(kind: string): { seconds: number; of: number } | null;
  /** Median dispatch latency of every ended task. */
  latencySeconds: number;
}

export function fallbacks(tasks: readonly RecordedTask[]): Fallbacks {
  const byKind = new Map<string, number[]>();
  const latencies: number[] = [];
  for (const t of tasks) {
    const m = measured(t);
    if (!m) continue;
    byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), m.seconds]);
    latencies.push(m.latencySeconds);
  }
  return {
    secondsOf: (kind) => {
      const xs = byKind.get(kind) ?? [];
      return xs.length ? { seconds: median(xs)!, of: xs.length } : null;
    },
    latencySeconds: median(latencies) ?? 0,
  };
}

/** Kinds whose run time has a fixed part (a round trip, a transaction, a catalog read) and a part growing with the rows. */
const AFFINE_KINDS = [CopyTaskKind.CopyRange, CopyTaskKind.VerifyTable, CopyTaskKind.FinishTable] as const;

/** A kind's run time as a line over rows: a fixed part and a cost per row (both ≥ 0). */
export interface RowCost {
  fixed: number;
  perRow: number;
}

/**
 * Each kind's run time over rows from the rehearsal's own spread of table sizes: a least-squares
 * line of run time over rows (a copy range's rows; a table's copied rows for verify and finish).
 * A task then grows by the cost of the rows production adds, not in proportion to its whole time:
 * a small table's fixed costs stay fixed. Under 3 measures, or without a spread of sizes: none
 * (the caller scales the whole run time).
 */
export function rowCosts(tasks: readonly RecordedTask[]): Map<string, RowCost> {
  const tableRows = new Map<string, number>();
  for (const t of tasks.filter((x) => x.kind === CopyTaskKind.CopyRange)) {
    const table = tablesOf(t).table;
    if (table) tableRows.set(`${t.runId}|${tableKey(table)}`, (tableRows.get(`${t.runId}|${tableKey(table)}`) ?? 0) + t.rows);
  }
  const result = new Map<string, RowCost>();
  for (const kind of AFFINE_KINDS) {
    const points: [number, number][] = [];
    for (const t of tasks.filter((x) => x.kind === kind)) {
      const m = measured(t);
      const table = tablesOf(t).table;
      if (!m || !table) continue;
      points.push([kind === CopyTaskKind.CopyRange ? t.rows : (tableRows.get(`${t.runId}|${tableKey(table)}`) ?? 0), m.seconds]);
    }
    const line = fitLine(points);
    if (line) result.set(kind, line);
  }
  return result;
}

function fitLine(points: [number, number][]): RowCost | null {
  if (points.length < 3) return null;
  const mx = points.reduce((n, p) => n + p[0], 0) / points.length;
  const my = points.reduce((n, p) => n + p[1], 0) / points.length;
  const sxx = points.reduce((n, p) => n + (p[0] - mx) ** 2, 0);
  if (sxx === 0) return null;
  const perRow = Math.max(0, points.reduce((n, p) => n + (p[0] - mx) * (p[1] - my), 0) / sxx);
  return { fixed: Math.max(0, my - perRow * mx), perRow };
}
