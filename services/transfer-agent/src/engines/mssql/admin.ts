import type { Connection } from 'tedious';
import { formatTableRef, type TableRef, tableRef, tableKey } from '@cutover/contracts';
import {
  EngineInputError,
  type ChangesByLoginResult,
  type DeltaKeyCount,
  type DeltaScriptRequest,
  type DeltaScriptResult,
  type DisableChangeTrackingResult,
  type EnableChangeTrackingResult,
  type EnterSingleUserResult,
  type ExitSingleUserResult,
  type OperationContext,
  type RecoveryModelResult,
  type SessionInfo,
  type TableDefinition,
  type TrackedTable,
} from '../engine';
import * as sql from './admin-sql';
import { query, run, transaction } from './connection';
import { executeScript } from './scripts';
import { quoteIdent, quoteTable, type SqlParam } from './tsql';

/**
 * The administration operations on SQL Server, from the statements in admin-sql.ts. Change
 * tracking is SQL Server Change Tracking (database + table) plus the login trigger of admin-sql.ts;
 * watermarks are Change Tracking versions. Single-user mode is RESTRICTED_USER (the agent's login
 * must be sysadmin, dbcreator or db_owner) with KILL for forced entry.
 */

const count = async (conn: Connection, text: string, params: SqlParam[] = []) =>
  Number((await query<[number]>(conn, text, params))[0]?.[0] ?? 0);

async function database(conn: Connection): Promise<string> {
  return (await query<[string]>(conn, 'SELECT DB_NAME()'))[0][0];
}

function requirePrimaryKeyColumns({ table, keyColumns }: TrackedTable): void {
  const pk = table.primaryKey?.columns ?? [];
  if (pk.length === 0 || pk.join('\u0000') !== keyColumns.join('\u0000')) {
    throw new EngineInputError(
      `${formatTableRef(table)}: SQL Server Change Tracking tracks the primary key${pk.length ? ` (${pk.join(', ')})` : ', and the table has none'}; keyColumns must be exactly that`,
    );
  }
}

export async function currentVersion(conn: Connection): Promise<string | null> {
  const [[version]] = await query<[string | number | null]>(conn, sql.currentVersionSql);
  return version === null ? null : String(version);
}

export async function enableChangeTracking(
  conn: Connection,
  tables: TrackedTable[],
  ctx: OperationContext,
): Promise<EnableChangeTrackingResult> {
  tables.forEach(requirePrimaryKeyColumns);
  const signal = ctx.signal;
  if ((await count(conn, sql.databaseChangeTrackingEnabledSql)) === 0) {
    await run(conn, sql.enableDatabaseChangeTrackingSql(await database(conn)), { signal });
  }
  await run(conn, sql.createCutoverSchemaSql, { signal });
  if ((await count(conn, sql.changeLoginTableExistsSql)) === 0) await run(conn, sql.createChangeLoginTableSql, { signal });
  const result: EnableChangeTrackingResult['tables'] = [];
  for (const { table, keyColumns } of tables) {
    const tracked = (await count(conn, sql.tableChangeTrackingEnabledSql, [{ name: 'table', value: quoteTable(table) }])) > 0;
    if (!tracked) await run(conn, sql.enableTableChangeTrackingSql(table), { signal });
    const trigger = (await count(conn, sql.triggerExistsSql, [{ name: 'trigger', value: sql.quotedTriggerName(table) }])) > 0;
    if (!trigger) await run(conn, sql.createChangeLoginTriggerSql(table), { signal });
    result.push({ table: tableRef(table), keyColumns, enabled: true, alreadyEnabled: tracked && trigger });
  }
  return { watermark: (await currentVersion(conn)) ?? '0', tables: result };
}

export async function disableChangeTracking(
  conn: Connection,
  tables: TableRef[],
  ctx: OperationContext,
): Promise<DisableChangeTrackingResult> {
  const result: DisableChangeTrackingResult['tables'] = [];
  for (const table of tables) {
    const tracked = (await count(conn, sql.tableChangeTrackingEnabledSql, [{ name: 'table', value: quoteTable(table) }])) > 0;
    if (tracked) await run(conn, sql.disableTableChangeTrackingSql(table), { signal: ctx.signal });
    await run(conn, sql.dropChangeLoginTriggerSql(table), { signal: ctx.signal });
    result.push({ table: tableRef(table), disabled: true, wasEnabled: tracked });
  }
  return { tables: result };
}

export async function runDeltaScript(conn: Connection, request: DeltaScriptRequest, ctx: OperationContext): Promise<DeltaScriptResult> {
  request.tables.forEach(requirePrimaryKeyColumns);
  const signal = ctx.signal;
  await transaction(conn, 'begin');
  try {
    const until = await currentVersion(conn);
    if (until === null) throw new EngineInputError('change tracking is not enabled in this database: run enable-change-tracking first');
    const keys: DeltaKeyCount[] = [];
    for (const { table } of request.tables) {
      const [[minValid]] = await query<[string | number | null]>(conn, sql.minValidVersionSql, [
        { name: 'table', value: quoteTable(table) },
      ]);
      if (minValid === null)
        throw new EngineInputError(`${formatTableRef(table)} is not change-tracked: run enable-change-tracking for it first`);
      if (BigInt(request.since) < BigInt(minValid)) {
        throw new EngineInputError(
          `${formatTableRef(table)}: changes since version ${request.since} were already cleaned up (oldest kept: ${minValid}); start again from a full copy`,
        );
      }
      // Created by a plain batch so the #table belongs to the connection, not to one sp_executesql call.
      await run(conn, sql.createDeltaTableSql(table), { signal });
      await run(conn, sql.insertDeltaSql(table), {
        signal,
        params: [
          { name: 'since', value: request.since },
          { name: 'until', value: until },
        ],
      });
      const rows = await query<[string, number]>(conn, sql.deltaCountsSql(table));
      const n = (op: string) => Number(rows.find((r) => r[0] === op)?.[1] ?? 0);
      keys.push({
        table: tableRef(table),
        stagingTable: sql.deltaTableName(table),
        inserted: n('I'),
        updated: n('U'),
        deleted: n('D'),
      });
    }
    const script = await executeScript(conn, { ...request.script, transaction: false }, ctx);
    for (const { table } of request.tables) await run(conn, `DROP TABLE ${quoteIdent(sql.deltaTableName(table))}`, { signal });
    await transaction(conn, 'commit');
    const noChanges = keys.every((k) => k.inserted + k.updated + k.deleted === 0);
    return { watermark: until, since: request.since, noChanges, keys, ...script };
  } catch (error) {
    await run(conn, 'IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION').catch(() => undefined);
    throw error;
  }
}

export async function changesByLogin(
  conn: Connection,
  since: string,
  excludeLogin: string,
  describe: (ref: TableRef) => Promise<TableDefinition | undefined>,
): Promise<ChangesByLoginResult> {
  const until = await currentVersion(conn);
  if (until === null) throw new EngineInputError('change tracking is not enabled in this database: run enable-change-tracking first');
  const changes: ChangesByLoginResult['changes'] = [];
  for (const [schema, name] of await query<[string, string]>(conn, sql.trackedTablesSql)) {
    const table = await describe({ schema, name });
    if (!table) continue;
    const rows = await query<[string, string]>(conn, sql.changesByOtherLoginsSql(table), [
      { name: 'since', value: since },
      { name: 'tableName', value: tableKey({ schema, name }) },
      { name: 'admin', value: excludeLogin },
    ]);
    const perLogin = new Map<string, number>();
    for (const [login] of rows) perLogin.set(login, (perLogin.get(login) ?? 0) + 1);
    for (const [login, n] of perLogin) changes.push({ table: tableRef(table), login, changes: n });
  }
  return { watermark: until, changes };
}

export async function enterSingleUser(
  conn: Connection,
  others: () => Promise<SessionInfo[]>,
  terminate: boolean,
  ctx: OperationContext,
): Promise<EnterSingleUserResult> {
  const db = await database(conn);
  const before = await others();
  if (before.length > 0 && !terminate) throw blocked(before);
  // ROLLBACK IMMEDIATE disconnects every session that RESTRICTED_USER does not admit.
  await run(conn, sql.restrictDatabaseSql(db), { signal: ctx.signal });
  // Sessions gone through ROLLBACK IMMEDIATE or KILL.
  const ended = new Set(before.map((s) => s.sessionId));
  try {
    const left = await others();
    if (left.length > 0 && !terminate) throw blocked(left);
    for (const s of left) {
      await run(conn, sql.killSessionSql(s.sessionId), { signal: ctx.signal });
      ended.add(s.sessionId);
    }
  } catch (error) {
    await run(conn, sql.unrestrictDatabaseSql(db)).catch(() => undefined);
    throw error;
  }
  return { previousAcl: null, watermark: await currentVersion(conn), terminated: ended.size };
}

function blocked(sessions: SessionInfo[]): Error {
  const list = sessions.map((s) => `${s.login} from ${s.host ?? '?'} (${s.application ?? '?'}, since ${s.since ?? '?'})`).join('; ');
  return new Error(`single-user mode refused: ${sessions.length} session(s) of other logins are connected: ${list}; end them or use force`);
}

export async function exitSingleUser(conn: Connection, ctx: OperationContext): Promise<ExitSingleUserResult> {
  await run(conn, sql.unrestrictDatabaseSql(await database(conn)), { signal: ctx.signal });
  return { granted: [], revoked: [] };
}

export async function setRecoverySimple(conn: Connection, ctx: OperationContext): Promise<RecoveryModelResult> {
  const db = await database(conn);
  const [[previous]] = await query<[string, string]>(conn, sql.recoveryModelSql, [{ name: 'database', value: db }]);
  if (previous !== 'SIMPLE') await run(conn, sql.setRecoverySimpleSql(db), { signal: ctx.signal });
  return {
    applicable: true,
    previous,
    note: previous === 'SIMPLE' ? 'the recovery model was already SIMPLE' : `recovery model changed from ${previous} to SIMPLE`,
  };
}

/** The watchdog's step: KILL every session of another login in the database (RESTRICTED_USER admits db_owner and sysadmin). */
export async function endForeignSessions(conn: Connection, others: () => Promise<SessionInfo[]>): Promise<SessionInfo[]> {
  const ended: SessionInfo[] = [];
  for (const s of await others()) {
    // A session may end by itself between the list and the KILL; that is not a failure.
    await run(conn, sql.killSessionSql(s.sessionId)).then(
      () => ended.push(s),
      () => undefined,
    );
  }
  return ended;
}

export async function singleUserActive(conn: Connection): Promise<boolean> {
  const rows = await query<[number]>(conn, sql.singleUserActiveSql);
  return rows[0]?.[0] === 1;
}
