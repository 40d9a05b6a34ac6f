import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { BACKUP_NAME, BACKUP_NAME_MESSAGE, EngineKind } from '@cutover/contracts';

/** Requests and results of backup-database and restore-database. */

export class BackupDatabaseParamsDto {
  /** Subdirectory of AGENT_BACKUP_DIR to write into (plain names separated by `/`). @example 'prod' */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, {
    message: '$property must be a relative path of plain names (letters, digits, _ and -)',
  })
  directory?: string;
}

export class RestoreDatabaseParamsDto {
  /** The backup to restore: its path relative to AGENT_BACKUP_DIR, as backup-database returned it in `name`. @example 'prod/MicrosoftDynamicsAX-20261201.bak' */
  @IsString()
  @MaxLength(300)
  @Matches(BACKUP_NAME, { message: BACKUP_NAME_MESSAGE })
  file: string;

  /** Database to restore into; default: the one this agent serves. The engine checks the name (400). @example 'MicrosoftDynamicsAX_Test' */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  database?: string;

  /**
   * Replace the database when it exists (PostgreSQL: dropped WITH (FORCE) first; SQL Server:
   * RESTORE … WITH REPLACE). Without it an existing database is refused (409).
   */
  @IsOptional()
  @IsBoolean()
  replace?: boolean;
}

/** What a backup holds, written with it: beside a PostgreSQL dump as `<dump>.manifest.json`, in a SQL Server backup set's description. */
export class BackupManifestDto {
  /** `cutover-backup/1`. @example 'cutover-backup/1' */
  format: string;
  engine: EngineKind;
  /** @example 'MicrosoftDynamicsAX' */
  sourceDatabase: string;
  /** @example '16.0.4135.4' */
  serverVersion: string;
  /** Change watermark read right before the backup started; null when change tracking was not enabled. @example '184467' */
  watermark: string | null;
  /** When that watermark was read (ISO 8601). @example '2026-12-01T20:15:00.000Z' */
  takenAt: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  finishedAt: string;
  /** The dump tool's version (`pg_dump --version`); null for SQL Server. @example 'pg_dump (PostgreSQL) 18.4' */
  tool: string | null;
  /** @example 734003200 */
  bytes: number;
}

export class BackupResultDto {
  /** Where the backup is, as the agent (PostgreSQL) or the database server (SQL Server) sees it. @example '/var/opt/mssql/backup/prod/MicrosoftDynamicsAX-20261201.bak' */
  file: string;
  /** The backup's path relative to AGENT_BACKUP_DIR: what restore-database takes as `file`. @example 'prod/MicrosoftDynamicsAX-20261201.bak' */
  name: string;
  /** @example 734003200 */
  bytes: number;
  manifest: BackupManifestDto;
}

/** What the backup's own header says (PostgreSQL: the archive header; SQL Server: RESTORE HEADERONLY). */
export class BackupHeaderDto {
  /** @example 'MicrosoftDynamicsAX' */
  sourceDatabase: string | null;
  /** @example '16.0.4135.4' */
  serverVersion: string | null;
  /** pg_dump's version; null for SQL Server. @example 'pg_dump (PostgreSQL) 18.4' */
  tool: string | null;
  /** PostgreSQL: local time of the dumping host (no time zone); SQL Server: the backup's start. @example '2026-12-01T20:15:00.000Z' */
  createdAt: string | null;
}

export class RestoreResultDto {
  /** The backup, relative to AGENT_BACKUP_DIR. @example 'prod/MicrosoftDynamicsAX-20261201.bak' */
  file: string;
  /** @example 'MicrosoftDynamicsAX_Test' */
  database: string;
  /** The database existed and was replaced. */
  replaced: boolean;
  /** The backup's manifest; null for a backup made without this agent (its provenance is then unknown). */
  manifest: BackupManifestDto | null;
  backup: BackupHeaderDto;
  /** `pg_restore --version`; null for SQL Server. @example 'pg_restore (PostgreSQL) 18.4' */
  tool: string | null;
  /** @example '2026-12-01T21:40:12.000Z' */
  restoredAt: string;
}
