import type { Connection } from 'tedious';
import { formatTableRef, tableRef } from '@cutover/contracts';
import {
  EngineInputError,
  type DeltaKeyCount,
  type DeltaScriptRequest,
  type DeltaScriptResult,
  type OperationContext,
  type TrackedTable,
} from '../engine';
import * as sql from './admin-sql';
import * as capture from './capture-sql';
import { capturedKeys, currentVersion, mechanismFor, objectId, retention, sinceProblem } from './change-tracking';
import { query, run, transaction } from './connection';
import * as read from './delta-read-sql';
import { executeScript } from './scripts';
import { rollbackOpenTransactionSql } from './session-sql';

/**
 * A delta on SQL Server, in three steps on one connection:
 * 1. outside any transaction: the metadata (which table is trigger-captured, with which keys) and
 *    the `#delta_<table>` staging tables — metadata is not versioned, so reading it inside a
 *    SNAPSHOT transaction could fail (3961) when someone alters a table meanwhile;
 * 2. one SNAPSHOT transaction: the new watermark, each table's CHANGE_TRACKING_MIN_VALID_VERSION
 *    check and its CHANGETABLE read into `#delta_<table>` (Microsoft's consistent-read pattern);
 * 3. one READ COMMITTED transaction: the script, then the staging tables are dropped. Under
 *    SNAPSHOT the script's writes to live rows would fail with update conflicts (3960).
 * A failure anywhere closes the connection (the pool never reuses one that failed), which drops
 * the staging tables and rolls back, so the caller advances to the new watermark only on success.
 */

/** Refuses, naming the fix, when the database does not allow SNAPSHOT transactions. */
export async function requireSnapshotIsolation(conn: Connection): Promise<void> {
  const [[state]] = await query<[number, boolean]>(conn, read.snapshotIsolationStateSql);
  if (state === 1) return;
  throw new EngineInputError(
    `the database does not allow snapshot isolation (ALLOW_SNAPSHOT_ISOLATION is ${state === 3 ? 'turning on, waiting for older transactions' : 'OFF'}): ` +
      'a consistent delta read needs it; run enable-change-tracking (it turns the option on) or ALTER DATABASE … SET ALLOW_SNAPSHOT_ISOLATION ON',
  );
}

/** The capture table's object id for a trigger-captured table (checked to hold `keyColumns`), null for Change Tracking. */
async function captureSource(conn: Connection, tracked: TrackedTable): Promise<number | null> {
  const { table, keyColumns } = tracked;
  if (mechanismFor(tracked) !== 'trigger') return null;
  const id = await objectId(conn, table);
  const keys = await capturedKeys(conn, id);
  if (!keys) throw new EngineInputError(`${formatTableRef(table)} is not change-tracked: run enable-change-tracking for it first`);
  if (keys.join('\u0000') !== keyColumns.join('\u0000'))
    throw new EngineInputError(`${formatTableRef(table)} is captured with key columns ${keys.join(', ')}, not ${keyColumns.join(', ')}`);
  return id;
}

/** Step 2: the watermark, the validity checks and every table's changed keys, in one SNAPSHOT transaction. */
async function readChanges(conn: Connection, tables: TrackedTable[], ids: (number | null)[], since: string, signal: AbortSignal) {
  await transaction(conn, 'begin', 'snapshot');
  const until = await currentVersion(conn);
  if (until === null) throw new EngineInputError('change tracking is not enabled in this database: run enable-change-tracking first');
  for (const [i, { table, keyColumns }] of tables.entries()) {
    const problem = await sinceProblem(conn, table, since, ids[i]);
    if (problem) {
      const kept = (await retention(conn))?.text ?? 'for no time';
      throw new EngineInputError(
        `${formatTableRef(table)}: ${problem}; the database keeps changes ${kept}. Start again from live preprocessing`,
      );
    }
    const id = ids[i];
    const text = id === null ? sql.insertDeltaSql(table) : capture.insertCapturedDeltaSql(sql.deltaTableName(table), keyColumns, id);
    await run(conn, text, { signal, params: [{ name: 'since', value: since }] });
  }
  await transaction(conn, 'commit');
  await run(conn, read.readCommittedIsolationLevelSql, { signal });
  return until;
}

async function counts(conn: Connection, { table }: TrackedTable): Promise<DeltaKeyCount> {
  const rows = await query<[string, number]>(conn, sql.deltaCountsSql(table));
  const n = (op: string) => Number(rows.find((r) => r[0] === op)?.[1] ?? 0);
  return { table: tableRef(table), stagingTable: sql.deltaTableName(table), inserted: n('I'), updated: n('U'), deleted: n('D') };
}

export async function runDeltaScript(conn: Connection, request: DeltaScriptRequest, ctx: OperationContext): Promise<DeltaScriptResult> {
  request.tables.forEach(mechanismFor);
  const signal = ctx.signal;
  await requireSnapshotIsolation(conn);
  const ids: (number | null)[] = [];
  for (const tracked of request.tables) {
    ids.push(await captureSource(conn, tracked));
    // Created by a plain batch so the #table belongs to the connection, not to one sp_executesql call.
    await run(conn, sql.createDeltaTableSql(tracked.table, tracked.keyColumns), { signal });
  }
  try {
    const until = await readChanges(conn, request.tables, ids, request.since, signal);
    const keys: DeltaKeyCount[] = [];
    for (const tracked of request.tables) keys.push(await counts(conn, tracked));
    await transaction(conn, 'begin');
    const script = await executeScript(conn, { ...request.script, transaction: false }, ctx);
    for (const { table } of request.tables) await run(conn, sql.dropDeltaTableSql(table), { signal });
    await transaction(conn, 'commit');
    const noChanges = keys.every((k) => k.inserted + k.updated + k.deleted === 0);
    return { watermark: until, since: request.since, noChanges, keys, ...script };
  } catch (error) {
    await run(conn, rollbackOpenTransactionSql).catch(() => undefined);
    throw error;
  }
}
