import { TableRefDto } from '@cutover/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
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
  /** Copies executing at once (default: the upgrade's threads). @example 8 */
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
  /** Live and delta scripts that write it (empty for framework tables). @example ['live.custtable-creditmax'] */
  writtenBy: string[];
  /** Rows on the test system. @example 1250000 */
  rows: number;
  /** @example 734003200 */
  bytes: number;
  /** False: the transfer creates it on production first. */
  existsOnProduction: boolean;
  /** The copy key the ranges are taken on (maybe composite); empty: copied whole, as one range. @example ['DATAAREAID', 'RECID'] */
  keyColumns: string[];
  /** Why these key columns, or why there are none. @example 'primary key PK_CUSTTABLE' */
  keyReason: string;
  /** Informational (e.g. no usable copy key: copied as one range). @example ['CUSTTABLE has no clustered index: its key ranges are read with a sort'] */
  advisories: string[];
  /** Key ranges copied in parallel. @example 13 */
  ranges: number;
}

export class ExcludedTableDto {
  table: TableRefDto;
  /** Why it is not copied. @example 'not in the copy rules' */
  reason: string;
}

export class StateTransferStartDto {
  dryRun: boolean;
  /** Every failed condition (a dry run reports them; a real start refuses with 409 while any is left). @example ['dbo.CUSTTABLE: no primary key on production'] */
  problems: string[];
  /** What the orchestrator cannot check and the operator should make sure of (recorded as run events too); no refusal. @example ['CUSTTABLE has no clustered index: its key ranges are read with a sort'] */
  advisories: string[];
  tables: TransferTableDto[];
  excluded: ExcludedTableDto[];
  /** The state-transfer run; null for a dry run. */
  run: RunDto | null;
}

export class BackupPointDto {
  /** Production's change watermark when the backup point was recorded. @example '184467' */
  watermark: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  at: string;
  /** @example 'key:ops-lead' */
  by: string;
}

export class CarriedStateDto {
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  runId: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  at: string;
  /** Scripts whose status production took over from the test system. @example ['live.custtable-creditmax', 'delta.custtable-creditmax'] */
  scripts: string[];
  /** Delta scripts whose production watermark was set to the backup point. @example ['delta.custtable-creditmax'] */
  watermarks: string[];
  /** @example '184467' */
  watermark: string;
}

export class TransferTableProgressDto {
  table: TableRefDto;
  phase: TablePhase;
  /** @example 13 */
  ranges: number;
  /** @example 7 */
  rangesDone: number;
  /** @example 640000 */
  rowsDone: number;
  /** @example 1250000 */
  rowsTotal: number;
  /** Null until verify-table ended. */
  checksumMatch: boolean | null;
}

export class SequenceValuesDto {
  /** @example '1250' */
  next: string;
  /** @example '99999999' */
  max: string;
}

/** A key column other than the sequence's code, and its value: which company's row (AX: DATAAREAID). */
export class SequenceScopeDto {
  /** @example 'DATAAREAID' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  column: string;

  /** @example 'dat' */
  @IsString()
  @MaxLength(256)
  value: string;
}

export class NumberSequencePreviewDto {
  /** e.g. CRM_1 (party numbers). @example 'CRM_1' */
  key: string;
  /** Which row of the sequence: the other key columns' values (e.g. DATAAREAID = dat); empty for one row per sequence. */
  scope: SequenceScopeDto[];
  /** @example 'Party numbers' */
  description: string;
  table: TableRefDto;
  test: SequenceValuesDto | null;
  production: SequenceValuesDto | null;
  /** What apply writes on production: the test system's values, never lower than production's. */
  valueToSet: SequenceValuesDto | null;
  /** Production already holds valueToSet. */
  inSync: boolean;
  /** Why it cannot be previewed (row missing, read failed); null when fine. @example 'no row for CRM_1 in company dat on production' */
  problem: string | null;
}

export class NumberSequenceApplicationDto {
  /** @example 'CRM_1' */
  key: string;
  scope: SequenceScopeDto[];
  /** @example '1250' */
  testNext: string;
  /** @example '99999999' */
  testMax: string;
  /** @example '1251' */
  productionNext: string;
  /** @example '99999999' */
  productionMax: string;
  /** @example '1250' */
  nextSet: string;
  /** @example '99999999' */
  maxSet: string;
  /** False when production already held the values: nothing was written. */
  changed: boolean;
  /** @example 'key:ops-lead' */
  appliedBy: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  appliedAt: string;
}

export class NumberSequencesDto {
  sequences: NumberSequencePreviewDto[];
  /** Every application, newest first. */
  applied: NumberSequenceApplicationDto[];
}

export class ConfirmSequenceDto {
  /** A number sequence the package declares. @example 'CRM_1' */
  @IsString()
  @MaxLength(128)
  key: string;

  /** The row, as the preview showed it (e.g. [{ column: "DATAAREAID", value: "dat" }]); default: none (one row per sequence). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SequenceScopeDto)
  scope?: SequenceScopeDto[];

  /** Production's next value as the preview showed it: apply refuses (409) if production changed since. @example '1251' */
  @Matches(/^-?\d{1,38}$/, { message: 'productionNext must be an integer as the preview showed it' })
  productionNext: string;

  /** Production's maximum value as the preview showed it. @example '99999999' */
  @Matches(/^-?\d{1,38}$/, { message: 'productionMax must be an integer as the preview showed it' })
  productionMax: string;
}

export class ApplyNumberSequencesDto extends RunStartDto {
  /** The sequences to write, each with production's values the operator confirmed from the preview. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ConfirmSequenceDto)
  sequences: ConfirmSequenceDto[];
}

export class StateTransferStatusDto {
  /** @example '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' */
  upgradeId: string;
  /** @example '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e' */
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
  /** What to do next, as checklist keys or steps (e.g. run-delta-preprocessing, enter-single-user-mode-source). @example ['run-delta-preprocessing', 'enter-single-user-mode-source'] */
  next: string[];
}
