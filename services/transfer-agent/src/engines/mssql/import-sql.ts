import type { TableRef } from '@cutover/contracts';
import { EngineInputError } from '../engine';
import { columnList, quoteTable } from './tsql';

/**
 * T-SQL of the import path (import-range.ts): clearing a whole table, and the identity-preserving
 * insert. Every builder here is parsed in test/unit/mssql-import-sql.test.ts.
 */

/**
 * Before a whole-table load: the rows the table holds (deleted first) and whether TRUNCATE TABLE is
 * permitted — it needs ALTER on the table (DELETE needs only DELETE), and SQL Server refuses it on
 * a table a foreign key references, one a schema-bound view or function depends on, and a
 * replicated table. `@table` is the quoted two-part name.
 */
export const truncateCheckSql = (ref: TableRef): string =>
  `SELECT CONVERT(varchar(20), (SELECT COUNT_BIG(*) FROM ${quoteTable(ref)})),
       CASE WHEN HAS_PERMS_BY_NAME(@table, N'OBJECT', N'ALTER') = 1
             AND OBJECTPROPERTY(OBJECT_ID(@table), N'TableHasForeignRef') = 0
             AND NOT EXISTS (SELECT 1 FROM sys.sql_expression_dependencies d
                              WHERE d.referenced_id = OBJECT_ID(@table) AND d.is_schema_bound_reference = 1)
             AND NOT EXISTS (SELECT 1 FROM sys.tables t
                              WHERE t.object_id = OBJECT_ID(@table) AND (t.is_replicated = 1 OR t.is_merge_published = 1))
            THEN 1 ELSE 0 END`;

/** IDENTITY_INSERT: explicit values for the identity column (one table per session at a time; needs ALTER on it). */
export const identityInsertSql = (ref: TableRef, on: boolean): string => `SET IDENTITY_INSERT ${quoteTable(ref)} ${on ? 'ON' : 'OFF'}`;

/** SQL Server's limits on one parameterized INSERT … VALUES: 2,100 parameters, 1,000 row constructors. */
export const MAX_PARAMETERS = 2000;
export const MAX_VALUES_ROWS = 1000;

/** Rows per INSERT for `columns` columns: as many as the parameter limit allows. */
export function rowsPerInsert(columns: number): number {
  if (columns < 1 || columns > MAX_PARAMETERS) throw new EngineInputError(`cannot insert ${columns} columns through parameters`);
  return Math.max(1, Math.min(MAX_VALUES_ROWS, Math.floor(MAX_PARAMETERS / columns)));
}

/** `INSERT INTO t (c1, c2) VALUES (@v0, @v1), (@v2, @v3)…`: `rows` row constructors, parameters numbered row by row. */
export function insertValuesSql(ref: TableRef, columns: readonly string[], rows: number): string {
  if (rows < 1 || rows * columns.length > 2100 || rows > MAX_VALUES_ROWS)
    throw new EngineInputError(`${rows} rows of ${columns.length} columns exceed one INSERT's limits`);
  const values: string[] = [];
  for (let r = 0; r < rows; r++) values.push(`(${columns.map((_, c) => `@v${r * columns.length + c}`).join(', ')})`);
  return `INSERT INTO ${quoteTable(ref)} (${columnList(columns)}) VALUES ${values.join(', ')}`;
}
