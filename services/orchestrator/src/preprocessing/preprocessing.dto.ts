import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { IntersectionType } from '@nestjs/swagger';
import { RunStartDto } from '../checklist/checklist.dto';
import { ReadinessStatus } from './preprocessing.entities';

/** Which source system of the upgrade a preprocessing step runs on. */
export enum SourceSide {
  /** The production source (default). */
  Production = 'production',
  /** The upgrade's test system (a restored copy of production), for state transfer. */
  Test = 'test',
}

export class SourceSideDto {
  /** `production` (default) or `test`: the upgrade's test-source system, whose state is later transferred to production. */
  @IsOptional()
  @IsEnum(SourceSide)
  system?: SourceSide;
}

/** A run start on one source system, with an admin's override of open prerequisites if any. */
export class StartOnSideDto extends IntersectionType(SourceSideDto, RunStartDto) {}

export class StartLiveRunDto extends StartOnSideDto {
  /** Run again the scripts that already ended for this package (default: skip them). */
  @IsOptional()
  @IsBoolean()
  rerun?: boolean;
}

export class ReadinessResultDto {
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  runId: string;
  /** @example '6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d' */
  systemId: string | null;
  /** @example 'change-tracking' */
  check: string;
  status: ReadinessStatus;
  /** @example 'change tracking is enabled on 412 tables' */
  message: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  at: string;
}

export class ReadinessRunSummaryDto {
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  runId: string;
  /** @example 'ended' */
  status: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
  /** @example 0 */
  errors: number;
  /** @example 1 */
  advisories: number;
}

export class ReadinessDto {
  /** The latest readiness run's results; empty before the first check. */
  latest: ReadinessResultDto[];
  /** Every readiness run of the upgrade, newest first. */
  history: ReadinessRunSummaryDto[];
  /** True when the latest run ended without errors: later steps may start. */
  ready: boolean;
}

export class ScriptStateDto {
  /** @example 'delta.custtable-creditmax' */
  scriptKey: string;
  /** @example 'delta' */
  phase: string;
  /** @example '9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e' */
  packageSha256: string;
  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  runId: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  endedAt: string;
}

export class DeltaWatermarkDto {
  /** @example 'delta.custtable-creditmax' */
  scriptKey: string;
  /** @example '184467' */
  watermark: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  updatedAt: string;
}

export class PreprocessingStateDto {
  scripts: ScriptStateDto[];
  watermarks: DeltaWatermarkDto[];
}
