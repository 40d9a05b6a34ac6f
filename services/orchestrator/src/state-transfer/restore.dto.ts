import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { BACKUP_NAME, BACKUP_NAME_MESSAGE } from '@cutover/contracts';
import { RunDto } from '../runs/runs.dto';

/** The state transfer's backup of production and its restore as the test system. */

export class RestoreTestSystemDto {
  /**
   * The backup of production to restore, relative to the test agent's AGENT_BACKUP_DIR (what the
   * backup step reports as `name`). Default: the backup of the last state-transfer backup run that ended.
   * @example 'prod/MicrosoftDynamicsAX-20261201.bak'
   */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(BACKUP_NAME, { message: BACKUP_NAME_MESSAGE })
  file?: string;

  /** Must be true: the restore replaces the test system's database (the one its agent serves). */
  @IsBoolean()
  replace: boolean;
}

export class RestoredBackupDto {
  /** Production's database that was backed up. @example 'MicrosoftDynamicsAX' */
  sourceDatabase: string;
  /** @example '16.0.4135.4' */
  serverVersion: string;
  /** Production's change watermark read right before the backup started; null when change tracking was off then. @example '184467' */
  watermark: string | null;
  /** When that watermark was read (the backup started right after). @example '2026-12-01T20:15:00.000Z' */
  takenAt: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  finishedAt: string;
  /** @example 'pg_dump (PostgreSQL) 18.4' */
  tool: string | null;
}

export class TestSystemRestoreDto {
  /** The restore run. @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  runId: string;
  /** The backup, relative to the test agent's AGENT_BACKUP_DIR. @example 'prod/MicrosoftDynamicsAX-20261201.bak' */
  file: string;
  /** @example 'MicrosoftDynamicsAX_Test' */
  database: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  restoredAt: string;
  /** @example 'key:ops-lead' */
  restoredBy: string;
  /** The backup's manifest; null when it has none (made without the agent): when it was taken is then unknown. */
  backup: RestoredBackupDto | null;
  /**
   * Whether the backup was taken after the backup point (its watermark covers the backup point's);
   * false refuses the state transfer; null when it cannot be told (no backup point, or no manifest).
   */
  afterBackupPoint: boolean | null;
}

export class ProductionBackupDto {
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  runId: string;
  /** @example 'ended' */
  status: string;
  /** Relative to AGENT_BACKUP_DIR: what the restore step takes as `file`. Null until the backup ended. @example 'prod/MicrosoftDynamicsAX-20261201.bak' */
  name: string | null;
  /** @example 734003200 */
  bytes: number | null;
  backup: RestoredBackupDto | null;
}

export class TestSystemProvenanceDto {
  /** The last backup of production made by the state transfer's backup step, if any. */
  lastBackup: ProductionBackupDto | null;
  /** The last restore run of the test system, if any. */
  lastRestoreRun: RunDto | null;
  /** What the test system was restored from through the restore step; null when unknown (restored by hand, or no restore ended). */
  restored: TestSystemRestoreDto | null;
}
