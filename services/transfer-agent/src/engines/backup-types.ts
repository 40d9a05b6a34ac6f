import type { EngineKind } from '@cutover/contracts';

/**
 * Backups and restores. A backup carries a manifest saying what it holds: which database, from
 * which server, when, and the change watermark read just before it started, so whoever restores
 * it (the state transfer's test system) knows which of production's changes it contains.
 */

export const BACKUP_MANIFEST_FORMAT = 'cutover-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_MANIFEST_FORMAT;
  engine: EngineKind;
  /** The database that was backed up. */
  sourceDatabase: string;
  serverVersion: string;
  /** The change watermark read just before the backup started; null when change tracking was not enabled. */
  watermark: string | null;
  /** When the watermark was read, right before the backup started (ISO 8601, UTC). */
  takenAt: string;
  finishedAt: string;
  /** The dump tool (PostgreSQL: `pg_dump --version`); null for SQL Server's own BACKUP. */
  tool: string | null;
  bytes: number;
}

export interface BackupResult {
  /** Where the backup is, as the agent (PostgreSQL) or the database server (SQL Server) sees it. */
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

export interface RestoreRequest {
  /**
   * The backup: PostgreSQL, a local path the agent checked lies inside AGENT_BACKUP_DIR; SQL Server,
   * the path as the database server sees it (AGENT_BACKUP_DIR joined with the checked relative name).
   */
  path: string;
  /** Database to restore into (validated and quoted by the engine). */
  database: string;
  /** Drop (PostgreSQL) or overwrite (SQL Server) the database when it exists; otherwise that is refused. */
  replace: boolean;
  /** SQL Server: directory for the data and log files (as the server sees it); default: the server's default paths. */
  dataDirectory?: string;
}

export interface RestoreResult {
  database: string;
  /** The database existed and was replaced. */
  replaced: boolean;
  /** The backup's manifest; null when the backup has none (made by hand, without this agent). */
  manifest: BackupManifest | null;
  /** What the backup itself says (read from its header), whether or not it has a manifest. */
  backup: { sourceDatabase: string | null; serverVersion: string | null; tool: string | null; createdAt: string | null };
  /** The restore tool (PostgreSQL: `pg_restore --version`); null for SQL Server's RESTORE. */
  tool: string | null;
  restoredAt: string;
}
