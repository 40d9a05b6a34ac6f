import type { Connection } from 'tedious';
import {
  EngineInputError,
  type EnterSingleUserResult,
  type ExitSingleUserResult,
  type OperationContext,
  type SessionInfo,
} from '../engine';
import * as sql from './admin-sql';
import { query, run } from './connection';
import { currentDatabaseSql } from './session-sql';
import { currentVersion } from './change-tracking';
import { installWriteGuard, removeWriteGuard } from './write-guard';
import type { DdlLockPolicy } from './ddl-lock';
import { databaseStateSql, setUserAccessSql, type UserAccess } from './recovery-sql';

/**
 * The administration operations on SQL Server, from the statements in admin-sql.ts (change
 * tracking is in change-tracking.ts). Single-user mode is RESTRICTED_USER (the agent's login must
 * be sysadmin, dbcreator or db_owner) with KILL for forced entry, plus the write guard.
 */

async function database(conn: Connection): Promise<string> {
  return (await query<[string]>(conn, currentDatabaseSql))[0][0];
}

interface AccessState {
  userAccess: UserAccess;
}

async function userAccess(conn: Connection): Promise<UserAccess> {
  const [[, access]] = await query<[string, string]>(conn, databaseStateSql);
  return access as UserAccess;
}

/**
 * The user access mode before entry is the restore state: MULTI_USER is set back on exit, a
 * database that was RESTRICTED_USER already stays so. SINGLE_USER is refused (another session
 * holds the only connection; the agent's pool could not work in it).
 */
export async function enterSingleUser(
  conn: Connection,
  others: () => Promise<SessionInfo[]>,
  terminate: boolean,
  ctx: OperationContext,
  lock?: DdlLockPolicy,
): Promise<EnterSingleUserResult> {
  const db = await database(conn);
  const before = await userAccess(conn);
  if (before === 'SINGLE_USER') throw new EngineInputError(`${db} is in SINGLE_USER mode: set it to MULTI_USER first`);
  const restoreState = JSON.stringify({ userAccess: before } satisfies AccessState);
  const sessions = await others();
  if (sessions.length > 0 && !terminate) throw blocked(sessions);
  // ROLLBACK IMMEDIATE disconnects every session that RESTRICTED_USER does not admit.
  if (before !== 'RESTRICTED_USER') await run(conn, sql.restrictDatabaseSql(db), { signal: ctx.signal });
  // Sessions gone through ROLLBACK IMMEDIATE or KILL.
  const ended = new Set(sessions.map((s) => s.sessionId));
  try {
    const left = await others();
    if (left.length > 0 && !terminate) throw blocked(left);
    for (const s of left) {
      await run(conn, sql.killSessionSql(s.sessionId), { signal: ctx.signal });
      ended.add(s.sessionId);
    }
  } catch (error) {
    await run(conn, setUserAccessSql(db, before)).catch(() => undefined);
    throw error;
  }
  const { guarded, notGuarded } = await installWriteGuard(conn, ctx, lock);
  // A sysadmin or db_owner that connected while the guard went in is ended now.
  for (const s of await others()) {
    await run(conn, sql.killSessionSql(s.sessionId)).then(
      () => ended.add(s.sessionId),
      () => undefined,
    );
  }
  return { restoreState, watermark: await currentVersion(conn), terminated: ended.size, guardedTables: guarded, notGuarded };
}

function blocked(sessions: SessionInfo[]): Error {
  const list = sessions.map((s) => `${s.login} from ${s.host ?? '?'} (${s.application ?? '?'}, since ${s.since ?? '?'})`).join('; ');
  return new Error(`single-user mode refused: ${sessions.length} session(s) of other logins are connected: ${list}; end them or use force`);
}

function parseAccess(restoreState: string | null): AccessState {
  // States stored before the restore state existed were null on SQL Server: the database was MULTI_USER.
  if (restoreState === null) return { userAccess: 'MULTI_USER' };
  let state: unknown;
  try {
    state = JSON.parse(restoreState);
  } catch {
    throw new EngineInputError('restoreState is not what enter-single-user returned on SQL Server (not JSON)');
  }
  const access = (state as { userAccess?: unknown } | null)?.userAccess;
  if (access !== 'MULTI_USER' && access !== 'RESTRICTED_USER')
    throw new EngineInputError(
      'restoreState holds no user access mode (MULTI_USER or RESTRICTED_USER): pass what enter-single-user returned',
    );
  return { userAccess: access };
}

/** Removes the write guard and sets the user access mode back to what it was on entry. */
export async function exitSingleUser(conn: Connection, restoreState: string | null, ctx: OperationContext): Promise<ExitSingleUserResult> {
  const { userAccess: to } = parseAccess(restoreState);
  const unguardedTables = await removeWriteGuard(conn, ctx);
  const db = await database(conn);
  const now = await userAccess(conn);
  if (now !== to) await run(conn, setUserAccessSql(db, to), { signal: ctx.signal });
  return {
    restored: [now === to ? `user access stays ${to}, as before entry` : `user access set back from ${now} to ${to}`],
    unguardedTables,
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
