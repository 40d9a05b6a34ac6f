import { formatTableRef, type TableRef } from '@cutover/contracts';
import { EngineInputError, type KeyRange, type TableDefinition } from '../engine';
import { columnList, columnType, formatType, quoteIdent, quoteTable, rangePredicate, type SqlParam } from './tsql';

/**
 * T-SQL for the engine's administration operations: single-user mode, forced entry, SQL Server
 * Change Tracking, backup and recovery model. Only text generation lives
 * here (unit-tested and parsed); admin.ts runs it (not exercised against a server in CI). Database names cannot be
 * parameters in ALTER DATABASE / BACKUP DATABASE, so they go through quoteIdent; every value that
 * T-SQL accepts as a variable (versions, paths, keys, logins) is a parameter.
 */

/** Admits only sysadmin/db_owner/dbcreator logins; everyone else is rolled back and disconnected now. */
export const restrictDatabaseSql = (database: string): string =>
  `ALTER DATABASE ${quoteIdent(database)} SET RESTRICTED_USER WITH ROLLBACK IMMEDIATE`;

/** KILL takes a literal session id only (no variable), so the id is checked to be a plain integer. */
export function killSessionSql(sessionId: number | string): string {
  const id = Number(sessionId);
  if (!Number.isInteger(id) || id <= 0 || String(sessionId).trim() !== String(id)) {
    throw new EngineInputError(`session id ${JSON.stringify(sessionId)} is not a SQL Server session id`);
  }
  return `KILL ${id}`;
}

/** Changes older than this are cleaned up; a delta from an older watermark would miss them (default 30 days). */
export const DEFAULT_RETENTION_DAYS = 30;

function retention(days: number): string {
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new EngineInputError('retention must be 1..3650 days');
  return `CHANGE_RETENTION = ${days} DAYS`;
}

export function enableDatabaseChangeTrackingSql(database: string, retentionDays = DEFAULT_RETENTION_DAYS): string {
  return `ALTER DATABASE ${quoteIdent(database)} SET CHANGE_TRACKING = ON (${retention(retentionDays)}, AUTO_CLEANUP = ON)`;
}

/** Raises the retention of a database whose Change Tracking is already on. */
export const setRetentionSql = (database: string, retentionDays: number): string =>
  `ALTER DATABASE ${quoteIdent(database)} SET CHANGE_TRACKING (${retention(retentionDays)})`;

export const retentionSql = `SELECT retention_period, retention_period_units_desc FROM sys.change_tracking_databases WHERE database_id = DB_ID()`;

/** Enabling twice fails (error 4996); the caller checks sys.change_tracking_tables first with this query. */
export const tableChangeTrackingEnabledSql = `SELECT COUNT(*) FROM sys.change_tracking_tables WHERE object_id = OBJECT_ID(@table)`;

export const enableTableChangeTrackingSql = (table: TableRef): string =>
  `ALTER TABLE ${quoteTable(table)} ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = OFF)`;

export const disableTableChangeTrackingSql = (table: TableRef): string => `ALTER TABLE ${quoteTable(table)} DISABLE CHANGE_TRACKING`;

export const currentVersionSql = `SELECT CHANGE_TRACKING_CURRENT_VERSION()`;

/** A watermark older than this lost its changes to cleanup: the delta must start over from a full copy. */
export const minValidVersionSql = `SELECT CHANGE_TRACKING_MIN_VALID_VERSION(OBJECT_ID(@table))`;

/**
 * Keys changed since version @since (inserted, updated, deleted), optionally limited to a key range
 * over primary-key columns. CHANGETABLE returns the primary-key columns of the row.
 */
export function changesSinceSql(table: TableDefinition, range: KeyRange | null): { sql: string; params: SqlParam[] } {
  if (!table.primaryKey) throw new EngineInputError(`${formatTableRef(table)} has no primary key: Change Tracking needs one`);
  const keys = table.primaryKey.columns.map((k) => `ct.${quoteIdent(k)}`).join(', ');
  const outside = range?.keyColumns.filter((c) => !table.primaryKey!.columns.includes(c)) ?? [];
  if (outside.length > 0) throw new EngineInputError(`key range column ${outside.join(', ')} is not in the primary key`);
  const where = rangePredicate(table, range, 'ct');
  const sql = `SELECT ${keys}, ct.SYS_CHANGE_OPERATION, ct.SYS_CHANGE_VERSION, ct.SYS_CHANGE_CONTEXT FROM CHANGETABLE(CHANGES ${quoteTable(table)}, @since) AS ct${range ? ` WHERE ${where.sql}` : ''} ORDER BY ct.SYS_CHANGE_VERSION`;
  return { sql, params: where.params };
}

/** COPY_ONLY: does not reset the differential base or break the customer's backup chain. The path is a parameter. */
export const backupCopyOnlySql = (database: string): string =>
  `BACKUP DATABASE ${quoteIdent(database)} TO DISK = @path WITH COPY_ONLY, INIT, CHECKSUM, DESCRIPTION = @description, STATS = 10`;

// ── Statements the engine's admin operations run besides the ones above ──

/**
 * CREATE SCHEMA must be alone in its batch: EXEC gives it one. Owned by dbo, like the business
 * tables, so a trigger on them writes Cutover's logs through an unbroken ownership chain.
 */
export const createCutoverSchemaSql = `IF SCHEMA_ID(N'cutover') IS NULL EXEC(N'CREATE SCHEMA ${quoteIdent('cutover')} AUTHORIZATION ${quoteIdent('dbo')}')`;

/** Tables with Change Tracking on, as schema and name. */
export const trackedTablesSql = `SELECT s.name, t.name FROM sys.change_tracking_tables ct
  JOIN sys.tables t ON t.object_id = ct.object_id JOIN sys.schemas s ON s.schema_id = t.schema_id
 ORDER BY s.name, t.name`;

/** The temporary table a delta script reads a table's changed keys from: `#delta_<table>`, key columns + op. */
export function deltaTableName(table: TableRef): string {
  const name = `#delta_${table.name}`;
  // Temporary table names are limited to 116 characters (SQL Server appends a suffix up to 128).
  if (name.length > 116) throw new EngineInputError(`the staging table name ${name} is longer than SQL Server's 116 characters`);
  return name;
}

const CHARACTER_TYPES = new Set(['char', 'varchar', 'nchar', 'nvarchar', 'text', 'ntext']);

/**
 * A #temp table lives in tempdb and takes tempdb's collation by default: when the AX database's
 * collation differs, joining `#delta_<table>` to the table fails with Msg 468. Character key
 * columns are declared `COLLATE DATABASE_DEFAULT` (the collation of the database the connection
 * is in, the AX database), so the join compares like with like.
 */
function deltaKeyColumn(table: TableDefinition, column: string): string {
  const type = columnType(table, column);
  return `${quoteIdent(column)} ${formatType(type)}${CHARACTER_TYPES.has(type.name) ? ' COLLATE DATABASE_DEFAULT' : ''}`;
}

export function createDeltaTableSql(table: TableDefinition, keyColumns: string[]): string {
  const keys = keyColumns.map((k) => deltaKeyColumn(table, k));
  return `CREATE TABLE ${quoteIdent(deltaTableName(table))} (${keys.join(', ')}, op nchar(1) NOT NULL)`;
}

/**
 * Fills `#delta_<table>` with the keys changed after @since. CHANGETABLE(CHANGES …) already
 * returns one row per key with its net operation. It runs inside the delta read's SNAPSHOT
 * transaction (delta-read-sql.ts), which also took the new watermark: the snapshot sees exactly
 * the changes committed up to it, so no `SYS_CHANGE_VERSION <= @until` filter is needed (that
 * filter skipped a key inserted before the watermark and updated after it, which the next delta
 * then reported as U instead of I). The version arrives as text and is converted once.
 */
export function insertDeltaSql(table: TableDefinition): string {
  if (!table.primaryKey) throw new EngineInputError(`${formatTableRef(table)} has no primary key: Change Tracking needs one`);
  const keys = table.primaryKey.columns;
  return `DECLARE @sinceVersion bigint = CAST(@since AS bigint);
INSERT INTO ${quoteIdent(deltaTableName(table))} (${columnList(keys)}, op)
SELECT ${keys.map((k) => `ct.${quoteIdent(k)}`).join(', ')}, ct.SYS_CHANGE_OPERATION
  FROM CHANGETABLE(CHANGES ${quoteTable(table)}, @sinceVersion) AS ct`;
}

export const deltaCountsSql = (table: TableRef): string => `SELECT op, COUNT(*) FROM ${quoteIdent(deltaTableName(table))} GROUP BY op`;

export const dropDeltaTableSql = (table: TableRef): string => `DROP TABLE ${quoteIdent(deltaTableName(table))}`;

/** Size of the newest full backup of @database (msdb keeps the history). */
export const backupSizeSql = `SELECT TOP (1) CONVERT(varchar(20), CONVERT(bigint, backup_size)) FROM msdb.dbo.backupset
 WHERE database_name = @database AND type = 'D' ORDER BY backup_finish_date DESC`;

/** 1 while the database is RESTRICTED_USER (single-user mode as the agent enters it). */
export const singleUserActiveSql = `SELECT CASE WHEN user_access_desc = N'RESTRICTED_USER' THEN 1 ELSE 0 END FROM sys.databases WHERE database_id = DB_ID()`;
