import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, Matches } from 'class-validator';
import { TableRefDto } from '@cutover/common';
import { TaskStatus } from '../runs/statuses';
import { ForecastPhase } from './phases';

export class CreateRehearsalDto {
  /** How people name it: "mock 1", "dress rehearsal". Unique within the upgrade. @example 'dress rehearsal 3' */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._ -]{0,79}$/, { message: 'label must be 1-80 letters, digits, spaces, . _ -' })
  label: string;

  /** The rehearsal system: the copy of production the runs read from. Its table sizes are recorded now. @example '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e' */
  @IsUUID()
  systemId: string;

  /** Finished runs of this upgrade: single-user preprocessing and/or data upgrade. @example ['3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d'] */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  runIds: string[];
}

export class RehearsalRunDto {
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  id: string;
  /** @example 'data-upgrade' */
  kind: string;
  /** @example 'ended' */
  status: string;
  /** @example 8 */
  threads: number;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  finishedAt: string | null;
  /** Created → finished. @example 754.2 */
  elapsedSeconds: number | null;
}

export class RehearsalDto {
  /** @example 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9' */
  id: string;
  /** @example '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' */
  upgradeId: string;
  /** @example 'dress rehearsal 3' */
  label: string;
  /** @example '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e' */
  systemId: string;
  /** In the order they ran. */
  runs: RehearsalRunDto[];
  /** The runs' elapsed times added up: the rehearsal's own window (null while a run has no end). @example 14400 */
  windowSeconds: number | null;
  /** @example 'key:ops-lead' */
  createdBy: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
}

export class RehearsalPageDto {
  items: RehearsalDto[];
  /** @example 1 */
  total: number;
  /** @example 50 */
  limit: number;
  /** @example 0 */
  offset: number;
}

export class RehearsalTableDto {
  source: TableRefDto | null;
  target: TableRefDto;
  /** First task of the table started → last ended; null while one did not end. @example 540 */
  seconds: number | null;
  /** @example 1250000 */
  rows: number;
  /** @example 734003200 */
  bytes: number;
  /** @example 13 */
  ranges: number;
  /** @example 48000 */
  rowsPerSecond: number | null;
  /** Keys of its tasks that ended in error. @example ['copy:dbo.CUSTTABLE:3'] */
  failed: string[];
}

export class RehearsalScriptDto {
  /** @example 'data-upgrade' */
  runKind: string;
  /** @example 'live.custtable-creditmax' */
  key: string;
  phase: ForecastPhase;
  /** @example 540 */
  seconds: number | null;
  /** @example 1250000 */
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
  /** @example 540 */
  seconds: number | null;
  /** @example 1250000 */
  rows: number;
  /** @example 48000 */
  rowsPerSecond: number | null;
  failed: boolean;
}

export class ComparisonItemDto {
  kind: 'table' | 'script';
  /** The target table as display text, or the script key. @example 'dbo.CUSTTABLE' */
  name: string;
  table: TableRefDto | null;
  phase: ForecastPhase;
  /** Null: not in that rehearsal. */
  base: ComparedSideDto | null;
  candidate: ComparedSideDto | null;
  /** Candidate minus base; positive is slower. Null unless it ended in both. @example 95.4 */
  changeSeconds: number | null;
  /** @example 12.5 */
  changePercent: number | null;
  /** Failed in the candidate and not in the base. */
  newFailure: boolean;
}

export class RehearsalComparisonDto {
  base: RehearsalDto;
  candidate: RehearsalDto;
  /** Change of the rehearsals' windows, in percent (null unless both have one). @example -8.5 */
  windowChangePercent: number | null;
  /** New failures first, then the slowest movers. */
  items: ComparisonItemDto[];
}
