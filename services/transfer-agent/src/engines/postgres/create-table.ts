import type { PoolClient } from 'pg';
import { tableBody, type TableShape } from '../create-table';
import { quoteIdent, quoteTable, tableExists } from './sql';

/** CREATE TABLE for a table missing here (a shadow table a state transfer brings). */
export function createTableSql(def: TableShape): string[] {
  return [`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(def.schema)}`, `CREATE TABLE ${quoteTable(def)} ${tableBody(def, quoteIdent)}`];
}

/** False when the table exists already (a rerun is harmless). */
export async function createTable(client: PoolClient, def: TableShape): Promise<boolean> {
  if (await tableExists(client, def)) return false;
  await client.query('BEGIN');
  try {
    for (const statement of createTableSql(def)) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return true;
}
