import { escapeLiteral, type PoolClient } from 'pg';
import { formatTableRef, type TableRef, tableRef } from '@cutover/contracts';
import {
  EngineInputError,
  type DeltaKeyCount,
  type DeltaScriptRequest,
  type DeltaScriptResult,
  type DisableChangeTrackingResult,
  type EnableChangeTrackingResult,
  type TrackedTable,
  type WatermarkCheckResult,
} from '../engine';
import { columnList, quoteIdent, quoteTable, requireColumns, tableExists } from './sql';

/**
 * Change tracking on PostgreSQL (SQL Server has it built in; PostgreSQL gets the same from a trigger
 * and one log table).
 *
 * - Schema `cutover`, table `cutover.change_log`: one row per changed row and operation, holding the
 *   row's key columns as jsonb, the operation (I, U, D), the writing transaction's top-level id
 *   (`xid8`, pg_current_xact_id()), the login (session_user: the login even under SET ROLE) and the
 *   time. An index on (table_schema, table_name) serves the per-table delta reads.
 * - One function `cutover.log_change()` (SECURITY DEFINER with a fixed search_path, so the
 *   application's logins need no privilege on the log and cannot write it directly; session_user,
 *   which it records, is not changed by SECURITY DEFINER) and, per tracked table, a row-level AFTER INSERT OR UPDATE OR
 *   DELETE trigger named `cutover_change_log` that passes the key column names as trigger arguments.
 *   An UPDATE that changes the key is logged as a D of the old key and an I of the new one.
 * - Watermarks are snapshots (`pg_current_snapshot()::text`), not log ids. A change belongs to the
 *   interval (W1, W2] when its transaction is not visible in W1 and visible in W2. bigserial ids are
 *   assigned when a row is written, not when its transaction commits, so a long transaction that
 *   wrote before W1 was taken and committed after would be lost by `id > max(id at W1)`; snapshot
 *   visibility is exactly "committed before the watermark was taken", whatever the timing.
 * - TRUNCATE is not logged (row triggers do not fire for it): tracked tables must not be truncated.
 * - The trigger's key column names are string literals in CREATE TRIGGER (DDL takes no parameters),
 *   written with pg's escapeLiteral; every identifier goes through quoteIdent.
 */
export const CHANGE_LOG: TableRef = { schema: 'cutover', name: 'change_log' };
export const CHANGE_TRIGGER = 'cutover_change_log';
const LOG = quoteTable(CHANGE_LOG);
const LOG_FUNCTION = `${quoteIdent('cutover')}.${quoteIdent('log_change')}`;

/** Serializes concurrent set-ups (CREATE … IF NOT EXISTS is not safe against a concurrent create). */
const SETUP_LOCK = `SELECT pg_advisory_xact_lock(hashtext('cutover.change_log'))`;

export const CHANGE_LOG_SETUP = [
  `CREATE SCHEMA IF NOT EXISTS ${quoteIdent('cutover')}`,
  `CREATE TABLE IF NOT EXISTS ${LOG} (
     id bigserial PRIMARY KEY,
     table_schema text NOT NULL,
     table_name text NOT NULL,
     key jsonb NOT NULL,
     op char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
     xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
     login text NOT NULL DEFAULT session_user,
     at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  `CREATE INDEX IF NOT EXISTS change_log_table ON ${LOG} (table_schema, table_name)`,
  `CREATE OR REPLACE FUNCTION ${LOG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
  old_key jsonb;
  new_key jsonb;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT jsonb_object_agg(k, to_jsonb(OLD) -> k) INTO old_key FROM unnest(TG_ARGV) AS k;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT jsonb_object_agg(k, to_jsonb(NEW) -> k) INTO new_key FROM unnest(TG_ARGV) AS k;
  END IF;
  IF TG_OP = 'UPDATE' AND old_key = new_key THEN
    INSERT INTO ${LOG} (table_schema, table_name, key, op) VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, new_key, 'U');
  ELSE
    IF old_key IS NOT NULL THEN
      INSERT INTO ${LOG} (table_schema, table_name, key, op) VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, old_key, 'D');
    END IF;
    IF new_key IS NOT NULL THEN
      INSERT INTO ${LOG} (table_schema, table_name, key, op) VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, new_key, 'I');
    END IF;
  END IF;
  RETURN NULL;
END
$fn$`,
];

export function createTriggerSql(table: TableRef, keyColumns: string[]): string {
  const args = keyColumns.map((k) => escapeLiteral(k)).join(', ');
  return `CREATE OR REPLACE TRIGGER ${quoteIdent(CHANGE_TRIGGER)} AFTER INSERT OR UPDATE OR DELETE ON ${quoteTable(table)}
    FOR EACH ROW EXECUTE FUNCTION ${LOG_FUNCTION}(${args})`;
}

/** Name of the temporary table a delta script reads a table's changed keys from: `pg_temp."delta_<table>"`. */
export function deltaTableName(table: TableRef): string {
  const name = `delta_${table.name}`;
  if (Buffer.byteLength(name) > 63) {
    throw new EngineInputError(`the staging table name "${name}" is longer than PostgreSQL's 63 bytes; shorten the table name`);
  }
  return name;
}

/** Nothing deletes from the log: a watermark stays valid while its tables stay tracked. */
const RETENTION = 'until change tracking is disabled (the capture log is not cleaned up)';

export async function checkWatermark(client: PoolClient, tables: TableRef[]): Promise<WatermarkCheckResult> {
  const problems: WatermarkCheckResult['problems'] = [];
  const logged = await changeLogExists(client);
  for (const table of tables) {
    if (!logged || !(await trackedKeys(client, table))) problems.push({ table: tableRef(table), problem: 'not change-tracked' });
  }
  return { valid: problems.length === 0, retention: RETENTION, problems };
}

export const WATERMARK_PATTERN = /^\d{1,20}:\d{1,20}:(\d{1,20}(,\d{1,20})*)?$/;

export async function changeLogExists(client: PoolClient): Promise<boolean> {
  return tableExists(client, CHANGE_LOG);
}

export async function snapshot(client: PoolClient): Promise<string> {
  const { rows } = await client.query<{ w: string }>(`SELECT pg_current_snapshot()::text AS w`);
  return rows[0].w;
}

/** Key columns of the table's change trigger, or null when the table is not tracked. */
async function trackedKeys(client: PoolClient, table: TableRef): Promise<string[] | null> {
  const { rows } = await client.query<{ args: Buffer }>(
    `SELECT t.tgargs AS args FROM pg_trigger t
       JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2 AND t.tgname = $3`,
    [table.schema, table.name, CHANGE_TRIGGER],
  );
  if (rows.length === 0) return null;
  // tgargs: each argument followed by a NUL byte.
  return rows[0].args.toString('utf8').split('\0').slice(0, -1);
}

const sameKeys = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

export async function enableChangeTracking(client: PoolClient, tables: TrackedTable[]): Promise<EnableChangeTrackingResult> {
  const result: EnableChangeTrackingResult['tables'] = [];
  await client.query('BEGIN');
  try {
    await client.query(SETUP_LOCK);
    for (const statement of CHANGE_LOG_SETUP) await client.query(statement);
    for (const { table, keyColumns } of tables) {
      requireColumns(table, keyColumns);
      const existing = await trackedKeys(client, table);
      if (existing && !sameKeys(existing, keyColumns)) {
        throw new EngineInputError(
          `${formatTableRef(table)} is already tracked with key columns ${existing.join(', ')}; disable change tracking first to change them to ${keyColumns.join(', ')}`,
        );
      }
      if (!existing) await client.query(createTriggerSql(table, keyColumns));
      result.push({ table: tableRef(table), keyColumns, enabled: true, alreadyEnabled: existing !== null, mechanism: 'trigger' });
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  // Taken after the commit: every change from here on fires a trigger (CREATE TRIGGER waited for
  // the table's in-flight writers), and every transaction not visible in this snapshot is logged.
  return { watermark: await snapshot(client), retention: RETENTION, tables: result, notes: [] };
}

export async function disableChangeTracking(client: PoolClient, tables: TableRef[]): Promise<DisableChangeTrackingResult> {
  const result: DisableChangeTrackingResult['tables'] = [];
  await client.query('BEGIN');
  try {
    for (const table of tables) {
      const existing = await trackedKeys(client, table);
      if (existing) await client.query(`DROP TRIGGER ${quoteIdent(CHANGE_TRIGGER)} ON ${quoteTable(table)}`);
      result.push({ table: tableRef(table), disabled: true, wasEnabled: existing !== null });
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return { tables: result };
}

/**
 * The delta, inside the caller's transaction: the keys of each table changed in (since, W2],
 * collapsed to one row per key with its last operation (highest log id: writers of one key are
 * serialized by its row lock, so id order is their commit order), into `pg_temp."delta_<table>"`
 * (ON COMMIT DROP; columns = the key columns with the table's types, then `op`).
 */
export async function materializeDelta(
  client: PoolClient,
  request: Pick<DeltaScriptRequest, 'tables' | 'since'>,
  until: string,
): Promise<DeltaKeyCount[]> {
  if (!(await changeLogExists(client))) {
    throw new EngineInputError('change tracking is not enabled in this database: run enable-change-tracking first');
  }
  const counts: DeltaKeyCount[] = [];
  for (const { table, keyColumns } of request.tables) {
    requireColumns(table, keyColumns);
    const keys = await trackedKeys(client, table);
    if (!keys) throw new EngineInputError(`${formatTableRef(table)} is not change-tracked: run enable-change-tracking for it first`);
    if (!sameKeys(keys, keyColumns)) {
      throw new EngineInputError(`${formatTableRef(table)} is tracked with key columns ${keys.join(', ')}, not ${keyColumns.join(', ')}`);
    }
    const staging = `pg_temp.${quoteIdent(deltaTableName(table))}`;
    await client.query(
      `CREATE TEMP TABLE ${quoteIdent(deltaTableName(table))} ON COMMIT DROP AS
         SELECT ${columnList(keyColumns)}, NULL::char(1) AS op FROM ${quoteTable(table)} WITH NO DATA`,
    );
    await client.query(
      `INSERT INTO ${staging}
       SELECT ${keyColumns.map((k) => `r.${quoteIdent(k)}`).join(', ')}, d.op
         FROM (SELECT DISTINCT ON (c.key) c.key, c.op FROM ${LOG} c
                WHERE c.table_schema = $1 AND c.table_name = $2
                  AND NOT pg_visible_in_snapshot(c.xid, $3::pg_snapshot) AND pg_visible_in_snapshot(c.xid, $4::pg_snapshot)
                ORDER BY c.key, c.id DESC) d
        CROSS JOIN LATERAL jsonb_populate_record(NULL::${quoteTable(table)}, d.key) r`,
      [table.schema, table.name, request.since, until],
    );
    await client.query(`ANALYZE ${staging}`);
    const { rows } = await client.query<{ op: string; n: string }>(`SELECT op, count(*) AS n FROM ${staging} GROUP BY op`);
    const n = (op: string) => Number(rows.find((r) => r.op === op)?.n ?? 0);
    counts.push({ table: tableRef(table), stagingTable: staging, inserted: n('I'), updated: n('U'), deleted: n('D') });
  }
  return counts;
}

export function deltaResult(
  since: string,
  watermark: string,
  keys: DeltaKeyCount[],
  script: Omit<DeltaScriptResult, 'watermark' | 'since' | 'noChanges' | 'keys'>,
): DeltaScriptResult {
  const noChanges = keys.every((k) => k.inserted + k.updated + k.deleted === 0);
  return { watermark, since, noChanges, keys, ...script };
}
