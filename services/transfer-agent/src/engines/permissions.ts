/** What the agent's login may do in its database, as the engine's probe reads it. */
export interface AgentPermissions {
  /** PostgreSQL superuser, SQL Server sysadmin. */
  superuser: boolean;
  /** Create tables (shadow and staging tables, change capture). */
  createTables: boolean;
  /** Own or fully control the database: restrict it for single-user mode, alter and truncate its tables. */
  ownDatabase: boolean;
  /** See every session on the database. */
  readSessions: boolean;
  /** End other sessions (forced single-user mode, the watchdog). */
  endSessions: boolean;
}

/** One row of booleans (engines answer true/false or 1/0), in the probe's column order. */
export function permissionsFrom(row: unknown[]): AgentPermissions {
  const [superuser, owner, create, sessions, ends] = row.map((v) => v === true || v === 1 || v === 't');
  return { superuser, createTables: create || superuser, ownDatabase: owner || superuser, readSessions: sessions, endSessions: ends };
}

export const POSTGRES_PERMISSIONS_SQL = `SELECT r.rolsuper AS superuser,
       d.datdba = r.oid OR r.rolsuper AS database_owner,
       has_database_privilege(current_user, current_database(), 'CREATE') AS can_create,
       pg_has_role(current_user, 'pg_read_all_stats', 'member') OR r.rolsuper AS reads_sessions,
       pg_has_role(current_user, 'pg_signal_backend', 'member') OR r.rolsuper AS ends_sessions
  FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`;

export const MSSQL_PERMISSIONS_SQL = `SELECT CAST(IS_SRVROLEMEMBER('sysadmin') AS bit) AS superuser,
       CAST(ISNULL(IS_MEMBER('db_owner'), 0) AS bit) AS database_owner,
       CAST(HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'CREATE TABLE') AS bit) AS can_create,
       CAST(HAS_PERMS_BY_NAME(NULL, NULL, 'VIEW SERVER STATE') AS bit) AS reads_sessions,
       CAST(HAS_PERMS_BY_NAME(NULL, NULL, 'ALTER ANY CONNECTION') AS bit) AS ends_sessions`;
