import type { Pool } from 'pg';
import type { SplitResult, TableDefinition } from '../engine';
import { columnList, quoteIdent, quoteTable, requireColumns } from './sql';

/**
 * The inner bounds that cut a table into `parts` ranges of about equal rows: the first key of
 * every NTILE after the first, in the key's own order (its columns' types and collations, the
 * ones rangePredicate compares in). Each bound is a row value, one text per key column. Above ~1M
 * rows the tiles come from a block sample of about 1M rows: exact enough to balance ranges, and
 * it does not sort the whole table.
 */
export function splitRangesSql(table: TableDefinition, keyColumns: string[], parts: number): string {
  const n = Math.max(2, Math.floor(parts));
  const percent = table.rowCount > 1_000_000 ? Math.max(0.01, Math.min(100, (1_000_000 / table.rowCount) * 100)) : null;
  const keys = columnList(keyColumns);
  const texts = keyColumns.map((c) => `${quoteIdent(c)}::text`).join(', ');
  const sample = percent === null ? '' : ` TABLESAMPLE SYSTEM (${percent.toFixed(4)})`;
  // cutover_tile: a name no AX key column has (a key column called `t` would make a short alias ambiguous).
  return `SELECT ARRAY[${texts}] AS b FROM (
  SELECT DISTINCT ON (cutover_tile) ${keys}, cutover_tile
    FROM (SELECT ${keys}, ntile(${n}) OVER (ORDER BY ${keys}) AS cutover_tile FROM ${quoteTable(table)}${sample}) s
   WHERE cutover_tile > 1 ORDER BY cutover_tile, ${keys}) f ORDER BY cutover_tile`;
}

export async function splitRanges(pool: Pool, table: TableDefinition, keyColumns: string[], parts: number): Promise<SplitResult> {
  requireColumns(table, keyColumns);
  const { rows } = await pool.query<{ b: string[] }>(splitRangesSql(table, keyColumns, parts));
  // A key that is not unique can start two tiles: keep each bound once.
  const seen = new Set<string>();
  const bounds = rows.map((r) => r.b).filter((b) => !seen.has(JSON.stringify(b)) && seen.add(JSON.stringify(b)));
  return { bounds, sampled: table.rowCount > 1_000_000 };
}
