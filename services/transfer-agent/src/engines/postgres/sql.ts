import { escapeIdentifier, escapeLiteral } from 'pg';
import { formatTableRef, type TableRef } from '@cutover/contracts';
import { EngineInputError, type KeyRange, type TableDefinition } from '../engine';

/** The only place PostgreSQL identifiers become SQL text. */
export const quoteIdent = (name: string): string => escapeIdentifier(name);

export const quoteTable = (ref: TableRef): string => `${quoteIdent(ref.schema)}.${quoteIdent(ref.name)}`;

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
 * The WHERE clause of a key range. `params` binds the bounds ($n); `literals` inlines them with
 * escapeLiteral for COPY (SELECT …), which cannot take bind parameters. Either way the bound is
 * compared as the key column's own type.
 */
export function rangePredicate(
  table: TableDefinition,
  range: KeyRange | null,
  mode: 'params' | 'literals',
  firstParam = 1,
): { sql: string; values: string[] } {
  if (!range) return { sql: 'TRUE', values: [] };
  requireColumns(table, [range.keyColumn]);
  const key = quoteIdent(range.keyColumn);
  const parts: string[] = [];
  const values: string[] = [];
  const bound = (value: string) => {
    if (mode === 'literals') return escapeLiteral(value);
    values.push(value);
    return `$${firstParam + values.length - 1}`;
  };
  if (range.from !== null) parts.push(`${key} >= ${bound(range.from)}`);
  if (range.to !== null) parts.push(`${key} < ${bound(range.to)}`);
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', values };
}
