import type { Connection } from 'tedious';
import type { SplitResult, TableDefinition } from '../engine';
import { query } from './connection';
import { statsHistogramSql } from './ranges-sql';
import { quoteTable, splitRangesSql } from './tsql';

/** Up to this many rows the bounds come from an exact NTILE over the table: a scan, but a short one. */
export const EXACT_BELOW = 1_000_000;
/** Rows a TABLESAMPLE aims at: enough to place a few hundred bounds well, a small part of a large table. */
const SAMPLE_ROWS = 1_000_000;

/** One histogram step: its upper bound (key text), the rows below it since the previous step, the rows equal to it. */
export type HistogramStep = [bound: string, rangeRows: number, equalRows: number];

/**
 * Inner bounds that cut the histogram's rows into `parts` parts of about equal rows: a step's upper
 * bound starts the next range once the rows before it reach the next multiple of total / parts.
 * Sorted and distinct (histogram steps are), never the first value (an empty first range).
 */
export function boundsFromHistogram(steps: HistogramStep[], parts: number): string[] {
  const total = steps.reduce((n, [, below, equal]) => n + below + equal, 0);
  const target = total / Math.max(2, Math.floor(parts));
  const bounds: string[] = [];
  let before = 0;
  let next = 1;
  for (const [bound, below, equal] of steps) {
    const upTo = before + below;
    if (upTo > 0 && upTo >= next * target && bounds.at(-1) !== bound) {
      bounds.push(bound);
      while (next * target <= upTo) next++;
    }
    before = upTo + equal;
  }
  return bounds;
}

/**
 * Key ranges without sorting the whole table (see docs/sql-server.md, "Key ranges"):
 * - up to EXACT_BELOW rows: NTILE over the table (exact quantiles);
 * - a one-column key: its index's statistics histogram (no table read at all), when the server has
 *   sys.dm_db_stats_histogram and the histogram has enough steps;
 * - otherwise — composite keys such as AX's (DATAAREAID, RECID), whose histogram covers only the
 *   leading column (a handful of companies) — NTILE over a TABLESAMPLE SYSTEM page sample of about
 *   SAMPLE_ROWS rows; in a table clustered on the key, pages hold key runs, so a page sample spreads
 *   over the whole composite key space. Too small a sample falls back to the exact NTILE.
 * Any bounds make an exact partition; statistics and samples only decide how even the ranges are.
 */
export async function splitRanges(conn: Connection, table: TableDefinition, keyColumns: string[], parts: number): Promise<SplitResult> {
  const n = Math.max(2, Math.floor(parts));
  const exact = async (): Promise<SplitResult> => ({
    bounds: rowsToBounds(await query<string[]>(conn, splitRangesSql(table, keyColumns, n))),
    sampled: false,
  });
  if (table.rowCount <= EXACT_BELOW) return exact();
  if (keyColumns.length === 1 && table.copyKey.index && table.copyKey.columns.length === 1 && table.copyKey.columns[0] === keyColumns[0]) {
    const steps = await histogram(conn, table, keyColumns[0], table.copyKey.index);
    const bounds = boundsFromHistogram(steps, n);
    if (bounds.length >= Math.floor((n - 1) / 2)) return { bounds: bounds.map((b) => [b]), sampled: true };
  }
  const percent = Math.min(100, Math.max(0.0001, (SAMPLE_ROWS / table.rowCount) * 100));
  const sampled = rowsToBounds(await query<string[]>(conn, splitRangesSql(table, keyColumns, n, percent)));
  if (sampled.length < Math.floor((n - 1) / 2)) return exact();
  return { bounds: sampled, sampled: true };
}

/** The key index's histogram; empty where the server lacks sys.dm_db_stats_histogram (before 2016 SP1 CU2). */
async function histogram(conn: Connection, table: TableDefinition, keyColumn: string, index: string): Promise<HistogramStep[]> {
  try {
    const rows = await query<[string | null, string, string]>(conn, statsHistogramSql(table, keyColumn), [
      { name: 'table', value: quoteTable(table) },
      { name: 'index', value: index },
    ]);
    return rows.filter((r) => r[0] !== null).map(([b, below, equal]) => [b!, Number(below), Number(equal)]);
  } catch (error) {
    // 208 invalid object, 4121 unknown function, 195 not a built-in: the server predates the DMF.
    if ([208, 195, 4121].includes((error as { number?: number }).number ?? 0)) return [];
    throw error;
  }
}

/** Rows without NULL bounds, each bound once (a key that is not unique can start two tiles). */
function rowsToBounds(rows: string[][]): string[][] {
  const seen = new Set<string>();
  return rows.filter((r) => r.every((v) => v !== null) && !seen.has(JSON.stringify(r)) && seen.add(JSON.stringify(r)));
}
