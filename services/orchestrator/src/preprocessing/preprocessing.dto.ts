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
  runId: string;
  systemId: string | null;
  check: string;
  status: ReadinessStatus;
  message: string;
  at: string;
}

export class ReadinessRunSummaryDto {
  runId: string;
  status: string;
  createdAt: string;
  errors: number;
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
  scriptKey: string;
  phase: string;
  packageSha256: string;
  runId: string;
  endedAt: string;
}

export class DeltaWatermarkDto {
  scriptKey: string;
  watermark: string;
  updatedAt: string;
}

export class PreprocessingStateDto {
  scripts: ScriptStateDto[];
  watermarks: DeltaWatermarkDto[];
}
