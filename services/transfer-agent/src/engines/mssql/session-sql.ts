/**
 * Session-level T-SQL the engine runs on any connection (no identifier, no value: constant texts).
 * Kept here rather than inline so the T-SQL registry (tsql-registry/) parses every one of them.
 */

/** The database the connection is in. */
export const currentDatabaseSql = `SELECT DB_NAME()`;

/** The connection's server process id, for the watchdog to tell its own sessions apart. */
export const sessionIdSql = `SELECT @@SPID`;

/** A round trip proving the connection works. */
export const pingSql = `SELECT 1`;

/** The login the session authenticated as (not an impersonated one): what the write guard lets through. */
export const originalLoginSql = `SELECT ORIGINAL_LOGIN()`;

/** A transaction over several batches of one connection (prepare-table: drops and TRUNCATE together). */
export const beginTransactionSql = `BEGIN TRANSACTION`;

export const commitTransactionSql = `COMMIT TRANSACTION`;

/** After a failed or cancelled batch: ends a transaction left open (XACT_ABORT dooms it, it still has to end). */
export const rollbackOpenTransactionSql = `IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION`;
