import { IsBoolean, IsOptional } from 'class-validator';
import { ReadinessStatus } from './preprocessing.entities';

export class StartLiveRunDto {
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
