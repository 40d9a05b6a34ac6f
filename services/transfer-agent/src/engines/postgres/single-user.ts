import type { PoolClient } from 'pg';
import { EngineInputError } from '../engine';
import { quoteIdent } from './sql';

/**
 * Single-user mode on PostgreSQL. There is no database-level switch, so the agent takes CONNECT on
 * the database away from PUBLIC and from every role that holds it (except its own login and
 * superusers, whom CONNECT does not restrict anyway), then ends the other logins' sessions. The
 * database ACL before is returned (the effective one: `acldefault` when `datacl` is NULL) so that
 * exit can restore exactly those CONNECT grants. GRANT/REVOKE take no parameters: role and
 * database names are quoted identifiers.
 */

interface Grantee {
  /** 0 for PUBLIC. */
  oid: number;
  name: string | null;
  grantable: boolean;
}

const granteeSql = (name: string | null) => (name === null ? 'PUBLIC' : quoteIdent(name));

/** CONNECT grantees of an ACL given as the text of aclitem[] (or of the current database's ACL). */
async function connectGrantees(client: PoolClient, acl?: string[]): Promise<Grantee[]> {
  const source =
    acl === undefined
      ? `(SELECT coalesce(datacl, acldefault('d', datdba)) AS acl FROM pg_database WHERE datname = current_database())`
      : `(SELECT $1::aclitem[] AS acl)`;
  const { rows } = await client.query<{ oid: number; name: string | null; grantable: boolean }>(
    `SELECT a.grantee::int AS oid, r.rolname AS name, bool_or(a.is_grantable) AS grantable
       FROM ${source} s CROSS JOIN LATERAL aclexplode(s.acl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE a.privilege_type = 'CONNECT'
      GROUP BY 1, 2 ORDER BY 1`,
    acl === undefined ? [] : [acl],
  );
  return rows;
}

async function databaseSql(client: PoolClient): Promise<string> {
  const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
  return quoteIdent(rows[0].db);
}

export async function currentAcl(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ acl: string[] }>(
    `SELECT coalesce(datacl, acldefault('d', datdba))::text[] AS acl FROM pg_database WHERE datname = current_database()`,
  );
  return rows[0].acl;
}

/** Revokes CONNECT from everyone but the agent's login and superusers; returns the ACL before. */
export async function restrictConnect(client: PoolClient): Promise<string[]> {
  const db = await databaseSql(client);
  await client.query('BEGIN');
  try {
    const previousAcl = await currentAcl(client);
    const { rows: me } = await client.query<{ oid: number }>(`SELECT oid::int FROM pg_roles WHERE rolname = current_user`);
    const supers = new Set((await client.query<{ oid: number }>(`SELECT oid::int FROM pg_roles WHERE rolsuper`)).rows.map((r) => r.oid));
    const revocable = (g: Grantee) => g.oid !== me[0].oid && !supers.has(g.oid);
    for (const g of (await connectGrantees(client)).filter(revocable)) {
      await client.query(`REVOKE CONNECT ON DATABASE ${db} FROM ${granteeSql(g.name)} CASCADE`);
    }
    const left = (await connectGrantees(client)).filter(revocable);
    if (left.length > 0) {
      throw new EngineInputError(
        `CONNECT could not be revoked from ${left.map((g) => g.name ?? 'PUBLIC').join(', ')} (granted by another role); revoke it manually, then retry`,
      );
    }
    const { rows } = await client.query<{ ok: boolean }>(`SELECT has_database_privilege(current_database(), 'CONNECT') AS ok`);
    if (!rows[0].ok) {
      throw new EngineInputError(
        'the agent’s own login would lose CONNECT (it had it only through PUBLIC or a group role): GRANT CONNECT ON DATABASE to the agent’s login first',
      );
    }
    await client.query('COMMIT');
    return previousAcl;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Brings the CONNECT grants back to what `previousAcl` held: revokes the new ones, grants the missing ones. */
export async function restoreConnect(client: PoolClient, previousAcl: string[]): Promise<{ granted: string[]; revoked: string[] }> {
  const db = await databaseSql(client);
  const granted: string[] = [];
  const revoked: string[] = [];
  await client.query('BEGIN');
  try {
    let before: Grantee[];
    try {
      before = await connectGrantees(client, previousAcl);
    } catch (error) {
      throw new EngineInputError(`previousAcl is not a valid PostgreSQL ACL: ${(error as Error).message}`);
    }
    const now = await connectGrantees(client);
    for (const g of now) {
      const was = before.find((b) => b.oid === g.oid);
      if (!was) {
        await client.query(`REVOKE CONNECT ON DATABASE ${db} FROM ${granteeSql(g.name)} CASCADE`);
        revoked.push(g.name ?? 'PUBLIC');
      } else if (g.grantable && !was.grantable) {
        await client.query(`REVOKE GRANT OPTION FOR CONNECT ON DATABASE ${db} FROM ${granteeSql(g.name)} CASCADE`);
        revoked.push(`${g.name ?? 'PUBLIC'} (grant option)`);
      }
    }
    for (const b of before) {
      const is = now.find((g) => g.oid === b.oid);
      if (!is || (b.grantable && !is.grantable)) {
        await client.query(`GRANT CONNECT ON DATABASE ${db} TO ${granteeSql(b.name)}${b.grantable ? ' WITH GRANT OPTION' : ''}`);
        granted.push(b.name ?? 'PUBLIC');
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return { granted, revoked };
}

export interface OtherSession {
  pid: number;
  login: string;
  host: string | null;
  application: string | null;
  since: Date | null;
}

export async function otherLoginSessions(client: PoolClient): Promise<OtherSession[]> {
  const { rows } = await client.query<OtherSession>(
    `SELECT pid, usename AS login, coalesce(client_hostname, host(client_addr)) AS host,
            nullif(application_name, '') AS application, backend_start AS since
       FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend' AND usename <> current_user
      ORDER BY backend_start, pid`,
  );
  return rows;
}

/** Ends the sessions (waiting up to 5 s for each to exit); returns how many were ended. */
export async function terminate(client: PoolClient, sessions: OtherSession[]): Promise<number> {
  let n = 0;
  for (const s of sessions) {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_terminate_backend($1, 5000) AS ok', [s.pid]);
    if (rows[0].ok) n++;
  }
  return n;
}

export function describeSessions(sessions: OtherSession[]): string {
  return sessions
    .map(
      (s) =>
        `${s.login} from ${s.host ?? 'local socket'} (${s.application ?? 'no application name'}, since ${s.since?.toISOString() ?? '?'})`,
    )
    .join('; ');
}

/**
 * The marker that says single-user mode is on, kept as a database-level setting (no table to
 * create): a restarted agent reads it and resumes its watchdog. The server quotes the names.
 */
export async function markSingleUser(client: PoolClient, on: boolean): Promise<void> {
  const { rows } = await client.query<{ ddl: string }>(
    on
      ? `SELECT format('ALTER DATABASE %I SET cutover.single_user_since TO %L', current_database(), $1::text) AS ddl`
      : `SELECT format('ALTER DATABASE %I RESET cutover.single_user_since', current_database()) AS ddl`,
    on ? [new Date().toISOString()] : [],
  );
  await client.query(rows[0].ddl);
}

export const SINGLE_USER_MARKER_SQL = `SELECT 1 FROM pg_db_role_setting d, unnest(d.setconfig) s
  WHERE d.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database()) AND d.setrole = 0
    AND s LIKE 'cutover.single\\_user\\_since=%'`;

/** Ends the sessions of other logins at once (pg_terminate_backend without waiting) and returns them. */
export const END_FOREIGN_SESSIONS_SQL = `SELECT pid, usename AS login, coalesce(client_hostname, host(client_addr)) AS host,
       nullif(application_name, '') AS application, backend_start AS since, pg_terminate_backend(pid) AS ended
  FROM pg_stat_activity
 WHERE datname = current_database() AND backend_type = 'client backend' AND usename <> current_user`;
