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
import { CreateTableParamsDto } from './create-table.dto';
import { ExecuteScriptParamsDto } from './script.dto';
import { ChecksumParamsDto, CopyRangeParamsDto, FinishTableParamsDto, TableParamsDto } from './copy.dto';
import { ReadNumberSequencesParamsDto, SetNumberSequenceParamsDto } from './sequences.dto';
import { ReadTableSequencesParamsDto, SetTableSequencesParamsDto } from './table-sequences.dto';
import { BackupDatabaseParamsDto, RestoreDatabaseParamsDto } from './backup.dto';
import {
  CheckWatermarkParamsDto,
  ChangeTrackingTablesParamsDto,
  DeltaScriptParamsDto,
  EnableChangeTrackingParamsDto,
  EnterSingleUserParamsDto,
  ExitSingleUserParamsDto,
  RestoreRecoveryModelParamsDto,
} from './admin.dto';

export * from './script.dto';
export * from './key-range.dto';
export * from './copy.dto';
export * from './operation-view.dto';

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
