import type { TableRef } from '@cutover/contracts';
import type { ScriptRequest, ScriptResult, TableDefinition } from './engine';

/** What the preprocessing operations exchange with an engine: change tracking, deltas, single-user mode, logging mode. */

export interface TrackedTable {
  table: TableDefinition;
  /** The columns that identify a row in the change log (default: the primary key). */
  keyColumns: string[];
}

export interface WatermarkCheckResult {
  valid: boolean;
  /** How long the database keeps changes, in words ("for 14 DAYS"; PostgreSQL: "until change tracking is disabled …"). */
  retention: string;
  /** Tables whose changes after `since` were (partly) cleaned up or that are not tracked. */
  problems: { table: TableRef; problem: string }[];
}

export interface EnableChangeTrackingResult {
  watermark: string;
  /** How long the database keeps changes, after this call. */
  retention: string;
  tables: {
    table: TableRef;
    keyColumns: string[];
    /** False when the table could not be altered (SQL Server: its schema lock was not granted in time): see `problem`. */
    enabled: boolean;
    alreadyEnabled: boolean;
    /** SQL Server Change Tracking (tables with a primary key on SQL Server) or a capture trigger (PostgreSQL, and SQL Server tables without one). */
    mechanism: 'change-tracking' | 'trigger';
    /** Why the table is not tracked (enabled: false); try again later. */
    problem?: string;
  }[];
  /** Other changes this call made to the database (SQL Server: ALLOW_SNAPSHOT_ISOLATION turned on), in words. */
  notes: string[];
}

export interface DisableChangeTrackingResult {
  tables: { table: TableRef; disabled: boolean; wasEnabled: boolean }[];
}

export interface DeltaScriptRequest {
  tables: TrackedTable[];
  since: string;
  script: ScriptRequest;
}

export interface DeltaKeyCount {
  table: TableRef;
  /** Name the script reads the keys from (a temporary table: columns = key columns + `op`). */
  stagingTable: string;
  inserted: number;
  updated: number;
  deleted: number;
}

export interface DeltaScriptResult extends ScriptResult {
  /** The new watermark (W2): store it as the next `since` now that the script committed. */
  watermark: string;
  since: string;
  noChanges: boolean;
  keys: DeltaKeyCount[];
}

/** Writes of one login to one table while the database was in single-user mode. */
export interface SingleUserWrite {
  table: TableRef;
  login: string;
  statements: number;
  /** Rows inserted, updated or deleted (a TRUNCATE counts no rows: see `truncated`). */
  rows: number;
  truncated: boolean;
  firstAt: string;
  lastAt: string;
  /** Client addresses or host names the writes came from. */
  clients: string[];
}

export interface EnterSingleUserResult {
  /**
   * Opaque to callers: what exitSingleUser needs to restore the database's access exactly as it was
   * (PostgreSQL: the database ACL; SQL Server: the user access mode). Store it and pass it back untouched.
   */
  restoreState: string;
  /** Current change watermark, or null when change tracking is not enabled (for the record; the write guard catches other logins' writes). */
  watermark: string | null;
  terminated: number;
  /** Tables the write guard was installed on. */
  guardedTables: number;
  /** Tables the write guard could not be installed on (their schema lock was not granted in time): writes there go unrecorded. */
  notGuarded: { table: TableRef; problem: string }[];
}

export interface ExitSingleUserResult {
  /** What was put back as it was before entry, in words. */
  restored: string[];
  /** Tables the write guard was removed from. */
  unguardedTables: number;
}

/** What the engine can do beyond the common operations. */
export interface EngineCapabilities {
  /**
   * The database has a logging mode that can be lowered for the upgrade and restored after it
   * (SQL Server: the recovery model); without it setLoggingMode answers not applicable.
   */
  loggingMode: boolean;
}

/** Lower the database's logging for the upgrade, or go back to what `restoreState` (from an earlier answer) holds. */
export type LoggingModeRequest = { mode: 'minimal' } | { restoreState: string };

export interface LoggingModeResult {
  applicable: boolean;
  /** The mode before this call, in the engine's words (SQL Server: FULL, BULK_LOGGED or SIMPLE). */
  previous: string | null;
  /** The mode after it. */
  current: string | null;
  /** Opaque: pass back as `{ restoreState }` to return to `previous`; null when not applicable. */
  restoreState: string | null;
  note: string;
}
