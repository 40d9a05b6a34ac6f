import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { TableRefDto } from '@cutover/common';
import { RunStartDto } from '../checklist/checklist.dto';
import { TableProgressDto, TableReportDto } from '../copy/copy.dto';
import { RunDto } from '../runs/runs.dto';
import { MappingStatus } from './plan';

/** Bounds are row values over the table's key columns, one text per column (bigints too), compared lexicographically. */
export class KeyRangePlanDto {
  /** Inclusive; null for an open start. */
  from: string[] | null;
  /** Exclusive; null for an open end. */
  to: string[] | null;
}

export class TablePlanDto {
  source: TableRefDto;
  target: TableRefDto;
  status: MappingStatus;
  /** What is wrong, one line each (columns named); empty when ok. */
  problems: string[];
  /** Estimated rows on the source. */
  rows: number;
  bytes: number;
  /** Columns copied and compared, in the source's order. */
  columns: string[];
  /** Columns computed by the database (SQL Server computed, PostgreSQL generated): not copied, recomputed on the target. */
  recomputed: string[];
  /**
   * The copy key the ranges are taken on: the primary key, else a unique index over NOT NULL
   * columns (maybe composite, e.g. DATAAREAID, RECID). Empty: copied whole, as one range.
   */
  keyColumns: string[];
  /** Why these key columns (`primary key PK_X`, `unique index I_X (holds RECID)`), or why there are none. */
  keyReason: string;
  ranges: KeyRangePlanDto[];
  /** Informational, as AX's advisories (e.g. no usable copy key: copied as one range); they do not block the launch. */
  advisories: string[];
  /** Higher starts first. */
  priority: number;
  /** Source scripts that write the table: its copy waits for them. */
  waitsFor: string[];
}

export class PlanSummaryDto {
  tables: number;
  ok: number;
  notOk: number;
  rows: number;
  bytes: number;
  ranges: number;
  /** Tables with at least one advisory. */
  advisories: number;
}

export class DataUpgradePlanDto {
  id: string;
  upgradeId: string;
  createdBy: string;
  createdAt: string;
  tables: TablePlanDto[];
  summary: PlanSummaryDto;
}

export class LaunchDataUpgradeDto extends RunStartDto {
  /** Tasks executing at once across the whole run (default: the upgrade's threads). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(256)
  threads?: number;

  /** Source tables to leave out (test runs only, as AX allows skipping tables); each must be in the copy set. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
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
  rowsDone: number;
  rowsTotal: number;
  bytes: number;
  /** The tables' rates summed (see TableProgressDto.rowsPerSecond). */
  rowsPerSecond: number;
  etaSeconds: number | null;
}

export class DataUpgradeProgressDto {
  run: RunDto;
  /** The copy across every table. */
  totals: CopyTotalsDto;
  tables: TableProgressDto[];
}

export class DataUpgradeReportDto {
  run: RunDto;
  tables: TableReportDto[];
}

export class ReportQueryDto {
  /** `csv` for a spreadsheet (one line per table); default JSON. */
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
