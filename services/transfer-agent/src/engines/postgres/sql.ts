import { escapeIdentifier, escapeLiteral, type Pool } from 'pg';
import { formatTableRef, type TableRef } from '@cutover/contracts';
import { EngineInputError, type KeyRange, type TableDefinition } from '../engine';

/** The only place PostgreSQL identifiers become SQL text. */
export const quoteIdent = (name: string): string => escapeIdentifier(name);

export const quoteTable = (ref: TableRef): string => `${quoteIdent(ref.schema)}.${quoteIdent(ref.name)}`;

/** Whether the table exists (a pool or a session: both answer queries). */
export async function tableExists(db: Pick<Pool, 'query'>, ref: TableRef): Promise<boolean> {
  const { rows } = await db.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [quoteTable(ref)]);
  return rows[0].ok;
}

export function columnList(columns: string[]): string {
  return columns.map(quoteIdent).join(', ');
}

/** Checks that every named column exists on the table (exact, case-sensitive names). */
export function requireColumns(table: TableDefinition, columns: string[]): void {
  const known = new Set(table.columns.map((c) => c.name));
  const missing = columns.filter((c) => !known.has(c));
  if (missing.length > 0) {
    throw new EngineInputError(`column(s) ${missing.map((c) => JSON.stringify(c)).join(', ')} do not exist on ${formatTableRef(table)}`);
  }
}

/**
 * The WHERE clause of a key range, as row-value comparisons over its key columns:
 * `("a", "b") >= ($1, $2) AND ("a", "b") < ($3, $4)` — lexicographic, as the key's btree index
 * orders them, so an index on the key serves it. `params` binds the bounds ($n); `literals` inlines
 * them with escapeLiteral for COPY (SELECT …), which cannot take bind parameters. Either way each
 * value is untyped, so it compares as its key column's own type and collation (the ones the range
 * bounds were taken in).
 */
export function rangePredicate(
  table: TableDefinition,
  range: KeyRange | null,
  mode: 'params' | 'literals',
  firstParam = 1,
): { sql: string; values: string[] } {
  if (!range) return { sql: 'TRUE', values: [] };
  requireColumns(table, range.keyColumns);
  const values: string[] = [];
  const bound = (value: string) => {
    if (mode === 'literals') return escapeLiteral(value);
    values.push(value);
    return `$${firstParam + values.length - 1}`;
  };
  const row = (items: string[]) => (items.length === 1 ? items[0] : `(${items.join(', ')})`);
  const key = row(range.keyColumns.map(quoteIdent));
  const parts: string[] = [];
  for (const [op, b] of [
    ['>=', range.from],
    ['<', range.to],
  ] as const) {
    if (b === null) continue;
    if (b.length !== range.keyColumns.length)
      throw new EngineInputError(`a range bound has ${b.length} value(s) for ${range.keyColumns.length} key column(s)`);
    parts.push(`${key} ${op} ${row(b.map(bound))}`);
  }
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', values };
}
