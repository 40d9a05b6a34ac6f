import type { Connection } from 'tedious';
import type { ColumnValue, SequenceColumns, SequenceRow, SetSequenceRequest } from '../sequence-types';
import { query, run } from './connection';
import { quoteIdent, quoteTable, type SqlParam } from './tsql';

/**
 * Number sequences on SQL Server: read with every value as nvarchar, written by compare-and-set.
 * Values travel as nvarchar parameters and convert implicitly to the column's type.
 */
export function readSequencesSql(s: SequenceColumns, match: ColumnValue[]): string {
  const text = (c: string) => `CAST(${quoteIdent(c)} AS nvarchar(64))`;
  const where = match.map((m, i) => `${quoteIdent(m.column)} = @m${i}`);
  return `SELECT ${[...s.keyColumns.map(text), text(s.nextColumn), text(s.maxColumn)].join(', ')} FROM ${quoteTable(s.table)}${
    where.length ? ` WHERE ${where.join(' AND ')}` : ''
  } ORDER BY ${s.keyColumns.map(quoteIdent).join(', ')}`;
}

/** Parameters @k0… (key values), @next, @max, @expectedNext, @expectedMax. */
export function setSequenceSql(s: SequenceColumns): string {
  const key = s.keyColumns.map((c, i) => `${quoteIdent(c)} = @k${i}`);
  return `UPDATE ${quoteTable(s.table)} SET ${quoteIdent(s.nextColumn)} = @next, ${quoteIdent(s.maxColumn)} = @max
 WHERE ${key.join(' AND ')} AND ${quoteIdent(s.nextColumn)} = @expectedNext AND ${quoteIdent(s.maxColumn)} = @expectedMax`;
}

export async function readSequences(conn: Connection, s: SequenceColumns, match: ColumnValue[]): Promise<SequenceRow[]> {
  const params: SqlParam[] = match.map((m, i) => ({ name: `m${i}`, value: m.value }));
  const rows = await query<string[]>(conn, readSequencesSql(s, match), params);
  const k = s.keyColumns.length;
  return rows.map((r) => ({ key: r.slice(0, k), next: r[k], max: r[k + 1] }));
}

export function setSequence(conn: Connection, r: SetSequenceRequest): Promise<number> {
  const params: SqlParam[] = [
    ...r.key.map((value, i) => ({ name: `k${i}`, value })),
    { name: 'next', value: r.values.next },
    { name: 'max', value: r.values.max },
    { name: 'expectedNext', value: r.expected.next },
    { name: 'expectedMax', value: r.expected.max },
  ];
  return run(conn, setSequenceSql(r.sequence), { params });
}
