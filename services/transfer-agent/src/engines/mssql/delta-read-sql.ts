import { quoteIdent } from './tsql';

/**
 * T-SQL of the consistent delta read (delta-read.ts), following Microsoft's "Work with change
 * tracking" (obtaining consistent results; using snapshot isolation): the new watermark
 * (CHANGE_TRACKING_CURRENT_VERSION), the CHANGE_TRACKING_MIN_VALID_VERSION check and every
 * CHANGETABLE read (and the capture tables' rows) happen in one SNAPSHOT transaction, so cleanup
 * cannot delete change rows between the check and the read, and a change committed after the
 * watermark is invisible to the read (it belongs to the next delta).
 */

/** 0 OFF, 1 ON, 2 IN_TRANSITION_TO_OFF, 3 IN_TRANSITION_TO_ON (sys.databases.snapshot_isolation_state). */
export const snapshotIsolationStateSql = `SELECT snapshot_isolation_state, is_read_committed_snapshot_on FROM sys.databases WHERE database_id = DB_ID()`;

/**
 * Allows SNAPSHOT transactions in the database. Not exclusive: it waits only for update
 * transactions already running to end. From then on every UPDATE/DELETE keeps a row version in
 * tempdb's version store (and adds 14 bytes to the rows it changes) for as long as a snapshot
 * transaction may need it — the cost docs/sql-server.md describes.
 */
export const allowSnapshotIsolationSql = (database: string): string =>
  `ALTER DATABASE ${quoteIdent(database)} SET ALLOW_SNAPSHOT_ISOLATION ON`;

/** The session's isolation for the next transaction; a SNAPSHOT transaction must begin in SNAPSHOT. */
export const snapshotIsolationLevelSql = `SET TRANSACTION ISOLATION LEVEL SNAPSHOT`;

/** Back to the default for the delta script (writes under SNAPSHOT would fail with update conflicts, 3960). */
export const readCommittedIsolationLevelSql = `SET TRANSACTION ISOLATION LEVEL READ COMMITTED`;
