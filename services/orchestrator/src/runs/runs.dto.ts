import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { type JsonOf, PageQueryDto } from '@cutover/common';
import type { RunRow } from './run.repository';
import { RunStatus, TaskStatus } from './statuses';

const KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/;

export class ScriptTaskDto {
  /** Unique within the run. @example 'pre.cleanup-inventtrans' */
  @Matches(KEY, { message: 'key must be 1-200 letters, digits, . _ : / -' })
  key: string;

  /** The system whose agent runs the script. @example '6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d' */
  @IsUUID()
  systemId: string;

  /** SQL text; `GO` lines separate batches. @example 'UPDATE dbo.CUSTTABLE SET CREDITMAX = 0 WHERE CREDITMAX IS NULL' */
  @IsString()
  @MinLength(1)
  @MaxLength(5_000_000)
  sql: string;

  /** Keys of tasks of this run that must end first. @example ['preprocessing.validate-custtable'] */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  dependsOn?: string[];

  /** Higher starts first among ready tasks. */
  @IsOptional()
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  priority?: number;

  /** @example 3600 */
  @IsOptional()
  @IsInt()
  @Min(1)
  timeoutSeconds?: number;
}

export class CreateScriptRunDto {
  /** Tasks executing at once. @example 8 */
  @IsInt()
  @Min(1)
  @Max(256)
  threads: number;

  /** @example '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' */
  @IsOptional()
  @IsUUID()
  upgradeId?: string;

  /** Create with dispatch held, to inspect the run before anything starts; release starts it. */
  @IsOptional()
  @IsBoolean()
  hold?: boolean;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ScriptTaskDto)
  tasks: ScriptTaskDto[];
}

export class RunCountsDto {
  /** @example 12 */
  waiting: number;
  /** @example 3 */
  ready: number;
  /** @example 2 */
  executing: number;
  /** @example 118 */
  ended: number;
  /** @example 0 */
  error: number;
  /** @example 0 */
  paused: number;
  /** @example 0 */
  canceled: number;
  /** @example 135 */
  total: number;
}

export class RunProgressDto {
  /** @example 640000 */
  rowsDone: number;
  /** Known once the tasks that move rows know their totals. @example 1250000 */
  rowsTotal: number | null;
  /** Across executing tasks, from their own progress. @example 48000 */
  rowsPerSecond: number;
  /** Seconds left at the current rate; null when it cannot be told. @example 1320 */
  etaSeconds: number | null;
}

/** A run's row (RunRow, its dates as ISO text) with its task counts and progress. */
export class RunDto implements JsonOf<RunRow> {
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  id: string;
  /** @example '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' */
  upgradeId: string | null;
  /** @example 'data-upgrade' */
  kind: string;
  status: RunStatus;
  /** @example 8 */
  threads: number;
  /** Dispatch held: nothing new starts until released. */
  hold: boolean;
  /** @example 'key:ops-lead' */
  createdBy: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  finishedAt: string | null;
  counts: RunCountsDto;
  progress: RunProgressDto;
}

export class RunPageDto {
  items: RunDto[];
  /** @example 1 */
  total: number;
  /** @example 50 */
  limit: number;
  /** @example 0 */
  offset: number;
}

export class TaskDto {
  /** @example '5d4c3b2a-1908-4f7e-ad5c-4b3a29180f7e' */
  id: string;
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  runId: string;
  /** @example 'copy:dbo.CUSTTABLE:3' */
  key: string;
  /** @example 'copy-range' */
  kind: string;
  /** @example '6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d' */
  systemId: string | null;
  status: TaskStatus;
  /** @example 0 */
  priority: number;
  /** @example 1 */
  attempt: number;
  /** @example ['preprocessing.validate-custtable'] */
  dependsOn: string[];
  /** @example '2026-12-01T20:15:00.000Z' */
  readyAt: string | null;
  /** @example '2026-12-01T20:15:00.000Z' */
  dispatchedAt: string | null;
  /** @example '2026-12-01T20:15:00.000Z' */
  startedAt: string | null;
  /** @example '2026-12-01T21:40:12.000Z' */
  finishedAt: string | null;
  /** @example 100000 */
  rows: number;
  /** @example 1250000 */
  rowsTotal: number | null;
  /** @example 58720256 */
  bytes: number;
  /** Seconds from its start to its end, or until now while it runs; null before it starts. @example 12.5 */
  seconds: number | null;
  /** Its rows over those seconds, whole rows/s (the server's rates, as every rate the API gives); null before it starts. @example 8000 */
  rowsPerSecond: number | null;
  /** What the task's operation returned (rows copied and deleted first, checksums, objects recreated, script output). @example {'rows': 100000, 'bytes': 58720256} */
  result: Record<string, unknown> | null;
  /** @example 'Cannot insert duplicate key row in object dbo.CUSTTABLE' */
  error: string | null;
}

export class TaskPageDto {
  items: TaskDto[];
  /** @example 1 */
  total: number;
  /** @example 50 */
  limit: number;
  /** @example 0 */
  offset: number;
}

export class ListTasksQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;
}

export class RunEventDto {
  /** @example 1042 */
  id: number;
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  runId: string;
  /** @example '5d4c3b2a-1908-4f7e-ad5c-4b3a29180f7e' */
  taskId: string | null;
  /** @example 'copy:dbo.CUSTTABLE:3' */
  taskKey: string | null;
  /** @example 'key:ops-lead' */
  actor: string;
  /** @example 'task-status' */
  type: string;
  /** @example 'ready' */
  fromStatus: string | null;
  /** @example 'executing' */
  toStatus: string | null;
  /** @example 'restarting after the storage fix' */
  reason: string | null;
  /** @example '2026-12-01T20:15:00.000Z' */
  at: string;
}

/** The `progress` event of a run's event stream, every 2 s. */
export class RunProgressEventDto {
  status: RunStatus;
  counts: RunCountsDto;
  /** @example 640000 */
  rowsDone: number;
  /** @example 1250000 */
  rowsTotal: number | null;
  /** Over the last interval. @example 48000 */
  rowsPerSecond: number;
  /** @example 1320 */
  etaSeconds: number | null;
}

export class EventsQueryDto {
  /** Only events after this id (what an SSE client sends back as Last-Event-ID). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  limit?: number;
}

export class ControlDto {
  /** Why, for the event log. @example 'storage maintenance window' */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class UpdateRunDto {
  /** Tasks executing at once from the next admission on. @example 8 */
  @IsInt()
  @Min(1)
  @Max(256)
  threads: number;

  /** Why, for the event log. @example 'more threads after hours' */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class EndTaskDto {
  /** Why the task may count as ended although it did not succeed; recorded with the task. @example 'done by hand in SSMS' */
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

/** The event stream's `error` event: why it ends (an unknown run; its 200 headers were already sent). */
export class RunStreamErrorDto {
  /** @example 404 */
  status: number;
  /** @example 'Not Found' */
  title: string;
  /** @example 'run 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d does not exist' */
  detail: string;
}
