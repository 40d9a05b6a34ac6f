import { TableRefDto } from '@cutover/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RunStartDto } from '../checklist/checklist.dto';
import { TablePhase } from '../copy/copy.dto';
import { RunDto } from '../runs/runs.dto';
import { TransferReason } from './discovery';
import { TestSystemProvenanceDto } from './restore.dto';

export class StartStateTransferDto extends RunStartDto {
  /** Copies executing at once (default: the upgrade's threads). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(256)
  threads?: number;

  /** Create the run with dispatch held: nothing starts until POST /v1/runs/{id}/release (time to pause tasks first). */
  @IsOptional()
  @IsBoolean()
  hold?: boolean;

  /** Validate and discover the tables with their sizes, copy nothing. */
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

export class TransferTableDto {
  /** The same on both systems. */
  table: TableRefDto;
  reason: TransferReason;
  /** Live and delta scripts that write it (empty for framework tables). */
  writtenBy: string[];
  /** Rows on the test system. */
  rows: number;
  bytes: number;
  /** False: the transfer creates it on production first. */
  existsOnProduction: boolean;
  /** The copy key the ranges are taken on (maybe composite); empty: copied whole, as one range. */
  keyColumns: string[];
  /** Why these key columns, or why there are none. */
  keyReason: string;
  /** Informational (e.g. no usable copy key: copied as one range). */
  advisories: string[];
  /** Key ranges copied in parallel. */
  ranges: number;
}

export class ExcludedTableDto {
  table: TableRefDto;
  /** Why it is not copied. */
  reason: string;
}

export class StateTransferStartDto {
  dryRun: boolean;
  /** Every failed condition (a dry run reports them; a real start refuses with 409 while any is left). */
  problems: string[];
  /** What the orchestrator cannot check and the operator should make sure of (recorded as run events too); no refusal. */
  advisories: string[];
  tables: TransferTableDto[];
  excluded: ExcludedTableDto[];
  /** The state-transfer run; null for a dry run. */
  run: RunDto | null;
}

export class BackupPointDto {
  /** Production's change watermark when the backup point was recorded. */
  watermark: string;
  at: string;
  by: string;
}

export class CarriedStateDto {
  runId: string;
  at: string;
  /** Scripts whose status production took over from the test system. */
  scripts: string[];
  /** Delta scripts whose production watermark was set to the backup point. */
  watermarks: string[];
  watermark: string;
}

export class TransferTableProgressDto {
  table: TableRefDto;
  phase: TablePhase;
  ranges: number;
  rangesDone: number;
  rowsDone: number;
  rowsTotal: number;
  /** Null until verify-table ended. */
  checksumMatch: boolean | null;
}

export class SequenceValuesDto {
  next: string;
  max: string;
}

/** A key column other than the sequence's code, and its value: which company's row (AX: DATAAREAID). */
export class SequenceScopeDto {
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  column: string;

  @IsString()
  @MaxLength(256)
  value: string;
}

export class NumberSequencePreviewDto {
  /** e.g. CRM_1 (party numbers). */
  key: string;
  /** Which row of the sequence: the other key columns' values (e.g. DATAAREAID = dat); empty for one row per sequence. */
  scope: SequenceScopeDto[];
  description: string;
  table: TableRefDto;
  test: SequenceValuesDto | null;
  production: SequenceValuesDto | null;
  /** What apply writes on production: the test system's values, never lower than production's. */
  valueToSet: SequenceValuesDto | null;
  /** Production already holds valueToSet. */
  inSync: boolean;
  /** Why it cannot be previewed (row missing, read failed); null when fine. */
  problem: string | null;
}

export class NumberSequenceApplicationDto {
  key: string;
  scope: SequenceScopeDto[];
  testNext: string;
  testMax: string;
  productionNext: string;
  productionMax: string;
  nextSet: string;
  maxSet: string;
  /** False when production already held the values: nothing was written. */
  changed: boolean;
  appliedBy: string;
  appliedAt: string;
}

export class NumberSequencesDto {
  sequences: NumberSequencePreviewDto[];
  /** Every application, newest first. */
  applied: NumberSequenceApplicationDto[];
}

export class ConfirmSequenceDto {
  /** A number sequence the package declares. */
  @IsString()
  @MaxLength(128)
  key: string;

  /** The row, as the preview showed it (e.g. [{ column: "DATAAREAID", value: "dat" }]); default: none (one row per sequence). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => SequenceScopeDto)
  scope?: SequenceScopeDto[];

  /** Production's next value as the preview showed it: apply refuses (409) if production changed since. */
  @Matches(/^-?\d{1,38}$/, { message: 'productionNext must be an integer as the preview showed it' })
  productionNext: string;

  /** Production's maximum value as the preview showed it. */
  @Matches(/^-?\d{1,38}$/, { message: 'productionMax must be an integer as the preview showed it' })
  productionMax: string;
}

export class ApplyNumberSequencesDto extends RunStartDto {
  /** The sequences to write, each with production's values the operator confirmed from the preview. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ConfirmSequenceDto)
  sequences: ConfirmSequenceDto[];
}

export class StateTransferStatusDto {
  upgradeId: string;
  testSystemId: string;
  backupPoint: BackupPointDto | null;
  /** The tables discovered at the last start or dry run. */
  tables: TransferTableDto[];
  lastRun: RunDto | null;
  /** Per table of the last run: phase, ranges, rows, checksum. */
  progress: TransferTableProgressDto[];
  carried: CarriedStateDto | null;
  /** The state transfer's backup of production and where the test system comes from. */
  testSystem: TestSystemProvenanceDto;
  sequencesApplied: NumberSequenceApplicationDto[];
  /** What to do next, as checklist keys or steps (e.g. run-delta-preprocessing, enter-single-user-mode-source). */
  next: string[];
}
