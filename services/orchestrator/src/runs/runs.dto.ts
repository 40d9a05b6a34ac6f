import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
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
import { PageQueryDto } from '@cutover/common';
import { RunStatus, TaskStatus } from './statuses';

const KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/;

export class ScriptTaskDto {
  /** Unique within the run. */
  @Matches(KEY, { message: 'key must be 1-200 letters, digits, . _ : / -' })
  key: string;

  /** The system whose agent runs the script. */
  @IsUUID()
  systemId: string;

  /** SQL text; `GO` lines separate batches. */
  @IsString()
  @MinLength(1)
  @MaxLength(5_000_000)
  sql: string;

  /** Keys of tasks of this run that must end first. */
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

  @IsOptional()
  @IsInt()
  @Min(1)
  timeoutSeconds?: number;
}

export class CreateScriptRunDto {
  /** Tasks executing at once. */
  @IsInt()
  @Min(1)
  @Max(256)
  threads: number;

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
  @ValidateNested({ each: true })
  @Type(() => ScriptTaskDto)
  tasks: ScriptTaskDto[];
}

export class RunCountsDto {
  waiting: number;
  ready: number;
  executing: number;
  ended: number;
  error: number;
  paused: number;
  canceled: number;
  total: number;
}

export class RunProgressDto {
  rowsDone: number;
  /** Known once the tasks that move rows know their totals. */
  rowsTotal: number | null;
  /** Across executing tasks, from their own progress. */
  rowsPerSecond: number;
  /** Seconds left at the current rate; null when it cannot be told. */
  etaSeconds: number | null;
}

export class RunDto {
  id: string;
  upgradeId: string | null;
  kind: string;
  status: RunStatus;
  threads: number;
  /** Dispatch held: nothing new starts until released. */
  hold: boolean;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  counts: RunCountsDto;
  progress: RunProgressDto;
}

export class RunPageDto {
  items: RunDto[];
  total: number;
  limit: number;
  offset: number;
}

export class TaskDto {
  id: string;
  runId: string;
  key: string;
  kind: string;
  systemId: string | null;
  status: TaskStatus;
  priority: number;
  attempt: number;
  dependsOn: string[];
  readyAt: string | null;
  dispatchedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  rows: number;
  rowsTotal: number | null;
  bytes: number;
  /** What the task's operation returned (rows copied and deleted first, checksums, objects recreated, script output). */
  result: Record<string, unknown> | null;
  error: string | null;
}

export class TaskPageDto {
  items: TaskDto[];
  total: number;
  limit: number;
  offset: number;
}

export class ListTasksQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;
}

export class RunEventDto {
  id: number;
  runId: string;
  taskId: string | null;
  taskKey: string | null;
  actor: string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  at: string;
}

/** The `progress` event of a run's event stream, every 2 s. */
export class RunProgressEventDto {
  status: RunStatus;
  counts: RunCountsDto;
  rowsDone: number;
  rowsTotal: number | null;
  /** Over the last interval. */
  rowsPerSecond: number;
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
  /** Why, for the event log. */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class UpdateRunDto {
  /** Tasks executing at once from the next admission on. */
  @IsInt()
  @Min(1)
  @Max(256)
  threads: number;

  /** Why, for the event log. */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class EndTaskDto {
  /** Why the task may count as ended although it did not succeed; recorded with the task. */
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

/** The event stream's `error` event: why it ends (an unknown run; its 200 headers were already sent). */
export class RunStreamErrorDto {
  status: number;
  title: string;
  detail: string;
}
