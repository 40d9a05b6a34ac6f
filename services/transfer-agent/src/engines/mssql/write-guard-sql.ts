import type { TableRef } from '@cutover/contracts';
import { quoteIdent, quoteString, quoteTable } from './tsql';

/**
 * T-SQL of the single-user write guard (see write-guard.ts). One AFTER INSERT, UPDATE, DELETE
 * trigger per table, named after the table's object id (unique in its schema whatever the table's
 * name). It reads only ROWCOUNT_BIG(), ORIGINAL_LOGIN(), HOST_NAME() and APP_NAME(): no DMV, no
 * permission a writer lacks. The log is granted INSERT to public, so a writer whose login breaks
 * the ownership chain still writes (and is recorded) instead of failing.
 */
export const WRITE_GUARD_LOG: TableRef = { schema: 'cutover', name: 'write_guard_log' };
const LOG = quoteTable(WRITE_GUARD_LOG);
export const GUARD_TRIGGER_PREFIX = 'cutover_guard_';

export const writeGuardLogExistsSql = `SELECT COUNT(*) FROM sys.tables WHERE object_id = OBJECT_ID(N'${LOG}')`;

export const createWriteGuardLogSql = `CREATE TABLE ${LOG} (
  id bigint IDENTITY(1, 1) NOT NULL PRIMARY KEY,
  table_schema nvarchar(128) NOT NULL,
  table_name nvarchar(128) NOT NULL,
  login_name nvarchar(128) NOT NULL,
  operation nvarchar(10) NOT NULL,
  row_count bigint NOT NULL,
  host nvarchar(128) NULL,
  program nvarchar(128) NULL,
  logged_at datetime2(3) NOT NULL DEFAULT SYSUTCDATETIME())`;

export const grantWriteGuardLogSql = `GRANT INSERT ON ${LOG} TO public`;

export const clearWriteGuardLogSql = `TRUNCATE TABLE ${LOG}`;

/** User tables outside Cutover's schema, with their object ids. */
export const guardableTablesSql = `SELECT s.name, t.name, t.object_id FROM sys.tables t
  JOIN sys.schemas s ON s.schema_id = t.schema_id
 WHERE t.is_ms_shipped = 0 AND s.name <> N'cutover'
 ORDER BY s.name, t.name`;

/** Guard triggers in place: their schema and name. */
export const guardTriggersSql = `SELECT s.name, tr.name FROM sys.triggers tr
  JOIN sys.tables t ON t.object_id = tr.parent_id JOIN sys.schemas s ON s.schema_id = t.schema_id
 WHERE LEFT(tr.name, ${GUARD_TRIGGER_PREFIX.length}) = N'${GUARD_TRIGGER_PREFIX}'`;

export const guardTriggerName = (objectId: number): string => `${GUARD_TRIGGER_PREFIX}${objectId}`;

/**
 * CREATE TRIGGER must be alone in its batch and takes no parameters: the table's names and the
 * agent's login are N'' literals. ROWCOUNT_BIG() is read first, before any statement resets it.
 */
export function createGuardTriggerSql(table: TableRef, objectId: number, agentLogin: string): string {
  const trigger = { schema: table.schema, name: guardTriggerName(objectId) };
  return `CREATE TRIGGER ${quoteTable(trigger)} ON ${quoteTable(table)} AFTER INSERT, UPDATE, DELETE AS
BEGIN
  DECLARE @rows bigint = ROWCOUNT_BIG();
  SET NOCOUNT ON;
  IF @rows > 0 AND ORIGINAL_LOGIN() <> ${quoteString(agentLogin)}
    INSERT INTO ${LOG} (table_schema, table_name, login_name, operation, row_count, host, program)
    VALUES (${quoteString(table.schema)}, ${quoteString(table.name)}, ORIGINAL_LOGIN(),
            CASE WHEN NOT EXISTS (SELECT 1 FROM deleted) THEN N'INSERT' WHEN NOT EXISTS (SELECT 1 FROM inserted) THEN N'DELETE' ELSE N'UPDATE' END,
            @rows, HOST_NAME(), APP_NAME());
END`;
}

/** Names come from sys.triggers, so the trigger exists (no DROP … IF EXISTS: that needs SQL Server 2016). */
export const dropGuardTriggerSql = (schema: string, trigger: string): string => `DROP TRIGGER ${quoteIdent(schema)}.${quoteIdent(trigger)}`;

/** Writes per table and login: statements (trigger firings), rows, first and last (no STRING_AGG: SQL Server 2017). */
export const guardedWritesSql = `SELECT table_schema, table_name, login_name, COUNT(*), CONVERT(varchar(20), SUM(row_count)),
       CONVERT(varchar(33), MIN(logged_at), 126), CONVERT(varchar(33), MAX(logged_at), 126)
  FROM ${LOG} GROUP BY table_schema, table_name, login_name ORDER BY table_schema, table_name, login_name`;

export const guardedWriteHostsSql = `SELECT DISTINCT table_schema, table_name, login_name, COALESCE(host, N'?') FROM ${LOG}`;
