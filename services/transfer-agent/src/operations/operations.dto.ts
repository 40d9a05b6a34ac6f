import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEnum,
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
import { OperationStatus, OperationType } from '@cutover/contracts';
import { CreateTableParamsDto, CreateTableResultDto } from './create-table.dto';
import { ExecuteScriptParamsDto, ReadScriptStatusResultDto, ScriptResultDto } from './script.dto';
import {
  ChecksumParamsDto,
  ChecksumResultDto,
  CopyRangeParamsDto,
  CopyRangeResultDto,
  FinishTableParamsDto,
  FinishTableResultDto,
  PrepareTableResultDto,
  TableParamsDto,
} from './copy.dto';
import {
  ReadNumberSequencesParamsDto,
  ReadNumberSequencesResultDto,
  SetNumberSequenceParamsDto,
  SetNumberSequenceResultDto,
} from './sequences.dto';
import {
  ReadTableSequencesParamsDto,
  ReadTableSequencesResultDto,
  SetTableSequencesParamsDto,
  SetTableSequencesResultDto,
} from './table-sequences.dto';
import { BackupDatabaseParamsDto, BackupResultDto, RestoreDatabaseParamsDto, RestoreResultDto } from './backup.dto';
import {
  CheckWatermarkParamsDto,
  CheckWatermarkResultDto,
  ChangeTrackingTablesParamsDto,
  DeltaScriptParamsDto,
  DeltaScriptResultDto,
  DisableChangeTrackingResultDto,
  EnableChangeTrackingParamsDto,
  EnableChangeTrackingResultDto,
  EnterSingleUserParamsDto,
  EnterSingleUserResultDto,
  ExitSingleUserParamsDto,
  ExitSingleUserResultDto,
  RecoveryModelResultDto,
  RestoreRecoveryModelParamsDto,
  WatermarkResultDto,
} from './admin.dto';

export * from './script.dto';
export * from './key-range.dto';
export * from './copy.dto';

const requiredFor = (type: OperationType) => (o: StartOperationDto) => o.type === type;

export class StartOperationDto {
  /** Client-chosen id (the orchestrator uses the task attempt id). Starting the same id again returns the existing operation. @example '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190' */
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { message: 'id must be 1-128 characters of letters, digits, . _ : -' })
  id: string;

  @IsEnum(OperationType)
  type: OperationType;

  @ValidateIf(requiredFor(OperationType.ExecuteScript))
  @IsDefined({ message: `$property is required for type ${OperationType.ExecuteScript}` })
  @IsObject()
  @ValidateNested()
  @Type(() => ExecuteScriptParamsDto)
  executeScript?: ExecuteScriptParamsDto;

  @ValidateIf(requiredFor(OperationType.PrepareTable))
  @IsDefined({ message: `$property is required for type ${OperationType.PrepareTable}` })
  @IsObject()
  @ValidateNested()
  @Type(() => TableParamsDto)
  prepareTable?: TableParamsDto;

  @ValidateIf(requiredFor(OperationType.FinishTable))
  @IsDefined({ message: `$property is required for type ${OperationType.FinishTable}` })
  @IsObject()
  @ValidateNested()
  @Type(() => FinishTableParamsDto)
  finishTable?: FinishTableParamsDto;

  @ValidateIf(requiredFor(OperationType.CopyRange))
  @IsDefined({ message: `$property is required for type ${OperationType.CopyRange}` })
  @IsObject()
  @ValidateNested()
  @Type(() => CopyRangeParamsDto)
  copyRange?: CopyRangeParamsDto;

  @ValidateIf(requiredFor(OperationType.ChecksumRange))
  @IsDefined({ message: `$property is required for type ${OperationType.ChecksumRange}` })
  @IsObject()
  @ValidateNested()
  @Type(() => ChecksumParamsDto)
  checksumRange?: ChecksumParamsDto;

  @ValidateIf(requiredFor(OperationType.EnableChangeTracking))
  @IsDefined({ message: `$property is required for type ${OperationType.EnableChangeTracking}` })
  @IsObject()
  @ValidateNested()
  @Type(() => EnableChangeTrackingParamsDto)
  enableChangeTracking?: EnableChangeTrackingParamsDto;

  @ValidateIf(requiredFor(OperationType.DisableChangeTracking))
  @IsDefined({ message: `$property is required for type ${OperationType.DisableChangeTracking}` })
  @IsObject()
  @ValidateNested()
  @Type(() => ChangeTrackingTablesParamsDto)
  disableChangeTracking?: ChangeTrackingTablesParamsDto;

  @ValidateIf(requiredFor(OperationType.CreateTable))
  @IsDefined({ message: `$property is required for type ${OperationType.CreateTable}` })
  @IsObject()
  @ValidateNested()
  @Type(() => CreateTableParamsDto)
  createTable?: CreateTableParamsDto;

  @ValidateIf(requiredFor(OperationType.ReadNumberSequences))
  @IsDefined({ message: `$property is required for type ${OperationType.ReadNumberSequences}` })
  @IsObject()
  @ValidateNested()
  @Type(() => ReadNumberSequencesParamsDto)
  readNumberSequences?: ReadNumberSequencesParamsDto;

  @ValidateIf(requiredFor(OperationType.SetNumberSequence))
  @IsDefined({ message: `$property is required for type ${OperationType.SetNumberSequence}` })
  @IsObject()
  @ValidateNested()
  @Type(() => SetNumberSequenceParamsDto)
  setNumberSequence?: SetNumberSequenceParamsDto;

  @ValidateIf(requiredFor(OperationType.ReadTableSequences))
  @IsDefined({ message: `$property is required for type ${OperationType.ReadTableSequences}` })
  @IsObject()
  @ValidateNested()
  @Type(() => ReadTableSequencesParamsDto)
  readTableSequences?: ReadTableSequencesParamsDto;

  @ValidateIf(requiredFor(OperationType.SetTableSequences))
  @IsDefined({ message: `$property is required for type ${OperationType.SetTableSequences}` })
  @IsObject()
  @ValidateNested()
  @Type(() => SetTableSequencesParamsDto)
  setTableSequences?: SetTableSequencesParamsDto;

  @ValidateIf(requiredFor(OperationType.CheckWatermark))
  @IsDefined({ message: `$property is required for type ${OperationType.CheckWatermark}` })
  @IsObject()
  @ValidateNested()
  @Type(() => CheckWatermarkParamsDto)
  checkWatermark?: CheckWatermarkParamsDto;

  @ValidateIf(requiredFor(OperationType.RunDeltaScript))
  @IsDefined({ message: `$property is required for type ${OperationType.RunDeltaScript}` })
  @IsObject()
  @ValidateNested()
  @Type(() => DeltaScriptParamsDto)
  runDeltaScript?: DeltaScriptParamsDto;

  @ValidateIf(requiredFor(OperationType.EnterSingleUser))
  @IsDefined({ message: `$property is required for type ${OperationType.EnterSingleUser}` })
  @IsObject()
  @ValidateNested()
  @Type(() => EnterSingleUserParamsDto)
  enterSingleUser?: EnterSingleUserParamsDto;

  @ValidateIf(requiredFor(OperationType.ExitSingleUser))
  @IsDefined({ message: `$property is required for type ${OperationType.ExitSingleUser}` })
  @IsObject()
  @ValidateNested()
  @Type(() => ExitSingleUserParamsDto)
  exitSingleUser?: ExitSingleUserParamsDto;

  /** Optional: without it the backup goes straight into AGENT_BACKUP_DIR. */
  @ValidateIf((o: StartOperationDto) => o.backupDatabase !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => BackupDatabaseParamsDto)
  backupDatabase?: BackupDatabaseParamsDto;

  @ValidateIf(requiredFor(OperationType.RestoreDatabase))
  @IsDefined({ message: `$property is required for type ${OperationType.RestoreDatabase}` })
  @IsObject()
  @ValidateNested()
  @Type(() => RestoreDatabaseParamsDto)
  restoreDatabase?: RestoreDatabaseParamsDto;

  @ValidateIf(requiredFor(OperationType.RestoreRecoveryModel))
  @IsDefined({ message: `$property is required for type ${OperationType.RestoreRecoveryModel}` })
  @IsObject()
  @ValidateNested()
  @Type(() => RestoreRecoveryModelParamsDto)
  restoreRecoveryModel?: RestoreRecoveryModelParamsDto;
}

export class RenewGrantDto {
  /** A fresh grant for exactly what the queued copy-range will export (same table, range, columns, format, operation). @example 'eyJhbGciOiJFZERTQSJ9.eyJ0YWJsZSI6ImRiby5DVVNUVEFCTEUifQ.c2lnbmF0dXJl' */
  @IsString()
  @MinLength(10)
  @MaxLength(4096)
  grant: string;
}

export class ProgressDto {
  /** @example 1250000 */
  rows: number;
  /** @example 734003200 */
  bytes: number;
  /** Average since the operation started running. @example 48000 */
  rowsPerSecond: number;
  /** @example 52428800 */
  bytesPerSecond: number;
  /** @example 754.2 */
  elapsedSeconds: number;
}

export class EnsureScriptStatusResultDto {
  /** cutover.script_status exists. */
  ready: boolean;
}

export class OperationResultDto {
  executeScript?: ScriptResultDto;
  prepareTable?: PrepareTableResultDto;
  finishTable?: FinishTableResultDto;
  copyRange?: CopyRangeResultDto;
  checksumRange?: ChecksumResultDto;
  enableChangeTracking?: EnableChangeTrackingResultDto;
  disableChangeTracking?: DisableChangeTrackingResultDto;
  currentWatermark?: WatermarkResultDto;
  checkWatermark?: CheckWatermarkResultDto;
  createTable?: CreateTableResultDto;
  ensureScriptStatus?: EnsureScriptStatusResultDto;
  readScriptStatus?: ReadScriptStatusResultDto;
  readNumberSequences?: ReadNumberSequencesResultDto;
  readTableSequences?: ReadTableSequencesResultDto;
  setTableSequences?: SetTableSequencesResultDto;
  setNumberSequence?: SetNumberSequenceResultDto;
  runDeltaScript?: DeltaScriptResultDto;
  enterSingleUser?: EnterSingleUserResultDto;
  exitSingleUser?: ExitSingleUserResultDto;
  backupDatabase?: BackupResultDto;
  restoreDatabase?: RestoreResultDto;
  setRecoverySimple?: RecoveryModelResultDto;
  restoreRecoveryModel?: RecoveryModelResultDto;
}

export class OperationErrorDto {
  /** What went wrong, in words an operator can act on. @example 'Cannot insert duplicate key row in object dbo.CUSTTABLE' */
  message: string;
  /**
   * A connection or a component went away (by error code, not text): the work itself may be fine
   * and another attempt may succeed. Absent when the agent could not tell.
   */
  transient?: boolean;
}

export class OperationDto {
  /** @example '8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190' */
  id: string;
  type: OperationType;
  status: OperationStatus;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  startedAt: string | null;
  /** @example '2026-12-01T21:40:12.000Z' */
  finishedAt: string | null;
  progress: ProgressDto;
  result: OperationResultDto | null;
  error: OperationErrorDto | null;
}

export class ListOperationsQueryDto {
  @IsOptional()
  @IsEnum(OperationStatus)
  status?: OperationStatus;
}

export class GetOperationQueryDto {
  /** Long-poll: wait up to this many seconds for the operation to finish before answering. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  waitSeconds?: number;
}
