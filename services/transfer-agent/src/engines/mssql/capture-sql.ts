import { formatTableRef, type TableRef } from '@cutover/contracts';
import { EngineInputError, type TableDefinition } from '../engine';
import { columnList, columnType, formatType, quoteIdent, quoteTable } from './tsql';

/**
 * Trigger-based change capture for tables SQL Server Change Tracking cannot track (it needs a
 * primary key; most AX 2009 tables have only a unique index on (DATAAREAID, RECID)).
 *
 * - Per table, a capture table `cutover.capture_<object_id>`: an IDENTITY id, the key columns typed
 *   as the table, and the operation. Change Tracking is on for the capture table itself, so each
 *   captured row gets its transaction's commit version, in the same domain as every other
 *   watermark of the database: a delta reads CHANGETABLE(CHANGES capture) like any tracked table.
 * - An AFTER INSERT, UPDATE, DELETE trigger on the table inserts the keys: I from inserted, D from
 *   deleted, U where the key is in both; an UPDATE that changes a key is a D of the old key and an
 *   I of the new. It reads nothing a writer may lack (no DMV, no function needing a permission);
 *   the capture table is owned by dbo like the table (ownership chain) and granted INSERT to public.
 * - The key columns are NOT NULL (a unique index over NOT NULL columns), so `=` matches keys.
 */
export const captureTable = (objectId: number): TableRef => ({ schema: 'cutover', name: `capture_${objectId}` });
export const captureTriggerName = (objectId: number): string => `cutover_capture_${objectId}`;

export const objectIdSql = `SELECT OBJECT_ID(@table)`;

/** Key columns of a capture table, in order (every column but the id and the operation). */
export const captureKeyColumnsSql = `SELECT name FROM sys.columns WHERE object_id = OBJECT_ID(@capture)
   AND name NOT IN (N'capture_id', N'capture_op') ORDER BY column_id`;

function keyDefinitions(table: TableDefinition, keyColumns: string[]): string {
  return keyColumns.map((k) => `${quoteIdent(k)} ${formatType(columnType(table, k))} NOT NULL`).join(', ');
}

export function createCaptureTableSql(table: TableDefinition, keyColumns: string[], objectId: number): string {
  const capture = captureTable(objectId);
  return `CREATE TABLE ${quoteTable(capture)} (capture_id bigint IDENTITY(1, 1) NOT NULL CONSTRAINT ${quoteIdent(`PK_${capture.name}`)} PRIMARY KEY, ${keyDefinitions(table, keyColumns)}, capture_op nchar(1) NOT NULL)`;
}

export const trackCaptureTableSql = (objectId: number): string =>
  `ALTER TABLE ${quoteTable(captureTable(objectId))} ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = OFF)`;

export const grantCaptureTableSql = (objectId: number): string => `GRANT INSERT ON ${quoteTable(captureTable(objectId))} TO public`;

const matches = (keys: string[], a: string, b: string) => keys.map((k) => `${a}.${quoteIdent(k)} = ${b}.${quoteIdent(k)}`).join(' AND ');

/** CREATE TRIGGER must be alone in its batch and takes no parameters; every name is quoted. */
export function createCaptureTriggerSql(table: TableRef, keyColumns: string[], objectId: number): string {
  if (keyColumns.length === 0) throw new EngineInputError(`${formatTableRef(table)}: trigger capture needs key columns`);
  const trigger = { schema: table.schema, name: captureTriggerName(objectId) };
  const into = `INSERT INTO ${quoteTable(captureTable(objectId))} (${columnList(keyColumns)}, capture_op)`;
  const keysOf = (alias: string) => keyColumns.map((k) => `${alias}.${quoteIdent(k)}`).join(', ');
  return `CREATE TRIGGER ${quoteTable(trigger)} ON ${quoteTable(table)} AFTER INSERT, UPDATE, DELETE AS
BEGIN
  SET NOCOUNT ON;
  IF NOT EXISTS (SELECT 1 FROM deleted)
    ${into} SELECT ${keysOf('i')}, N'I' FROM inserted AS i;
  ELSE IF NOT EXISTS (SELECT 1 FROM inserted)
    ${into} SELECT ${keysOf('d')}, N'D' FROM deleted AS d;
  ELSE
  BEGIN
    ${into} SELECT ${keysOf('d')}, N'D' FROM deleted AS d WHERE NOT EXISTS (SELECT 1 FROM inserted AS i WHERE ${matches(keyColumns, 'i', 'd')});
    ${into} SELECT ${keysOf('i')}, CASE WHEN EXISTS (SELECT 1 FROM deleted AS d WHERE ${matches(keyColumns, 'd', 'i')}) THEN N'U' ELSE N'I' END FROM inserted AS i;
  END
END`;
}

export const captureTriggerExistsSql = `SELECT COUNT(*) FROM sys.triggers WHERE object_id = OBJECT_ID(@trigger)`;

export const dropCaptureTriggerSql = (table: TableRef, objectId: number): string =>
  `DROP TRIGGER ${quoteTable({ schema: table.schema, name: captureTriggerName(objectId) })}`;

export const dropCaptureTableSql = (objectId: number): string => `DROP TABLE ${quoteTable(captureTable(objectId))}`;

/**
 * Fills `#delta_<table>` from the capture table: the rows committed after @since, one per key with
 * its last operation (commit version, then capture order within a transaction). Runs in the delta
 * read's SNAPSHOT transaction, so CHANGETABLE and the capture table are read at the same point as
 * the watermark (no upper bound needed; see insertDeltaSql).
 */
export function insertCapturedDeltaSql(deltaTable: string, keyColumns: string[], objectId: number): string {
  const capture = quoteTable(captureTable(objectId));
  const keys = columnList(keyColumns);
  const cKeys = keyColumns.map((k) => `c.${quoteIdent(k)}`).join(', ');
  return `DECLARE @sinceVersion bigint = CAST(@since AS bigint);
INSERT INTO ${quoteIdent(deltaTable)} (${keys}, op)
SELECT ${keys}, capture_op FROM (
  SELECT ${cKeys}, c.capture_op,
         ROW_NUMBER() OVER (PARTITION BY ${cKeys} ORDER BY ct.SYS_CHANGE_VERSION DESC, c.capture_id DESC) AS capture_rank
    FROM CHANGETABLE(CHANGES ${capture}, @sinceVersion) AS ct
    JOIN ${capture} AS c ON c.capture_id = ct.capture_id) AS last_change
 WHERE capture_rank = 1`;
}
