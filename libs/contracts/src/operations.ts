/** What an agent can execute. The orchestrator's task kinds map onto these. */
export enum OperationType {
  ExecuteScript = 'execute-script',
  PrepareTable = 'prepare-table',
  FinishTable = 'finish-table',
  CopyRange = 'copy-range',
  ChecksumRange = 'checksum-range',
  // Preprocessing on the source: change tracking and deltas, single-user mode, backup and restore, recovery model.
  EnableChangeTracking = 'enable-change-tracking',
  DisableChangeTracking = 'disable-change-tracking',
  CurrentWatermark = 'current-watermark',
  CheckWatermark = 'check-watermark',
  RunDeltaScript = 'run-delta-script',
  EnterSingleUser = 'enter-single-user',
  ExitSingleUser = 'exit-single-user',
  BackupDatabase = 'backup-database',
  RestoreDatabase = 'restore-database',
  SetRecoverySimple = 'set-recovery-simple',
  /** Sets the recovery model back to what set-recovery-simple found (its restoreState). */
  RestoreRecoveryModel = 'restore-recovery-model',
  // State a preprocessing leaves in a database: tables it created, script status, number sequences.
  CreateTable = 'create-table',
  EnsureScriptStatus = 'ensure-script-status',
  ReadScriptStatus = 'read-script-status',
  ReadNumberSequences = 'read-number-sequences',
  SetNumberSequence = 'set-number-sequence',
  ReadTableSequences = 'read-table-sequences',
  SetTableSequences = 'set-table-sequences',
}

/**
 * How a checksum was computed; two checksums compare only under the same algorithm.
 * `pg-hash-record-v1`: sum of PostgreSQL's 64-bit extended hash of each row's values (the hash
 * partitioning uses, stable across versions; 4× faster than rendering rows as text).
 * `pg-md5-text-v1`: sum of the first 64 bits of the md5 of each row's text (for rows with a type
 * that has no hash support). `mssql-hashbytes-v1`: see the mssql engine's checksum.ts.
 */
export enum ChecksumAlgorithm {
  PgHashRecord = 'pg-hash-record-v1',
  PgMd5Text = 'pg-md5-text-v1',
  MssqlHashbytes = 'mssql-hashbytes-v1',
}

export enum OperationStatus {
  Queued = 'queued',
  Running = 'running',
  Succeeded = 'succeeded',
  Failed = 'failed',
  Canceled = 'canceled',
}

export const FINAL_OPERATION_STATUSES: ReadonlySet<OperationStatus> = new Set([
  OperationStatus.Succeeded,
  OperationStatus.Failed,
  OperationStatus.Canceled,
]);

export enum EngineKind {
  Postgres = 'postgres',
  Mssql = 'mssql',
}

/**
 * Row-stream formats between agents. `pg-binary` is PostgreSQL's binary COPY, passed through untouched;
 * `mssql-rows-v1` is typed NDJSON between two SQL Server agents (defined in the mssql engine's wire-codec.ts).
 */
export enum TransferFormat {
  PgBinary = 'pg-binary',
  /** PostgreSQL text COPY: for tables whose binary form embeds type OIDs (arrays or composites of user-defined types). */
  PgText = 'pg-text',
  MssqlRowsV1 = 'mssql-rows-v1',
}
