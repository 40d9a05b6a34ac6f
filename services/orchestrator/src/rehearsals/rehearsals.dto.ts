import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, Matches } from 'class-validator';
import { TableRefDto } from '@cutover/common';
import { TaskStatus } from '../runs/statuses';
import { ForecastPhase } from './phases';

export class CreateRehearsalDto {
  /** How people name it: "mock 1", "dress rehearsal". Unique within the upgrade. */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._ -]{0,79}$/, { message: 'label must be 1-80 letters, digits, spaces, . _ -' })
  label: string;

  /** The rehearsal system: the copy of production the runs read from. Its table sizes are recorded now. */
  @IsUUID()
  systemId: string;

  /** Finished runs of this upgrade: single-user preprocessing and/or data upgrade. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  runIds: string[];
}

export class RehearsalRunDto {
  id: string;
  kind: string;
  status: string;
  threads: number;
  createdAt: string;
  finishedAt: string | null;
  /** Created → finished. */
  elapsedSeconds: number | null;
}

export class RehearsalDto {
  id: string;
  upgradeId: string;
  label: string;
  systemId: string;
  /** In the order they ran. */
  runs: RehearsalRunDto[];
  /** The runs' elapsed times added up: the rehearsal's own window (null while a run has no end). */
  windowSeconds: number | null;
  createdBy: string;
  createdAt: string;
}

export class RehearsalPageDto {
  items: RehearsalDto[];
  total: number;
  limit: number;
  offset: number;
}

export class RehearsalTableDto {
  source: TableRefDto | null;
  target: TableRefDto;
  /** First task of the table started → last ended; null while one did not end. */
  seconds: number | null;
  rows: number;
  bytes: number;
  ranges: number;
  rowsPerSecond: number | null;
  /** Keys of its tasks that ended in error. */
  failed: string[];
}

export class RehearsalScriptDto {
  runKind: string;
  key: string;
  phase: ForecastPhase;
  seconds: number | null;
  rows: number;
  status: TaskStatus;
  failed: boolean;
}

export class RehearsalDetailDto extends RehearsalDto {
  tables: RehearsalTableDto[];
  scripts: RehearsalScriptDto[];
}

export class CompareRehearsalsQueryDto {
  /** The earlier rehearsal. */
  @IsUUID()
  base: string;

  /** The one compared with it. */
  @IsUUID()
  candidate: string;
}

export class ComparedSideDto {
  seconds: number | null;
  rows: number;
  rowsPerSecond: number | null;
  failed: boolean;
}

export class ComparisonItemDto {
  kind: 'table' | 'script';
  /** The target table as display text, or the script key. */
  name: string;
  table: TableRefDto | null;
  phase: ForecastPhase;
  /** Null: not in that rehearsal. */
  base: ComparedSideDto | null;
  candidate: ComparedSideDto | null;
  /** Candidate minus base; positive is slower. Null unless it ended in both. */
  changeSeconds: number | null;
  changePercent: number | null;
  /** Failed in the candidate and not in the base. */
  newFailure: boolean;
}

export class RehearsalComparisonDto {
  base: RehearsalDto;
  candidate: RehearsalDto;
  /** Change of the rehearsals' windows, in percent (null unless both have one). */
  windowChangePercent: number | null;
  /** New failures first, then the slowest movers. */
  items: ComparisonItemDto[];
}
