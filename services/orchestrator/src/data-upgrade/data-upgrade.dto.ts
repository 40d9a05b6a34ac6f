import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { TableRefDto } from '@cutover/common';
import { TransferFormat, type KeyBounds } from '@cutover/contracts';
import { RunStartDto } from '../checklist/checklist.dto';
import { TableProgressDto, TableReportDto } from '../copy/copy.dto';
import { RunDto } from '../runs/runs.dto';
import { MappingStatus, type PlannedForeignKey, type TablePlan, type TableStructure } from '../planning';

/** Bounds are row values over the table's key columns, one text per column (bigints too), compared lexicographically. */
export class KeyRangePlanDto implements KeyBounds {
  /** Inclusive; null for an open start. @example ['dat', '5637144576'] */
  from: string[] | null;
  /** Exclusive; null for an open end. @example ['dat', '5637244576'] */
  to: string[] | null;
}

export class PlannedForeignKeyDto implements PlannedForeignKey {
  /** @example 'FK_CUSTTRANS_CUSTTABLE' */
  name: string;
  /** The referenced table on the target. */
  references: TableRefDto;
  /** Whether the referenced table is copied too (else the key is recreated at the end, after every table). */
  copied: boolean;
}

export class PlannedStructureDto implements TableStructure {
  /** A partitioned table: its leaf partitions are copied, each on its own; it is prepared before and finished after them. */
  partitioned: boolean;
  /** The partitioned source table this one is a partition of. */
  partitionOf: TableRefDto | null;
  /** A partitioned table's partitions in the copy set. */
  partitions: TableRefDto[];
  /** Recreated once the table and the one each references are loaded. */
  foreignKeys: PlannedForeignKeyDto[];
  /** Null: the source engine's default; `pg-text` for tables whose binary COPY would embed type OIDs. */
  format: TransferFormat | null;
}

/** A TablePlan as the API shows it (the planning module's type: a field is added there first). */
export class TablePlanDto implements TablePlan {
  source: TableRefDto;
  target: TableRefDto;
  status: MappingStatus;
  /** What is wrong, one line each (columns named); empty when ok. @example ['column CREDITMAX: numeric(32,16) on the source, int on the target'] */
  problems: string[];
  /** Estimated rows on the source. @example 1250000 */
  rows: number;
  /** @example 734003200 */
  bytes: number;
  /** Columns copied and compared, in the source's order. @example ['ACCOUNTNUM', 'CREDITMAX', 'DATAAREAID', 'RECID'] */
  columns: string[];
  /** Columns computed by the database (SQL Server computed, PostgreSQL generated): not copied, recomputed on the target. @example ['DISPLAYNAME'] */
  recomputed: string[];
  /**
   * The copy key the ranges are taken on: the primary key, else a unique index over NOT NULL
   * columns (maybe composite, e.g. DATAAREAID, RECID). Empty: copied whole, as one range.
   * @example ['DATAAREAID', 'RECID']
   */
  keyColumns: string[];
  /** Why these key columns (`primary key PK_X`, `unique index I_X (holds RECID)`), or why there are none. @example 'primary key PK_CUSTTABLE' */
  keyReason: string;
  ranges: KeyRangePlanDto[];
  /** Informational, as AX's advisories (e.g. no usable copy key: copied as one range); they do not block the launch. @example ['CUSTTABLE has no clustered index: its key ranges are read with a sort'] */
  advisories: string[];
  /** Higher starts first. @example 0 */
  priority: number;
  /** Source scripts that write the table: its copy waits for them. @example ['pre.custtable-cleanup'] */
  waitsFor: string[];
  /** Partition hierarchy, foreign keys and wire format (see PlannedStructureDto). */
  structure: PlannedStructureDto;
}

export class PlanSummaryDto {
  /** @example 412 */
  tables: number;
  /** @example 412 */
  ok: number;
  /** @example 0 */
  notOk: number;
  /** @example 1250000 */
  rows: number;
  /** @example 734003200 */
  bytes: number;
  /** @example 13 */
  ranges: number;
  /** Tables with at least one advisory. @example 1 */
  advisories: number;
}

export class DataUpgradePlanDto {
  /** @example '4c3b2a19-0f8e-4d7c-b6a5-948372615a0b' */
  id: string;
  /** @example '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' */
  upgradeId: string;
  /** @example 'key:ops-lead' */
  createdBy: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
  tables: TablePlanDto[];
  summary: PlanSummaryDto;
}

export class LaunchDataUpgradeDto extends RunStartDto {
  /** Tasks executing at once across the whole run (default: the upgrade's threads). @example 8 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(256)
  threads?: number;

  /** Source tables to leave out (test runs only, as AX allows skipping tables); each must be in the copy set. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  exclude?: TableRefDto[];

  /** Start a new run although the previous one ended in error (default: refuse, and point to rerun-failed). */
  @IsOptional()
  @IsBoolean()
  restart?: boolean;

  /** Create the run with dispatch held: nothing starts until POST /v1/runs/{id}/release (to pause tasks first). */
  @IsOptional()
  @IsBoolean()
  hold?: boolean;
}

export class CopyTotalsDto {
  /** @example 640000 */
  rowsDone: number;
  /** @example 1250000 */
  rowsTotal: number;
  /** @example 734003200 */
  bytes: number;
  /** The tables' rates summed (see TableProgressDto.rowsPerSecond). @example 48000 */
  rowsPerSecond: number;
  /** @example 1320 */
  etaSeconds: number | null;
}

export class DataUpgradeProgressDto {
  run: RunDto;
  /** The copy across every table. */
  totals: CopyTotalsDto;
  tables: TableProgressDto[];
}

/** One identity or serial sequence (SQL Server: IDENTITY) carried from the source to the target after the copy. */
export class SequenceSyncDto {
  source: TableRefDto;
  table: TableRefDto;
  column: string;
  sourceSequence: string;
  /** The source's last value; null when it handed none out yet (the target's starts afresh). */
  lastValue: string | null;
  targetSequence: string | null;
  /** What the target's sequence was set to: its next value follows it. */
  value: string | null;
  set: boolean;
  /** Why it was not set. */
  reason?: string;
}

/** A sequence object the package names, carried from the source to the target by name after the copy. */
export class NamedSequenceSyncDto {
  sequence: TableRefDto;
  /** False when the source has no such sequence (nothing is set). */
  found: boolean;
  /** The source's last value; null when it handed none out yet (the target's starts afresh). */
  lastValue: string | null;
  /** What the target's sequence was set to: its next value follows it. */
  value: string | null;
  set: boolean;
  /** Why it was not set. */
  reason?: string;
}

export class DataUpgradeReportDto {
  run: RunDto;
  tables: TableReportDto[];
  /** Set by the run's sync-sequences task after every table was loaded; empty until it ended. */
  sequences: SequenceSyncDto[];
  /** The package's named sequences, set by the same task. */
  namedSequences: NamedSequenceSyncDto[];
}

export class ReportQueryDto {
  /** `csv` for a spreadsheet (one line per table); default JSON. */
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
