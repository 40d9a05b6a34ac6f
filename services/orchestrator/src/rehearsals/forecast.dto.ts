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
  /** @example 'data-upgrade' */
  runKind: string;
  /** @example 'copy:dbo.CUSTTABLE:3' */
  key: string;
  /** @example 'copy-range' */
  kind: string;
  phase: ForecastPhase;
  /** @example 1800 */
  startSeconds: number;
  /** @example 7200 */
  endSeconds: number;
  /** @example 540 */
  seconds: number;
  /** Ready, but waiting for a free thread. @example 120 */
  waitedSeconds: number;
  /** How its duration was obtained. @example 'rehearsal' */
  method: string;
}

export class PhaseSpanDto {
  phase: ForecastPhase;
  /** @example 38 */
  tasks: number;
  /** Sum of the phase's task durations (thread-seconds). @example 36000 */
  workSeconds: number;
  /** @example 1800 */
  startSeconds: number | null;
  /** @example 7200 */
  endSeconds: number | null;
  /** Its steps' share of the critical path. @example 5400 */
  criticalSeconds: number;
}

export class CurvePointDto {
  /** @example 8 */
  threads: number;
  /** @example 14400 */
  windowSeconds: number;
  /** Saved over one thread fewer; 0 or less: more threads stopped helping. @example 1800 */
  gainSeconds: number;
}

export class EstimatedTaskDto {
  /** @example 'data-upgrade' */
  runKind: string;
  /** @example 'copy:dbo.CUSTTABLE:3' */
  key: string;
  /** @example 'copy-range' */
  kind: string;
  /** @example 540 */
  seconds: number;
  /** How it was estimated without a rehearsal measure. @example 'rehearsal' */
  method: string;
}

export class TableScalingDto {
  source: TableRefDto;
  /** @example 1250000 */
  rehearsalRows: number;
  /** @example 680000000 */
  rehearsalBytes: number;
  /** From production's catalog now; null when production has no such table. @example 1310000 */
  productionRows: number | null;
  /** @example 734003200 */
  productionBytes: number | null;
  /** @example 1.08 */
  factor: number;
  /** rows, bytes, or unscaled with the reason. @example 'rows' */
  basis: string;
  /** Copy ranges in the rehearsal (its last run copying the table). @example 13 */
  rangesRehearsed: number;
  /** Copy ranges production's size would be cut into (rows / the upgrade's rangeRows, when the table has a copy key). @example 14 */
  rangesForecast: number;
}

export class CoresHostDto {
  /** The agents' host name. @example 'ax-sql-01' */
  host: string;
  /** Cores the agent may use there (os.availableParallelism()). @example 8 */
  cpus: number;
  /** The systems whose agents run there. @example ['prod', 'target'] */
  systems: string[];
}

export class CoresBoundDto {
  /** The most tasks' worth of work the systems can do at once: the fewest cores among their hosts. @example 8 */
  tasks: number;
  hosts: CoresHostDto[];
  /** Why: one shared host, or several with the fewest cores limiting. @example 'prod and target share one host, ax-sql-01: its 8 cores' */
  basis: string;
}

export class FitRehearsalDto {
  /** @example 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9' */
  id: string;
  /** @example 'mock 2' */
  label: string;
  /** Threads of its runs, as launched. @example [2] */
  threads: number[];
}

export class CapacityDto {
  /**
   * Tasks' worth of work the systems do at full speed: above it, running tasks share it and each
   * slows down. The joint fit over the rehearsals (`fittedTasks`), bounded by the systems' cores
   * (`bound`). Null: no contention found and no bound known (run times are taken as measured, and
   * more threads always help until the DAG's width).
   * @example 2
   */
  tasks: number | null;
  /** How it was obtained. @example 'bounded by the cores, 2: the rehearsals show no contention (no contention found: 9 copy ranges ran alike at 1 to 4 tasks at once); prod and target share one host, bench: its 2 cores' */
  basis: string;
  /** The fit alone, from the rehearsals' timelines; null: they show no contention. @example 3.25 */
  fittedTasks: number | null;
  /** The upper bound from the cores the systems' agents report; null: no agent reported them. */
  bound: CoresBoundDto | null;
  /** The rehearsals that fed the fit: the one forecast from first, then others of the same rehearsal system, newest first. */
  rehearsals: FitRehearsalDto[];
}

export class DurationsSourceDto {
  /** The rehearsal whose task times were scaled: the one asked for, or a less contended one of the same data. @example 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9' */
  rehearsalId: string;
  /** @example 'mock 2 at 2 threads' */
  label: string;
  /** Mean tasks running at once in it: the less, the less contention the forecast has to take out. @example 1.6 */
  meanConcurrency: number;
  /** Why these times. @example "the task times of 'mock 2 at 2 threads': the same data on the same system with 1.60 tasks at once on average against this one's 3.05, so less contention to take out" */
  basis: string;
}

export class ForecastDto {
  /** @example '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' */
  upgradeId: string;
  /** @example 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9' */
  rehearsalId: string;
  /** @example 8 */
  threads: number;
  /** Predicted single-user window: the rehearsal's runs one after the other, at production's size. @example 14400 */
  windowSeconds: number;
  /** The chain that bounds the window, first step first: its durations plus waits add up to the window. */
  criticalPath: CriticalStepDto[];
  /** @example 16200 */
  criticalPathSeconds: number;
  /** The window with unlimited threads (longest dependency chain): no thread count goes below it. @example 9000 */
  longestChainSeconds: number;
  /** Thread-seconds of all tasks: the window on one thread. @example 36000 */
  workSeconds: number;
  phases: PhaseSpanDto[];
  /** The window at 1…16 threads. */
  threadsCurve: CurvePointDto[];
  /** The shared capacity the simulation plays the threads on. */
  capacity: CapacityDto;
  /** The rehearsal's own window (its runs' elapsed times added up), for reference. @example 14400 */
  rehearsalWindowSeconds: number | null;
  /** Whose task times were scaled, and why. */
  durations: DurationsSourceDto;
  tables: TableScalingDto[];
  /** Tasks without a rehearsal measure, and how they were estimated. */
  estimated: EstimatedTaskDto[];
  /** Copy-set tables of production the rehearsal did not copy (a subset rehearsal): not in the forecast. */
  notRehearsed: TableRefDto[];
}
