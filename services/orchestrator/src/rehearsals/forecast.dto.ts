import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { TableRefDto } from '@cutover/common';
import { ForecastPhase } from './phases';

export class ForecastQueryDto {
  /** The rehearsal whose timings are scaled. */
  @IsUUID()
  rehearsal: string;

  /** Threads of the production runs (default: the upgrade's). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(256)
  threads?: number;
}

export class CriticalStepDto {
  runKind: string;
  key: string;
  kind: string;
  phase: ForecastPhase;
  startSeconds: number;
  endSeconds: number;
  seconds: number;
  /** Ready, but waiting for a free thread. */
  waitedSeconds: number;
  /** How its duration was obtained. */
  method: string;
}

export class PhaseSpanDto {
  phase: ForecastPhase;
  tasks: number;
  /** Sum of the phase's task durations (thread-seconds). */
  workSeconds: number;
  startSeconds: number | null;
  endSeconds: number | null;
  /** Its steps' share of the critical path. */
  criticalSeconds: number;
}

export class CurvePointDto {
  threads: number;
  windowSeconds: number;
  /** Saved over one thread fewer; 0 or less: more threads stopped helping. */
  gainSeconds: number;
}

export class EstimatedTaskDto {
  runKind: string;
  key: string;
  kind: string;
  seconds: number;
  /** How it was estimated without a rehearsal measure. */
  method: string;
}

export class TableScalingDto {
  source: TableRefDto;
  rehearsalRows: number;
  rehearsalBytes: number;
  /** From production's catalog now; null when production has no such table. */
  productionRows: number | null;
  productionBytes: number | null;
  factor: number;
  /** rows, bytes, or unscaled with the reason. */
  basis: string;
  /** Copy ranges in the rehearsal (its last run copying the table). */
  rangesRehearsed: number;
  /** Copy ranges production's size would be cut into (rows / the upgrade's rangeRows, when the table has a copy key). */
  rangesForecast: number;
}

export class CapacityDto {
  /**
   * Tasks' worth of work the systems do at full speed, fitted from the rehearsal's own timeline:
   * above it, running tasks share it and each slows down. Null: no contention was found (run times
   * are taken as measured, and more threads always help until the DAG's width).
   */
  tasks: number | null;
  /** How it was obtained. */
  basis: string;
}

export class ForecastDto {
  upgradeId: string;
  rehearsalId: string;
  threads: number;
  /** Predicted single-user window: the rehearsal's runs one after the other, at production's size. */
  windowSeconds: number;
  /** The chain that bounds the window, first step first: its durations plus waits add up to the window. */
  criticalPath: CriticalStepDto[];
  criticalPathSeconds: number;
  /** The window with unlimited threads (longest dependency chain): no thread count goes below it. */
  longestChainSeconds: number;
  /** Thread-seconds of all tasks: the window on one thread. */
  workSeconds: number;
  phases: PhaseSpanDto[];
  /** The window at 1…16 threads. */
  threadsCurve: CurvePointDto[];
  /** The shared capacity the simulation plays the threads on. */
  capacity: CapacityDto;
  /** The rehearsal's own window (its runs' elapsed times added up), for reference. */
  rehearsalWindowSeconds: number | null;
  tables: TableScalingDto[];
  /** Tasks without a rehearsal measure, and how they were estimated. */
  estimated: EstimatedTaskDto[];
  /** Copy-set tables of production the rehearsal did not copy (a subset rehearsal): not in the forecast. */
  notRehearsed: TableRefDto[];
}
