import type { Readable } from 'node:stream';
import type { EngineKind, TableRef, TransferFormat } from '@cutover/contracts';
import type { SplitResult, TableDefinition, TableFingerprint, TableSummary } from './catalog-types';
import type {
  DeltaScriptRequest,
  DeltaScriptResult,
  DisableChangeTrackingResult,
  EnableChangeTrackingResult,
  EnterSingleUserResult,
  ExitSingleUserResult,
  EngineCapabilities,
  LoggingModeRequest,
  LoggingModeResult,
  SingleUserWrite,
  TrackedTable,
  WatermarkCheckResult,
} from './admin-types';
import type { BackupResult, RestoreRequest, RestoreResult } from './backup-types';
import type { AgentPermissions } from './permissions';
import type { TableShape } from './create-table';
import type { ScriptStatusRecord, ScriptStatusRow } from './script-status';
import type {
  ColumnValue,
  NamedSequence,
  NamedSequenceResult,
  NamedSequenceValue,
  SequenceColumns,
  SequenceRow,
  SetSequenceRequest,
  TableSequence,
  TableSequenceResult,
  TableSequenceValue,
} from './sequence-types';
import type { ChecksumRequest, ChecksumResult, DeferredObject, FinishTableResult, ImportResult, RangeRequest } from './copy-types';

export * from './admin-types';
export * from './backup-types';
export * from './copy-types';
export * from './sequence-types';
export * from './structure-types';
export type { AgentPermissions } from './permissions';
export type { TableShape } from './create-table';
export type { ScriptStatusRecord, ScriptStatusRow } from './script-status';
export type { CopyKey } from './copy-key';
export type { KeyRange } from '@cutover/contracts';
export * from './catalog-types';

/**
 * The one interface every database engine implements (PostgreSQL via `pg`, SQL Server via
 * `mssql`/tedious). Everything the agent does to a database goes through here; the engine
 * validates identifiers against its catalog and quotes them itself, so callers never build SQL.
 */
export interface Engine {
  readonly kind: EngineKind;
  /** Formats this engine can produce for another agent, and consume from one. */
  readonly exportFormats: readonly TransferFormat[];
  readonly importFormats: readonly TransferFormat[];
  readonly capabilities: EngineCapabilities;

  connect(): Promise<void>;
  close(): Promise<void>;
  ping(): Promise<void>;
  info(): Promise<EngineInfo>;
  /** Connections of the engine's pool checked out, and callers waiting for one (for /metrics). */
  poolStats(): { inUse: number; waiting: number };

  listTables(): Promise<TableSummary[]>;
  /** Undefined when the table does not exist. */
  describeTable(ref: TableRef, options?: { exactCount?: boolean }): Promise<TableDefinition | undefined>;
  /** A stable hash over each named table's definition (columns, types, nullability, keys). */
  fingerprint(refs: TableRef[]): Promise<TableFingerprint[]>;
  /**
   * Inner bounds that cut the table into `parts` key ranges of about equal rows: quantiles of the
   * key (from a sample on large tables), not min/max arithmetic, so skewed keys still balance. The
   * key may be composite: each bound is a row value over `keyColumns`, ordered as they are listed.
   */
  splitRanges(table: TableDefinition, keyColumns: string[], parts: number): Promise<SplitResult>;

  listSessions(): Promise<SessionInfo[]>;

  executeScript(request: ScriptRequest, ctx: OperationContext): Promise<ScriptResult>;
  /** Truncates the table and drops its secondary indexes and constraints, returning them. */
  prepareTable(table: TableDefinition, ctx: OperationContext): Promise<DeferredObject[]>;
  /** Recreates (and validates) what prepareTable dropped; objects that already exist are skipped. */
  finishTable(table: TableDefinition, objects: DeferredObject[], ctx: OperationContext): Promise<FinishTableResult>;

  /** A row stream of one key range in `format`, for another agent to import. */
  exportRange(request: RangeRequest, format: TransferFormat, ctx: OperationContext): Promise<Readable>;
  /**
   * Replaces one key range with the rows of `source`, in one transaction: the range is deleted
   * first, so a retry never duplicates and a failure or cancel leaves the range as it was.
   */
  importRange(request: RangeRequest, format: TransferFormat, source: Readable, ctx: OperationContext): Promise<ImportResult>;
  /** Row count and an order-independent content hash of one key range, computed in the database. */
  checksumRange(request: ChecksumRequest, ctx: OperationContext): Promise<ChecksumResult>;

  // ── Preprocessing administration (change tracking, single-user mode, backup, logging mode) ──

  /** Starts tracking changes to the tables (idempotent); returns the watermark tracking starts from. */
  enableChangeTracking(
    tables: TrackedTable[],
    options: { retentionDays?: number },
    ctx: OperationContext,
  ): Promise<EnableChangeTrackingResult>;
  /**
   * Whether every change to `tables` after `since` is still held: SQL Server cleans up changes older
   * than its retention (CHANGE_TRACKING_MIN_VALID_VERSION); PostgreSQL's capture log is never
   * cleaned up while tracking is on. A delta from a watermark that is no longer valid would miss changes.
   */
  checkWatermark(since: string, tables: TableRef[], ctx: OperationContext): Promise<WatermarkCheckResult>;
  /** Stops tracking the tables; tables that were not tracked are reported as such. */
  disableChangeTracking(tables: TableRef[], ctx: OperationContext): Promise<DisableChangeTrackingResult>;
  /** The current change watermark, or null when change tracking was never enabled in this database. */
  currentWatermark(ctx: OperationContext): Promise<string | null>;
  /** Whether `text` has this engine's watermark syntax (a PostgreSQL snapshot, a SQL Server version). */
  isWatermark(text: string): boolean;
  /**
   * In one transaction: takes the new watermark W2, materializes each table's keys changed in
   * (since, W2] (one row per key, the last operation) as a temporary table the script reads, runs
   * the script, commits. A failure leaves nothing behind, so the caller advances to W2 only on success.
   */
  runDeltaScript(request: DeltaScriptRequest, ctx: OperationContext): Promise<DeltaScriptResult>;
  /**
   * Admits only the agent's login from now on; with `terminate`, ends the other logins' sessions,
   * otherwise fails (and undoes the restriction) when any is still connected. Then installs the
   * write guard on every table: any write by another login from here on is recorded.
   */
  enterSingleUser(options: { terminate: boolean }, ctx: OperationContext): Promise<EnterSingleUserResult>;
  /**
   * Undoes enterSingleUser (the restriction and the write guard), restoring access exactly as it was:
   * `restoreState` is what enterSingleUser returned (null only for states stored before it existed).
   */
  exitSingleUser(restoreState: string | null, ctx: OperationContext): Promise<ExitSingleUserResult>;
  /**
   * The single-user watchdog's step: ends, without waiting, every session of another login on the
   * database (superusers, sysadmin and db_owner included, whom the restriction alone admits), and
   * returns them.
   */
  endForeignSessions(): Promise<SessionInfo[]>;
  /** Whether the database is in single-user mode by an agent's doing, so that a restarted agent resumes its watchdog. */
  singleUserActive(): Promise<boolean>;
  /** The write guard: how many tables carry it, and the writes of other logins it recorded since entry. */
  singleUserWrites(): Promise<{ guardedTables: number; writes: SingleUserWrite[] }>;
  /**
   * A full, copy-only backup into `directory` (a path as the database server or the agent's dump
   * tool sees it), with its manifest: the change watermark read just before the backup started.
   */
  backupDatabase(directory: string, ctx: OperationContext): Promise<BackupResult>;
  /** Whether a database of that name exists on the server (a bad name is an EngineInputError). */
  databaseExists(name: string): Promise<boolean>;
  /**
   * Restores a backup this engine made into `request.database`: refused when the database exists
   * unless `replace` (then dropped or overwritten first). Returns what was restored and its manifest.
   */
  restoreDatabase(request: RestoreRequest, ctx: OperationContext): Promise<RestoreResult>;
  /**
   * Lowers the database's logging for the upgrade (`{ mode: 'minimal' }`; refused where that would
   * break replication the engine can see) or restores it from an earlier answer's `restoreState`.
   * Not applicable unless `capabilities.loggingMode`.
   */
  setLoggingMode(request: LoggingModeRequest, ctx: OperationContext): Promise<LoggingModeResult>;
  /** Creates a table (and its schema) from a definition read elsewhere; false when it exists already. */
  createTable(def: TableShape, ctx: OperationContext): Promise<boolean>;
  /** Creates cutover.script_status when it is missing (readiness, alone). */
  ensureScriptStatus(ctx: OperationContext): Promise<void>;
  /** The scripts recorded as ended; null when the table does not exist. */
  readScriptStatus(ctx: OperationContext): Promise<ScriptStatusRow[] | null>;
  /** What the agent's login may do (readiness and the state transfer check it). */
  permissions(): Promise<AgentPermissions>;
  /** Rows of a number sequence table whose columns equal `match`, ordered by key. */
  readSequences(sequence: SequenceColumns, match: ColumnValue[], ctx: OperationContext): Promise<SequenceRow[]>;
  /** Compare-and-set of one sequence row; returns the rows updated (0: it changed since it was read). */
  setSequence(request: SetSequenceRequest, ctx: OperationContext): Promise<number>;
  /** The tables' columns' own sequences (PostgreSQL identity and serial, SQL Server IDENTITY) and their last values. */
  readTableSequences(tables: TableRef[], ctx: OperationContext): Promise<TableSequence[]>;
  /**
   * Sets each column's own sequence on this database to a value read elsewhere (PostgreSQL:
   * setval(seq, last, is_called); SQL Server: DBCC CHECKIDENT … RESEED), so the next value follows it.
   */
  setTableSequences(values: TableSequenceValue[], ctx: OperationContext): Promise<TableSequenceResult[]>;
  /** Sequence objects a package names, by name, and their last values (SQL Server: 2012 or later). */
  readNamedSequences(sequences: TableRef[], ctx: OperationContext): Promise<NamedSequence[]>;
  /** Sets each named sequence on this database so that its next value follows the value read elsewhere. */
  setNamedSequences(values: NamedSequenceValue[], ctx: OperationContext): Promise<NamedSequenceResult[]>;
}

export interface EngineInfo {
  serverVersion: string;
  database: string;
  /** The login the agent connects as (its "admin" for single-user mode). */
  login: string;
}

export interface SessionInfo {
  sessionId: string;
  login: string;
  host: string | null;
  application: string | null;
  since: string | null;
  state: string | null;
  /** Connected with the agent's own login (the admin that single-user mode admits). */
  ownLogin: boolean;
  /** One of the agent's own pooled connections. */
  agentConnection: boolean;
}

export type ScriptParameter = string | number | boolean | null;

export interface ScriptRequest {
  batches: { sql: string; repeat: number; line: number }[];
  parameters: Record<string, ScriptParameter>;
  /** All batches in one transaction (default) or each statement on its own. */
  transaction: boolean;
  /** Rows of the first result set to return at most. */
  maxRows: number;
  /** Record the script as ended in cutover.script_status, in the script's transaction. */
  status?: ScriptStatusRecord;
}

export interface ServerMessage {
  severity: string;
  message: string;
}

export interface ScriptResult {
  batches: { line: number; rowsAffected: number }[];
  resultSet: { columns: string[]; rows: unknown[][]; truncated: boolean } | null;
  messages: ServerMessage[];
}

export interface ProgressSink {
  addRows(n: number): void;
  addBytes(n: number): void;
}

export interface OperationContext {
  /** Aborted on cancel or timeout; the engine cancels the running statement. */
  signal: AbortSignal;
  progress: ProgressSink;
}

export const NO_PROGRESS: ProgressSink = { addRows: () => undefined, addBytes: () => undefined };

/** A problem with the request itself (unknown table or column, bad range): the API answers 400. */
export class EngineInputError extends Error {}
