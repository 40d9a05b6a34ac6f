import type { Connection } from 'tedious';
import type { TableRef } from '@cutover/contracts';
import type { TableSequence, TableSequenceResult, TableSequenceValue } from '../sequence-types';
import { query } from './connection';
import { quoteTable, type SqlParam } from './tsql';

/**
 * IDENTITY columns, the SQL Server counterpart of PostgreSQL's identity and serial sequences: read
 * with IDENT_CURRENT (and sys.identity_columns.last_value, NULL when no value was handed out yet),
 * set with DBCC CHECKIDENT … RESEED. The table travels as a parameter (@table, a quoted two-part
 * name) and the value as @value: no name is spliced into the text.
 */
export const readIdentitySql = `SELECT c.name, CONVERT(nvarchar(40), IDENT_CURRENT(@table)) AS current_value,
       CASE WHEN c.last_value IS NULL THEN 0 ELSE 1 END AS used
  FROM sys.identity_columns c WHERE c.object_id = OBJECT_ID(@table)`;

/** Only when the column is the table's identity: DBCC would otherwise reseed whatever identity the table has. */
export const reseedIdentitySql = `IF EXISTS (SELECT 1 FROM sys.identity_columns WHERE object_id = OBJECT_ID(@table) AND name = @column)
BEGIN
  DECLARE @seed numeric(38, 0) = CONVERT(numeric(38, 0), @value);
  DBCC CHECKIDENT (@table, RESEED, @seed) WITH NO_INFOMSGS;
  SELECT CONVERT(nvarchar(40), IDENT_CURRENT(@table));
END`;

export async function readIdentities(conn: Connection, tables: TableRef[]): Promise<TableSequence[]> {
  const result: TableSequence[] = [];
  for (const table of tables) {
    const rows = await query<[string, string | null, number]>(conn, readIdentitySql, [{ name: 'table', value: quoteTable(table) }]);
    for (const [column, current, used] of rows)
      result.push({ table, column, sequence: `IDENTITY(${quoteTable(table)}.${column})`, lastValue: used ? current : null });
  }
  return result;
}

export async function reseedIdentities(conn: Connection, values: TableSequenceValue[]): Promise<TableSequenceResult[]> {
  const result: TableSequenceResult[] = [];
  for (const v of values) {
    const base = { table: v.table, column: v.column };
    if (v.lastValue === null) {
      result.push({
        ...base,
        sequence: null,
        value: null,
        set: false,
        reason: 'no value was handed out on the source: the identity starts afresh',
      });
      continue;
    }
    const params: SqlParam[] = [
      { name: 'table', value: quoteTable(v.table) },
      { name: 'column', value: v.column },
      { name: 'value', value: v.lastValue },
    ];
    const rows = await query<[string]>(conn, reseedIdentitySql, params);
    result.push(
      rows.length > 0
        ? { ...base, sequence: `IDENTITY(${quoteTable(v.table)}.${v.column})`, value: rows[0][0], set: true }
        : { ...base, sequence: null, value: null, set: false, reason: 'the column is not the table’s identity on this database' },
    );
  }
  return result;
}
