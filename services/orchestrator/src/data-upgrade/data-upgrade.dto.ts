import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TablePhase } from '../copy/copy-report.service';
import { RunDto } from '../runs/runs.dto';
import { MappingStatus } from './plan';

export class KeyRangePlanDto {
  /** Inclusive; null for an open start. */
  from: string | null;
  /** Exclusive; null for an open end. */
  to: string | null;
}

export class TablePlanDto {
  source: string;
  target: string;
  status: MappingStatus;
  /** What is wrong, one line each (columns named); empty when ok. */
  problems: string[];
  /** Estimated rows on the source. */
  rows: number;
  bytes: number;
  /** Columns copied and compared, in the source's order. */
  columns: string[];
  keyColumn: string | null;
  ranges: KeyRangePlanDto[];
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
}

export class DataUpgradePlanDto {
  id: string;
  upgradeId: string;
  createdBy: string;
  createdAt: string;
  tables: TablePlanDto[];
  summary: PlanSummaryDto;
}

export class LaunchDataUpgradeDto {
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
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  exclude?: string[];

  /** Start a new run although the previous one ended in error (default: refuse, and point to rerun-failed). */
  @IsOptional()
  @IsBoolean()
  restart?: boolean;
}

export class TableProgressDto {
  table: string;
  sourceTable: string;
  phase: TablePhase;
  ranges: number;
  rangesDone: number;
  rowsDone: number;
  /** Estimated from the source's statistics at plan time. */
  rowsTotal: number;
  bytes: number;
  /** Current copy rate: the ranges copying now, each over its own running time. */
  rowsPerSecond: number;
  etaSeconds: number | null;
}

export class DataUpgradeProgressDto {
  run: RunDto;
  tables: TableProgressDto[];
}

export class TableReportDto {
  sourceTable: string;
  table: string;
  status: TablePhase;
  sourceRows: number | null;
  targetRows: number | null;
  /** Null until the table's verify-table task ended. */
  checksumMatch: boolean | null;
  ranges: number;
  rowsCopied: number;
  bytes: number;
  /** First range started → last range ended. */
  copySeconds: number | null;
  rowsPerSecond: number | null;
  verifySeconds: number | null;
  finishSeconds: number | null;
  /** Indexes and constraints recreated by finish-table. */
  recreated: number;
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
