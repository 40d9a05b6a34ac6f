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
