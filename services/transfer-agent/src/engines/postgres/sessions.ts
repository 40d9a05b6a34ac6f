import type { Pool, PoolClient } from 'pg';
import { EngineInputError, type EnterSingleUserResult, type ExitSingleUserResult, type SessionInfo } from '../engine';
import { changeLogExists, snapshot } from './change-tracking';
import { installWriteGuard, removeWriteGuard } from './write-guard';
import {
  describeSessions,
  END_FOREIGN_SESSIONS_SQL,
  markSingleUser,
  otherLoginSessions,
  restoreConnect,
  restrictConnect,
  SINGLE_USER_MARKER_SQL,
  terminate,
  type OtherSession,
} from './single-user';

/** The application name of the agent's own connections, to tell them from other sessions of its login. */
export const AGENT_APPLICATION_NAME = 'cutover-transfer-agent';

/** Sessions on the agent's database; the agent's login and its own connections are marked. */
export async function listSessions(pool: Pool): Promise<SessionInfo[]> {
  const { rows } = await pool.query<{
    pid: number;
    login: string | null;
    host: string | null;
    application: string | null;
    since: Date | null;
    state: string | null;
    own_login: boolean;
  }>(
    `SELECT pid, usename AS login, coalesce(client_hostname, host(client_addr)) AS host,
            nullif(application_name, '') AS application, backend_start AS since, state,
            usename = current_user AS own_login
       FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend'
      ORDER BY backend_start, pid`,
  );
  return rows.map((r) => ({
    sessionId: String(r.pid),
    login: r.login ?? '',
    host: r.host,
    application: r.application,
    since: r.since ? r.since.toISOString() : null,
    state: r.state,
    ownLogin: r.own_login,
    agentConnection: r.own_login && r.application === AGENT_APPLICATION_NAME,
  }));
}

export async function enterSingleUser(client: PoolClient, force: boolean): Promise<EnterSingleUserResult> {
  const previousAcl = await restrictConnect(client);
  let terminated: number;
  try {
    // Checked after CONNECT is gone, so no session can slip in between the check and the restriction.
    const others = await otherLoginSessions(client);
    if (others.length > 0 && !force) {
      throw new Error(
        `single-user mode refused: ${others.length} session(s) of other logins are connected: ${describeSessions(others)}; end them or use force`,
      );
    }
    terminated = await terminate(client, others);
  } catch (error) {
    await restoreConnect(client, previousAcl).catch(() => undefined);
    throw error;
  }
  // Marked first: from here a restarted agent resumes the watchdog, and exit can undo everything.
  await markSingleUser(client, true);
  const guardedTables = await installWriteGuard(client);
  // A session that connected while the guard went in (a superuser) is ended now; its writes before
  // the trigger existed would have had to commit before CREATE TRIGGER got its lock.
  terminated += await terminate(client, await otherLoginSessions(client));
  const watermark = (await changeLogExists(client)) ? await snapshot(client) : null;
  // The restore state is the database ACL before, as JSON: opaque to the orchestrator, which stores it.
  return { restoreState: JSON.stringify(previousAcl), watermark, terminated, guardedTables, notGuarded: [] };
}

/** The ACL enterSingleUser stored in its restore state (a JSON array of aclitem texts; so were states stored as previousAcl). */
export function parseRestoreState(restoreState: string | null): string[] {
  if (restoreState === null) throw new EngineInputError('restoreState is required on PostgreSQL: pass what enter-single-user returned');
  let acl: unknown;
  try {
    acl = JSON.parse(restoreState);
  } catch {
    throw new EngineInputError('restoreState is not what enter-single-user returned on PostgreSQL (not JSON)');
  }
  if (!Array.isArray(acl) || acl.length > 10_000 || !acl.every((a) => typeof a === 'string'))
    throw new EngineInputError('restoreState is not what enter-single-user returned on PostgreSQL (not a list of aclitem texts)');
  return acl as string[];
}

export async function exitSingleUser(client: PoolClient, previousAcl: string[]): Promise<ExitSingleUserResult> {
  const unguardedTables = await removeWriteGuard(client);
  const { granted, revoked } = await restoreConnect(client, previousAcl);
  await markSingleUser(client, false);
  const restored = [
    ...granted.map((g) => `CONNECT granted back to ${g}`),
    ...revoked.map((r) => `CONNECT revoked from ${r}`),
    'CONNECT grants as before entry',
  ];
  return { restored, unguardedTables };
}

/** The watchdog's step: other logins' sessions, ended without waiting. */
export async function endForeignSessions(pool: Pool): Promise<SessionInfo[]> {
  const { rows } = await pool.query<OtherSession & { ended: boolean }>(END_FOREIGN_SESSIONS_SQL);
  return rows
    .filter((r) => r.ended)
    .map((r) => ({
      sessionId: String(r.pid),
      login: r.login,
      host: r.host,
      application: r.application,
      since: r.since?.toISOString() ?? null,
      state: null,
      ownLogin: false,
      agentConnection: false,
    }));
}

export async function singleUserActive(pool: Pool): Promise<boolean> {
  return (await pool.query(SINGLE_USER_MARKER_SQL)).rows.length > 0;
}
