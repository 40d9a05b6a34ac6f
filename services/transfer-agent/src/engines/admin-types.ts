import type { TableRef } from '@cutover/contracts';
import type { ScriptRequest, ScriptResult, TableDefinition } from './engine';

/** What the preprocessing operations exchange with an engine: change tracking, deltas, single-user mode, recovery model. */

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
    enabled: true;
    alreadyEnabled: boolean;
    /** SQL Server Change Tracking (tables with a primary key on SQL Server) or a capture trigger (PostgreSQL, and SQL Server tables without one). */
    mechanism: 'change-tracking' | 'trigger';
  }[];
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
  /** What to pass to exitSingleUser (PostgreSQL: the database ACL before; SQL Server: null). */
  previousAcl: string[] | null;
  /** Current change watermark, or null when change tracking is not enabled (for the record; the write guard catches other logins' writes). */
  watermark: string | null;
  terminated: number;
  /** Tables the write guard was installed on. */
  guardedTables: number;
}

export interface ExitSingleUserResult {
  granted: string[];
  revoked: string[];
  /** Tables the write guard was removed from. */
  unguardedTables: number;
}

export interface RecoveryModelResult {
  applicable: boolean;
  previous: string | null;
  note: string;
}
