import type { Connection } from 'tedious';
import {
  type EnterSingleUserResult,
  type ExitSingleUserResult,
  type OperationContext,
  type RecoveryModelResult,
  type SessionInfo,
} from '../engine';
import * as sql from './admin-sql';
import { query, run } from './connection';
import { currentDatabaseSql } from './session-sql';
import { currentVersion } from './change-tracking';
import { installWriteGuard, removeWriteGuard } from './write-guard';

/**
 * The administration operations on SQL Server, from the statements in admin-sql.ts (change
 * tracking is in change-tracking.ts). Single-user mode is RESTRICTED_USER (the agent's login must
 * be sysadmin, dbcreator or db_owner) with KILL for forced entry, plus the write guard.
 */

async function database(conn: Connection): Promise<string> {
  return (await query<[string]>(conn, currentDatabaseSql))[0][0];
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
  const guardedTables = await installWriteGuard(conn, ctx);
  // A sysadmin or db_owner that connected while the guard went in is ended now.
  for (const s of await others()) {
    await run(conn, sql.killSessionSql(s.sessionId)).then(
      () => ended.add(s.sessionId),
      () => undefined,
    );
  }
  return { previousAcl: null, watermark: await currentVersion(conn), terminated: ended.size, guardedTables };
}

function blocked(sessions: SessionInfo[]): Error {
  const list = sessions.map((s) => `${s.login} from ${s.host ?? '?'} (${s.application ?? '?'}, since ${s.since ?? '?'})`).join('; ');
  return new Error(`single-user mode refused: ${sessions.length} session(s) of other logins are connected: ${list}; end them or use force`);
}

export async function exitSingleUser(conn: Connection, ctx: OperationContext): Promise<ExitSingleUserResult> {
  const unguardedTables = await removeWriteGuard(conn, ctx);
  await run(conn, sql.unrestrictDatabaseSql(await database(conn)), { signal: ctx.signal });
  return { granted: [], revoked: [], unguardedTables };
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
