import type { PoolClient } from 'pg';
import type { ColumnValue, SequenceColumns, SequenceRow, SetSequenceRequest } from '../sequence-types';
import { quoteIdent, quoteTable } from './sql';

/**
 * Number sequences on PostgreSQL: rows read with every value as text (bigint and numeric survive
 * JSON exactly), written by compare-and-set. Values are parameters; PostgreSQL types each from
 * the column it is compared with or assigned to.
 */
export function readSequencesSql(s: SequenceColumns, match: ColumnValue[]): string {
  const text = (c: string) => `CAST(${quoteIdent(c)} AS text)`;
  const where = match.map((m, i) => `${quoteIdent(m.column)} = $${i + 1}`);
  return `SELECT ${[...s.keyColumns.map(text), text(s.nextColumn), text(s.maxColumn)].join(', ')} FROM ${quoteTable(s.table)}${
    where.length ? ` WHERE ${where.join(' AND ')}` : ''
  } ORDER BY ${s.keyColumns.map(quoteIdent).join(', ')}`;
}

/** Parameters: the key values, then next, max, expected next, expected max. */
export function setSequenceSql(s: SequenceColumns): string {
  const n = s.keyColumns.length;
  const key = s.keyColumns.map((c, i) => `${quoteIdent(c)} = $${i + 1}`);
  return `UPDATE ${quoteTable(s.table)} SET ${quoteIdent(s.nextColumn)} = $${n + 1}, ${quoteIdent(s.maxColumn)} = $${n + 2}
 WHERE ${key.join(' AND ')} AND ${quoteIdent(s.nextColumn)} = $${n + 3} AND ${quoteIdent(s.maxColumn)} = $${n + 4}`;
}

export async function readSequences(client: PoolClient, s: SequenceColumns, match: ColumnValue[]): Promise<SequenceRow[]> {
  const { rows } = await client.query<string[]>({
    text: readSequencesSql(s, match),
    values: match.map((m) => m.value),
    rowMode: 'array',
  });
  const k = s.keyColumns.length;
  return rows.map((r) => ({ key: r.slice(0, k), next: r[k], max: r[k + 1] }));
}

export async function setSequence(client: PoolClient, r: SetSequenceRequest): Promise<number> {
  const { rowCount } = await client.query(setSequenceSql(r.sequence), [
    ...r.key,
    r.values.next,
    r.values.max,
    r.expected.next,
    r.expected.max,
  ]);
  return rowCount ?? 0;
}
