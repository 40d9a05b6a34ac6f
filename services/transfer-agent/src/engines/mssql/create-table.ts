import type { Connection } from 'tedious';
import { tableBody, type TableShape } from '../create-table';
import { queryCount, run } from './connection';
import { quoteIdent, quoteString, quoteTable } from './tsql';

/** CREATE SCHEMA must be alone in its batch: EXEC gives it one (the name is quoted, then a literal). */
export const createSchemaSql = (schema: string): string =>
  `IF SCHEMA_ID(${quoteString(schema)}) IS NULL EXEC(${quoteString(`CREATE SCHEMA ${quoteIdent(schema)}`)})`;

export const createTableSql = (def: TableShape): string => `CREATE TABLE ${quoteTable(def)} ${tableBody(def, quoteIdent)}`;

export const tableExistsSql = `SELECT COUNT(*) FROM sys.tables WHERE object_id = OBJECT_ID(@table)`;

/** False when the table exists already (a rerun is harmless). */
export async function createTable(conn: Connection, def: TableShape, signal: AbortSignal): Promise<boolean> {
  if ((await queryCount(conn, tableExistsSql, [{ name: 'table', value: quoteTable(def) }])) > 0) return false;
  await run(conn, createSchemaSql(def.schema), { signal });
  await run(conn, createTableSql(def), { signal });
  return true;
}
