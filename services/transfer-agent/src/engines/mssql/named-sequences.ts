import type { Connection } from 'tedious';
import type { TableRef } from '@cutover/contracts';
import type { NamedSequence, NamedSequenceResult, NamedSequenceValue } from '../sequence-types';
import { query } from './connection';
import { quoteTable } from './tsql';

/**
 * Sequence objects (SQL Server 2012 and later) a package names. current_value is the last value
 * handed out — or the start value before the first, which 2012–2016 cannot tell apart (2017's
 * last_used_value can, but reading it would not compile on older servers): the target then
 * restarts one increment past the start, skipping one value, never reusing one.
 * The name travels as @name (a quoted two-part name) and the value as @value.
 */
export const readNamedSequenceSql = `SELECT CONVERT(nvarchar(40), s.current_value) FROM sys.sequences s WHERE s.object_id = OBJECT_ID(@name, N'SO')`;

/**
 * ALTER SEQUENCE takes no variables: the statement is built from the catalog's own names
 * (QUOTENAME) and a numeric value (CONVERT), then run with EXEC. Without a value (@value empty)
 * the sequence restarts at its start value.
 */
export const restartNamedSequenceSql = `DECLARE @id int = OBJECT_ID(@name, N'SO');
IF @id IS NOT NULL
BEGIN
  DECLARE @restart nvarchar(max) = N'ALTER SEQUENCE ' + QUOTENAME(OBJECT_SCHEMA_NAME(@id)) + N'.' + QUOTENAME(OBJECT_NAME(@id)) + N' RESTART';
  IF @value <> N''
    SELECT @restart = @restart + N' WITH ' + CONVERT(nvarchar(40), CONVERT(numeric(38, 0), @value) + CONVERT(numeric(38, 0), s.increment))
      FROM sys.sequences s WHERE s.object_id = @id;
  EXEC (@restart);
  SELECT CONVERT(nvarchar(40), s.current_value) FROM sys.sequences s WHERE s.object_id = @id;
END`;

export async function readNamedSequences(conn: Connection, sequences: TableRef[]): Promise<NamedSequence[]> {
  const result: NamedSequence[] = [];
  for (const sequence of sequences) {
    const rows = await query<[string | null]>(conn, readNamedSequenceSql, [{ name: 'name', value: quoteTable(sequence) }]);
    result.push({ sequence, lastValue: rows[0]?.[0] ?? null, found: rows.length > 0 });
  }
  return result;
}

export async function restartNamedSequences(conn: Connection, values: NamedSequenceValue[]): Promise<NamedSequenceResult[]> {
  const result: NamedSequenceResult[] = [];
  for (const v of values) {
    const rows = await query<[string]>(conn, restartNamedSequenceSql, [
      { name: 'name', value: quoteTable(v.sequence) },
      { name: 'value', value: v.lastValue ?? '' },
    ]);
    result.push(
      rows.length > 0
        ? { sequence: v.sequence, value: rows[0][0], set: true }
        : { sequence: v.sequence, value: null, set: false, reason: 'no such sequence on this database' },
    );
  }
  return result;
}
