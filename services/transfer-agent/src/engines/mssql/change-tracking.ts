import type { Connection } from 'tedious';
import { formatTableRef, tableRef, type TableRef } from '@cutover/contracts';
import {
  EngineInputError,
  type DisableChangeTrackingResult,
  type EnableChangeTrackingResult,
  type OperationContext,
  type TrackedTable,
  type WatermarkCheckResult,
} from '../engine';
import { requireRowKey } from '../copy-key';
import * as sql from './admin-sql';
import * as capture from './capture-sql';
import { query, queryCount, run } from './connection';
import { quoteTable } from './tsql';
import { DEFAULT_DDL_LOCK_POLICY, retryOnLockTimeout, withLockTimeout, type DdlLockPolicy } from './ddl-lock';
import * as read from './delta-read-sql';
import { currentDatabaseSql } from './session-sql';

/**
 * Change tracking on SQL Server. A table whose key columns are its primary key gets SQL Server
 * Change Tracking; any other (AX 2009's tables without a primary key, keyed by a unique index)
 * gets trigger capture (capture-sql.ts), whose versions are Change Tracking versions too. Either
 * way a delta script reads `#delta_<table>` (key columns + op) and watermarks are versions.
 */
export type CaptureMechanism = 'change-tracking' | 'trigger';

const samePrimaryKey = ({ table, keyColumns }: TrackedTable) => {
  const pk = table.primaryKey?.columns ?? [];
  return pk.length > 0 && pk.length === keyColumns.length && pk.every((c, i) => c === keyColumns[i]);
};

export function mechanismFor(tracked: TrackedTable): CaptureMechanism {
  if (samePrimaryKey(tracked)) return 'change-tracking';
  requireRowKey(tracked.table, tracked.keyColumns);
  return 'trigger';
}

export async function objectId(conn: Connection, table: TableRef): Promise<number> {
  const [[id]] = await query<[number | null]>(conn, capture.objectIdSql, [{ name: 'table', value: quoteTable(table) }]);
  if (id === null) throw new EngineInputError(`${formatTableRef(table)} does not exist`);
  return id;
}

/** Key columns of the table's capture table, or null when it has none (not trigger-captured). */
export async function capturedKeys(conn: Connection, id: number): Promise<string[] | null> {
  const rows = await query<[string]>(conn, capture.captureKeyColumnsSql, [
    { name: 'capture', value: quoteTable(capture.captureTable(id)) },
  ]);
  return rows.length > 0 ? rows.map((r) => r[0]) : null;
}

const isTracked = async (conn: Connection, table: TableRef) =>
  (await queryCount(conn, sql.tableChangeTrackingEnabledSql, [{ name: 'table', value: quoteTable(table) }])) > 0;

export async function currentVersion(conn: Connection): Promise<string | null> {
  const [[version]] = await query<[string | number | null]>(conn, sql.currentVersionSql);
  return version === null ? null : String(version);
}

async function enableTrigger(conn: Connection, { table, keyColumns }: TrackedTable, signal: AbortSignal): Promise<boolean> {
  const id = await objectId(conn, table);
  const existing = await capturedKeys(conn, id);
  if (existing && existing.join('\u0000') !== keyColumns.join('\u0000')) {
    throw new EngineInputError(
      `${formatTableRef(table)} is already captured with key columns ${existing.join(', ')}; disable change tracking first to change them`,
    );
  }
  if (!existing) {
    await run(conn, capture.createCaptureTableSql(table, keyColumns, id), { signal });
    await run(conn, capture.trackCaptureTableSql(id), { signal });
    await run(conn, capture.grantCaptureTableSql(id), { signal });
  }
  const trigger = quoteTable({ schema: table.schema, name: capture.captureTriggerName(id) });
  const hasTrigger = (await queryCount(conn, capture.captureTriggerExistsSql, [{ name: 'trigger', value: trigger }])) > 0;
  if (!hasTrigger) await run(conn, capture.createCaptureTriggerSql(table, keyColumns, id), { signal });
  return existing !== null && hasTrigger;
}

const MINUTES: Record<string, number> = { MINUTES: 1, HOURS: 60, DAYS: 1440 };

/** The database's Change Tracking retention: in words, and in minutes (null when tracking is off). */
export async function retention(conn: Connection): Promise<{ text: string; minutes: number } | null> {
  const rows = await query<[number, string]>(conn, sql.retentionSql);
  if (rows.length === 0) return null;
  const [period, units] = rows[0];
  return { text: `for ${period} ${units}`, minutes: period * (MINUTES[units] ?? 1) };
}

/** Turns Change Tracking on with `retentionDays`, or raises a shorter retention to it (never lowers one). */
async function ensureRetention(conn: Connection, retentionDays: number | undefined, signal: AbortSignal): Promise<string> {
  const [[db]] = await query<[string]>(conn, currentDatabaseSql);
  const current = await retention(conn);
  if (!current) await run(conn, sql.enableDatabaseChangeTrackingSql(db, retentionDays), { signal });
  else if (retentionDays !== undefined && current.minutes < retentionDays * 1440)
    await run(conn, sql.setRetentionSql(db, retentionDays), { signal });
  return (await retention(conn))!.text;
}

/** Turns ALLOW_SNAPSHOT_ISOLATION on (the delta read needs it); a note when this call changed it. */
async function ensureSnapshotIsolation(conn: Connection, signal: AbortSignal): Promise<string[]> {
  const [[state, rcsi]] = await query<[number, boolean]>(conn, read.snapshotIsolationStateSql);
  if (state === 1 || state === 3) return [];
  const [[db]] = await query<[string]>(conn, currentDatabaseSql);
  await run(conn, read.allowSnapshotIsolationSql(db), { signal });
  return [
    `ALLOW_SNAPSHOT_ISOLATION turned ON for ${db} so that delta reads are consistent: updates and deletes now keep row versions in tempdb${rcsi ? ' (READ_COMMITTED_SNAPSHOT was already on, so they did before)' : ''}; watch tempdb's version store`,
  ];
}

/** Tracks one table; null when done, else why its schema lock could not be had (reported, not thrown). */
async function enableOne(conn: Connection, tracked: TrackedTable, mechanism: CaptureMechanism, lock: DdlLockPolicy, signal: AbortSignal) {
  let already = false;
  const problem = await retryOnLockTimeout(lock, signal, async () => {
    if (mechanism === 'trigger') already = await enableTrigger(conn, tracked, signal);
    else {
      already = await isTracked(conn, tracked.table);
      if (!already) await run(conn, sql.enableTableChangeTrackingSql(tracked.table), { signal });
    }
  });
  return { problem, already };
}

/**
 * Tables one at a time, each schema change with a short lock timeout and retries (ddl-lock.ts):
 * a table whose Sch-M lock cannot be had is reported (`enabled: false`) instead of queueing every
 * production reader behind the agent.
 */
export async function enableChangeTracking(
  conn: Connection,
  tables: TrackedTable[],
  retentionDays: number | undefined,
  ctx: OperationContext,
  lock: DdlLockPolicy = DEFAULT_DDL_LOCK_POLICY,
): Promise<EnableChangeTrackingResult> {
  const mechanisms = tables.map(mechanismFor);
  const signal = ctx.signal;
  const kept = await ensureRetention(conn, retentionDays, signal);
  const notes = await ensureSnapshotIsolation(conn, signal);
  if (mechanisms.includes('trigger')) await run(conn, sql.createCutoverSchemaSql, { signal });
  const result: EnableChangeTrackingResult['tables'] = [];
  await withLockTimeout(conn, lock, async () => {
    for (const [i, tracked] of tables.entries()) {
      const { problem, already } = await enableOne(conn, tracked, mechanisms[i], lock, signal);
      result.push({
        table: tableRef(tracked.table),
        keyColumns: tracked.keyColumns,
        enabled: problem === null,
        alreadyEnabled: already,
        mechanism: mechanisms[i],
        ...(problem ? { problem } : {}),
      });
    }
  });
  return { watermark: (await currentVersion(conn)) ?? '0', retention: kept, tables: result, notes };
}

export async function disableChangeTracking(
  conn: Connection,
  tables: TableRef[],
  ctx: OperationContext,
): Promise<DisableChangeTrackingResult> {
  const signal = ctx.signal;
  const result: DisableChangeTrackingResult['tables'] = [];
  for (const table of tables) {
    const tracked = await isTracked(conn, table);
    if (tracked) await run(conn, sql.disableTableChangeTrackingSql(table), { signal });
    const id = await objectId(conn, table);
    const trigger = quoteTable({ schema: table.schema, name: capture.captureTriggerName(id) });
    if ((await queryCount(conn, capture.captureTriggerExistsSql, [{ name: 'trigger', value: trigger }])) > 0)
      await run(conn, capture.dropCaptureTriggerSql(table, id), { signal });
    const captured = (await capturedKeys(conn, id)) !== null;
    if (captured) await run(conn, capture.dropCaptureTableSql(id), { signal });
    result.push({ table: tableRef(table), disabled: true, wasEnabled: tracked || captured });
  }
  return { tables: result };
}

/** Why changes to `table` after `since` are not all held (not tracked, or cleaned up), or null when they are. */
export async function sinceProblem(conn: Connection, table: TableRef, since: string, captureId: number | null): Promise<string | null> {
  const source = captureId !== null ? capture.captureTable(captureId) : table;
  const [[minValid]] = await query<[string | number | null]>(conn, sql.minValidVersionSql, [{ name: 'table', value: quoteTable(source) }]);
  if (minValid === null) return 'not change-tracked: run enable-change-tracking for it first';
  if (BigInt(since) < BigInt(minValid)) return `changes since version ${since} were already cleaned up (oldest kept: ${minValid})`;
  return null;
}

export async function checkWatermark(conn: Connection, since: string, tables: TableRef[]): Promise<WatermarkCheckResult> {
  const problems: WatermarkCheckResult['problems'] = [];
  for (const table of tables) {
    const [[id]] = await query<[number | null]>(conn, capture.objectIdSql, [{ name: 'table', value: quoteTable(table) }]);
    const captured = id !== null && (await capturedKeys(conn, id)) !== null;
    const problem = id === null ? 'does not exist' : await sinceProblem(conn, table, since, captured ? id : null);
    if (problem) problems.push({ table: tableRef(table), problem });
  }
  return { valid: problems.length === 0, retention: (await retention(conn))?.text ?? 'for no time (change tracking is off)', problems };
}
