import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { TableRefDto } from '@cutover/common';
import { BatchResultDto, ExecuteScriptParamsDto, ResultSetDto, ServerMessageDto } from './script.dto';

/**
 * Requests and results of the preprocessing operations on the source: change tracking and delta
 * scripts, single-user mode and recovery model (backup and restore: backup.dto.ts).
 */

/** A watermark: a PostgreSQL snapshot (`xmin:xmax:xip,…`) or a SQL Server Change Tracking version. */
const WATERMARK = /^\d{1,20}(:\d{1,20}:(\d{1,20}(,\d{1,20})*)?)?$/;
const WATERMARK_MESSAGE = '$property must be a watermark returned by this agent (a PostgreSQL snapshot or a SQL Server version)';

export class TrackedTableDto {
  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  table: TableRefDto;

  /** Columns that identify a row (the primary key, or a unique index over NOT NULL columns); default: the primary key, else such an index (one holding RECID first, then the narrowest). @example ['DATAAREAID', 'RECID'] */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(128, { each: true })
  keyColumns?: string[];
}

export class ChangeTrackingTablesParamsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  tables: TableRefDto[];
}

export class EnableChangeTrackingParamsDto {
  /** Tables to track, each with its key columns (default: its primary key). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TrackedTableDto)
  tables: TrackedTableDto[];

  /**
   * How long SQL Server keeps changes (Change Tracking retention), in days: at least the longest
   * gap expected between two deltas (live preprocessing on a test system before a state transfer
   * can take weeks). Raised when the database keeps less; never lowered. Default 30 when tracking
   * is turned on here. PostgreSQL keeps every change until tracking is disabled.
   * @example 7
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  retentionDays?: number;
}

export class CheckWatermarkParamsDto {
  /** A watermark this agent returned earlier (the `since` of a delta, a backup point). @example '184467' */
  @IsString()
  @Matches(WATERMARK, { message: WATERMARK_MESSAGE })
  @MaxLength(100_000)
  since: string;

  /** Tables whose changes after `since` must all still be held. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  tables: TableRefDto[];
}

export class DeltaScriptParamsDto extends OmitType(ExecuteScriptParamsDto, ['transaction', 'sql', 'recordStatus'] as const) {
  /**
   * SQL text (GO batches). Each table's changed keys are in a temporary table named
   * `delta_<table name>` (PostgreSQL `pg_temp."delta_<table>"`, SQL Server `#delta_<table>`): the key
   * columns and `op` (I, U or D: the last operation on that key in the interval).
   * @example 'UPDATE n SET n.CREDITMAX = c.CREDITMAX FROM dbo.CUSTTABLE_NEW n JOIN #delta_CUSTTABLE d ON d.RECID = n.RECID JOIN dbo.CUSTTABLE c ON c.RECID = n.RECID'
   */
  @IsString()
  @MinLength(1)
  @MaxLength(10_000_000)
  sql: string;

  /** Tables whose changed keys the script reads. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TrackedTableDto)
  tables: TrackedTableDto[];

  /** The watermark of the previous delta (or of enable-change-tracking): changes after it are processed. @example '184467' */
  @IsString()
  @Matches(WATERMARK, { message: WATERMARK_MESSAGE })
  @MaxLength(100_000)
  since: string;
}

export class EnterSingleUserParamsDto {
  /** End the sessions of other logins. Without it, any such session refuses the request (409, listing them). */
  @IsBoolean()
  force: boolean;
}

export class ExitSingleUserParamsDto {
  /**
   * What enter-single-user returned as `restoreState`, untouched: the engine restores access exactly
   * as it was from it. Null only for a state stored before restore states existed (SQL Server: the
   * database is set back to MULTI_USER).
   * @example 'eyJyZWNvdmVyeSI6IkZVTEwifQ'
   */
  @IsDefined({ message: '$property is required: pass what enter-single-user returned' })
  @ValidateIf((o: ExitSingleUserParamsDto) => o.restoreState !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(1_000_000)
  @ApiProperty({ type: String, nullable: true })
  restoreState: string | null;
}

export class RestoreRecoveryModelParamsDto {
  /** What set-recovery-simple returned as `restoreState`, untouched. @example 'eyJyZWNvdmVyeSI6IkZVTEwifQ' */
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  restoreState: string;
}

// ── Results ──

export class TrackedTableResultDto {
  table: TableRefDto;
  /** @example ['DATAAREAID', 'RECID'] */
  keyColumns: string[];
  enabled: boolean;
  /** Tracking was already on with these key columns: nothing changed. */
  alreadyEnabled: boolean;
  /**
   * How changes are captured: SQL Server Change Tracking (SQL Server tables whose key is the
   * primary key) or a capture trigger keyed by the key columns (PostgreSQL; SQL Server tables
   * without a primary key, keyed by a unique index).
   */
  @ApiProperty({ enum: ['change-tracking', 'trigger'] })
  mechanism: 'change-tracking' | 'trigger';
  /** Why the table is not tracked (enabled: false), e.g. its schema lock was not granted in time; try again later. @example 'no primary key: change tracking needs one' */
  problem?: string;
}

export class EnableChangeTrackingResultDto {
  /** Changes after this watermark are tracked: the `since` of the first delta. @example '184467' */
  watermark: string;
  /** How long the database keeps changes ("for 30 DAYS"; PostgreSQL: "until change tracking is disabled …"). @example '7 days' */
  retention: string;
  tables: TrackedTableResultDto[];
  /** Other changes made to the database (SQL Server: ALLOW_SNAPSHOT_ISOLATION turned on, for consistent delta reads). @example ['ALLOW_SNAPSHOT_ISOLATION turned on'] */
  notes: string[];
}

export class UntrackedTableResultDto {
  table: TableRefDto;
  disabled: boolean;
  wasEnabled: boolean;
}

export class DisableChangeTrackingResultDto {
  tables: UntrackedTableResultDto[];
}

export class WatermarkProblemDto {
  table: TableRefDto;
  /** @example 'the watermark is older than the change retention' */
  problem: string;
}

export class CheckWatermarkResultDto {
  /** Every change to the tables after `since` is still held: a delta from it misses nothing. */
  valid: boolean;
  /** @example '7 days' */
  retention: string;
  problems: WatermarkProblemDto[];
}

export class WatermarkResultDto {
  /** Null when change tracking was never enabled in this database. @example '184467' */
  watermark: string | null;
}

export class DeltaKeyCountDto {
  table: TableRefDto;
  /** The temporary table the script read the keys from. @example '#delta_CUSTTABLE' */
  stagingTable: string;
  /** @example 40 */
  inserted: number;
  /** @example 3 */
  updated: number;
  /** @example 12 */
  deleted: number;
}

export class DeltaScriptResultDto {
  /** The new watermark: store it as the next `since` (the script's work is committed with it). @example '184912' */
  watermark: string;
  /** @example '184467' */
  since: string;
  /** No key changed in the interval. */
  noChanges: boolean;
  keys: DeltaKeyCountDto[];
  batches: BatchResultDto[];
  resultSet: ResultSetDto | null;
  messages: ServerMessageDto[];
}

export class NotGuardedTableDto {
  table: TableRefDto;
  /** @example 'no write guard: the table has no trigger' */
  problem: string;
}

export class EnterSingleUserResultDto {
  /** Opaque: store it and pass it to exit-single-user untouched; access is restored exactly as it was from it. @example 'eyJyZWNvdmVyeSI6IkZVTEwifQ' */
  restoreState: string;
  /** Change watermark at entry (null when change tracking is not enabled), for the record: writes by other logins from here on are caught by the write guard. @example '184467' */
  watermark: string | null;
  /** Sessions of other logins that were ended. @example 2 */
  terminated: number;
  /** Tables the write guard was installed on: from now on a write by another login to any of them is recorded. @example 412 */
  guardedTables: number;
  /** Tables the write guard could not be installed on (schema lock not granted in time): writes there go unrecorded. */
  notGuarded: NotGuardedTableDto[];
}

export class ExitSingleUserResultDto {
  /** What was put back as it was before entry, in words. @example ['MULTI_USER access', 'recovery model FULL'] */
  restored: string[];
  /** Tables the write guard was removed from. @example 412 */
  unguardedTables: number;
}

export class RecoveryModelResultDto {
  /** False on PostgreSQL, which has no recovery model. */
  applicable: boolean;
  /** The model before this operation (SQL Server: FULL, BULK_LOGGED or SIMPLE). @example 'FULL' */
  previous: string | null;
  /** The model after it. @example 'SIMPLE' */
  current: string | null;
  /** Opaque: pass to restore-recovery-model to go back to `previous`; null when not applicable. @example 'eyJyZWNvdmVyeSI6IkZVTEwifQ' */
  restoreState: string | null;
  /** @example 'full recovery is restored when single-user ends' */
  note: string;
}

export class BlockingSessionDto {
  sessionId: string;
  login: string;
  host: string | null;
  application: string | null;
  since: string | null;
}
