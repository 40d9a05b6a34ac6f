import type { Connection } from 'tedious';
import { tableKey, type TableRef } from '@cutover/contracts';
import type { OperationContext, SingleUserWrite } from '../engine';
import { createCutoverSchemaSql } from './admin-sql';
import { query, queryCount, run } from './connection';
import { originalLoginSql } from './session-sql';
import * as sql from './write-guard-sql';
import { DEFAULT_DDL_LOCK_POLICY, retryOnLockTimeout, withLockTimeout, type DdlLockPolicy } from './ddl-lock';

/**
 * The write guard of single-user mode on SQL Server: RESTRICTED_USER still admits db_owner and
 * sysadmin, and the watchdog needs up to a poll to KILL them, so every table gets a trigger that
 * records any write by another login (write-guard-sql.ts). BULK INSERT without FIRE_TRIGGERS and
 * TRUNCATE TABLE do not fire DML triggers; both need ALTER on the table, which the watchdog's KILL
 * leaves no session to use for long.
 */
/**
 * Installs the guard trigger on every user table, one table at a time with a short lock timeout
 * and retries (ddl-lock.ts); returns how many tables carry it and the ones whose schema lock was
 * not granted (reported: their writes would go unrecorded).
 */
export async function installWriteGuard(
  conn: Connection,
  ctx: OperationContext,
  lock: DdlLockPolicy = DEFAULT_DDL_LOCK_POLICY,
): Promise<{ guarded: number; notGuarded: { table: TableRef; problem: string }[] }> {
  const signal = ctx.signal;
  await run(conn, createCutoverSchemaSql, { signal });
  if ((await queryCount(conn, sql.writeGuardLogExistsSql)) === 0) {
    await run(conn, sql.createWriteGuardLogSql, { signal });
    await run(conn, sql.grantWriteGuardLogSql, { signal });
  }
  await run(conn, sql.clearWriteGuardLogSql, { signal });
  const [[login]] = await query<[string]>(conn, originalLoginSql);
  const existing = new Set((await query<[string, string]>(conn, sql.guardTriggersSql)).map(([s, t]) => `${s}\u0000${t}`));
  const tables = await query<[string, string, number]>(conn, sql.guardableTablesSql);
  const notGuarded: { table: TableRef; problem: string }[] = [];
  await withLockTimeout(conn, lock, async () => {
    for (const [schema, name, objectId] of tables) {
      if (existing.has(`${schema}\u0000${sql.guardTriggerName(objectId)}`)) continue;
      const problem = await retryOnLockTimeout(lock, signal, () =>
        run(conn, sql.createGuardTriggerSql({ schema, name }, objectId, login), { signal }),
      );
      if (problem) notGuarded.push({ table: { schema, name }, problem });
    }
  });
  return { guarded: tables.length - notGuarded.length, notGuarded };
}

export async function removeWriteGuard(conn: Connection, ctx: OperationContext): Promise<number> {
  const triggers = await query<[string, string]>(conn, sql.guardTriggersSql);
  for (const [schema, trigger] of triggers) await run(conn, sql.dropGuardTriggerSql(schema, trigger), { signal: ctx.signal });
  return triggers.length;
}

export async function singleUserWrites(conn: Connection): Promise<{ guardedTables: number; writes: SingleUserWrite[] }> {
  const guardedTables = (await query<[string, string]>(conn, sql.guardTriggersSql)).length;
  if ((await queryCount(conn, sql.writeGuardLogExistsSql)) === 0) return { guardedTables, writes: [] };
  const hosts = new Map<string, string[]>();
  for (const [schema, name, login, host] of await query<[string, string, string, string]>(conn, sql.guardedWriteHostsSql)) {
    const key = `${tableKey({ schema, name })}\u0000${login}`;
    hosts.set(key, [...(hosts.get(key) ?? []), host]);
  }
  const rows = await query<[string, string, string, number, string, string, string]>(conn, sql.guardedWritesSql);
  const writes = rows.map(([schema, name, login, statements, rowCount, firstAt, lastAt]) => ({
    table: { schema, name },
    login,
    statements: Number(statements),
    rows: Number(rowCount),
    truncated: false,
    firstAt: `${firstAt}Z`,
    lastAt: `${lastAt}Z`,
    clients: hosts.get(`${tableKey({ schema, name })}\u0000${login}`) ?? [],
  }));
  return { guardedTables, writes };
}
