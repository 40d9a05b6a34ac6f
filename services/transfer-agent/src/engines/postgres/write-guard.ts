import { escapeLiteral, type Pool, type PoolClient } from 'pg';
import type { TableRef } from '@cutover/contracts';
import type { SingleUserWrite } from '../engine';
import { quoteIdent, quoteTable, tableExists } from './sql';

/**
 * The write guard of single-user mode (seed: "any transaction made after you enter single-user
 * mode will invalidate the data"). At entry every table of the database gets a statement-level
 * trigger that fires only for other logins (`WHEN (session_user <> '<agent login>')`): the
 * agent's own statements, bulk copies included, evaluate one expression per statement and queue
 * nothing. For another login's statement it logs the table, login, operation, client and the
 * transaction's running row counts for that table (pg_stat_get_xact_tuples_*), so the report can
 * give rows, not only statements, without transition tables (which would be built for the agent's
 * own statements too). ENABLE ALWAYS keeps it firing under session_replication_role = replica.
 * Exit drops the triggers; the log stays until the next entry, for the record.
 */
export const GUARD_TRIGGER = 'cutover_write_guard';
const LOG: TableRef = { schema: 'cutover', name: 'write_guard_log' };
const LOG_SQL = quoteTable(LOG);
const GUARD_FUNCTION = `${quoteIdent('cutover')}.${quoteIdent('guard_write')}`;
/** Tables per transaction: each CREATE TRIGGER takes a lock slot until commit. */
const BATCH = 200;

export const WRITE_GUARD_SETUP = [
  `CREATE SCHEMA IF NOT EXISTS ${quoteIdent('cutover')}`,
  `CREATE TABLE IF NOT EXISTS ${LOG_SQL} (
     id bigserial PRIMARY KEY,
     table_schema text NOT NULL,
     table_name text NOT NULL,
     login text NOT NULL,
     op text NOT NULL,
     xid xid8 NOT NULL,
     inserted bigint NOT NULL,
     updated bigint NOT NULL,
     deleted bigint NOT NULL,
     client text,
     application text,
     at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  `CREATE OR REPLACE FUNCTION ${GUARD_FUNCTION}() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
  INSERT INTO ${LOG_SQL} (table_schema, table_name, login, op, xid, inserted, updated, deleted, client, application)
  VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, session_user, TG_OP, pg_current_xact_id(),
          pg_stat_get_xact_tuples_inserted(TG_RELID), pg_stat_get_xact_tuples_updated(TG_RELID),
          pg_stat_get_xact_tuples_deleted(TG_RELID), host(inet_client_addr()), current_setting('application_name', true));
  RETURN NULL;
END
$fn$`,
];

/** Ordinary and partitioned tables outside the system schemas and Cutover's own. */
const GUARDABLE_TABLES_SQL = `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'cutover')
   AND n.nspname NOT LIKE 'pg\\_%'
 ORDER BY 1, 2`;

const GUARDED_TABLES_SQL = `SELECT n.nspname AS schema, c.relname AS name FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE t.tgname = '${GUARD_TRIGGER}' ORDER BY 1, 2`;

export function createGuardTriggerSql(table: TableRef, agentLogin: string): string[] {
  return [
    `CREATE OR REPLACE TRIGGER ${quoteIdent(GUARD_TRIGGER)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${quoteTable(table)}
      FOR EACH STATEMENT WHEN (session_user <> ${escapeLiteral(agentLogin)}) EXECUTE FUNCTION ${GUARD_FUNCTION}()`,
    `ALTER TABLE ${quoteTable(table)} ENABLE ALWAYS TRIGGER ${quoteIdent(GUARD_TRIGGER)}`,
  ];
}

async function inBatches(client: PoolClient, tables: TableRef[], each: (t: TableRef) => string[]): Promise<void> {
  for (let i = 0; i < tables.length; i += BATCH) {
    await client.query('BEGIN');
    try {
      // Single-user mode has ended the other sessions; a lock still held means something is wrong.
      await client.query(`SET LOCAL lock_timeout = '10s'`);
      for (const table of tables.slice(i, i + BATCH)) for (const statement of each(table)) await client.query(statement);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}

/** Installs the guard on every table (the log starts empty); returns how many tables it guards. */
export async function installWriteGuard(client: PoolClient): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('cutover.write_guard'))`);
    for (const statement of WRITE_GUARD_SETUP) await client.query(statement);
    await client.query(`TRUNCATE ${LOG_SQL}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  const { rows: me } = await client.query<{ login: string }>('SELECT session_user AS login');
  const { rows: tables } = await client.query<TableRef>(GUARDABLE_TABLES_SQL);
  await inBatches(client, tables, (t) => createGuardTriggerSql(t, me[0].login));
  return tables.length;
}

/** Drops the guard from every table that has it; returns how many. */
export async function removeWriteGuard(client: PoolClient): Promise<number> {
  const { rows: tables } = await client.query<TableRef>(GUARDED_TABLES_SQL);
  await inBatches(client, tables, (t) => [`DROP TRIGGER IF EXISTS ${quoteIdent(GUARD_TRIGGER)} ON ${quoteTable(t)}`]);
  return tables.length;
}

export async function guardedTableCount(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = '${GUARD_TRIGGER}'`);
  return rows[0].n;
}

/**
 * Writes by other logins since entry, per table and login. The row counts in the log are running
 * totals of the writing transaction, so a transaction's rows are its largest totals.
 */
export async function guardedWrites(pool: Pool): Promise<SingleUserWrite[]> {
  if (!(await tableExists(pool, LOG))) return [];
  const { rows } = await pool.query<{
    schema: string;
    name: string;
    login: string;
    statements: number;
    rows: string;
    truncated: boolean;
    first_at: Date;
    last_at: Date;
    clients: string[];
  }>(
    `WITH per_xact AS (
       SELECT table_schema, table_name, login, xid, count(*) AS statements,
              max(inserted) + max(updated) + max(deleted) AS rows, bool_or(op = 'TRUNCATE') AS truncated,
              min(at) AS first_at, max(at) AS last_at
         FROM ${LOG_SQL} GROUP BY 1, 2, 3, 4),
     clients AS (
       SELECT table_schema, table_name, login, array_agg(DISTINCT coalesce(client, 'local socket')) AS clients
         FROM ${LOG_SQL} GROUP BY 1, 2, 3)
     SELECT p.table_schema AS schema, p.table_name AS name, p.login, sum(p.statements)::int AS statements,
            sum(p.rows)::text AS rows, bool_or(p.truncated) AS truncated, min(p.first_at) AS first_at,
            max(p.last_at) AS last_at, c.clients
       FROM per_xact p JOIN clients c USING (table_schema, table_name, login)
      WHERE p.rows > 0 OR p.truncated
      GROUP BY p.table_schema, p.table_name, p.login, c.clients ORDER BY 1, 2, 3`,
  );
  return rows.map((r) => ({
    table: { schema: r.schema, name: r.name },
    login: r.login,
    statements: r.statements,
    rows: Number(r.rows),
    truncated: r.truncated,
    firstAt: r.first_at.toISOString(),
    lastAt: r.last_at.toISOString(),
    clients: r.clients,
  }));
}
