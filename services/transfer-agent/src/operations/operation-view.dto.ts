import { OperationStatus, OperationType } from '@cutover/contracts';
import { CreateTableResultDto } from './create-table.dto';
import { ReadScriptStatusResultDto, ScriptResultDto } from './script.dto';
import { ChecksumResultDto, CopyRangeResultDto, FinishTableResultDto, PrepareTableResultDto } from './copy.dto';
import { ReadNumberSequencesResultDto, SetNumberSequenceResultDto } from './sequences.dto';
import { ReadTableSequencesResultDto, SetTableSequencesResultDto } from './table-sequences.dto';
import { BackupResultDto, RestoreResultDto } from './backup.dto';
import {
  CheckWatermarkResultDto,
  DeltaScriptResultDto,
  DisableChangeTrackingResultDto,
  EnableChangeTrackingResultDto,
  EnterSingleUserResultDto,
  ExitSingleUserResultDto,
  RecoveryModelResultDto,
  WatermarkResultDto,
} from './admin.dto';

/** What the agent answers about an operation: its status, progress, result or error (the requests are in operations.dto.ts). */
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
