import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ChecklistStatus } from './checklist-task.entity';

export class ChecklistTaskDto {
  /** @example 'stop-aos' */
  key: string;
  /** @example 'Preparation' */
  section: string;
  /** @example 'Stop the AOS services' */
  title: string;
  /** @example 'Stop every AOS instance so no client writes to production.' */
  description: string;
  /** @example 1 */
  position: number;
  required: boolean;
  /** Completed by the run that performs it. */
  automatic: boolean;
  /** @example ['prepare-test-system'] */
  prerequisites: string[];
  status: ChecklistStatus;
  /** @example 'key:ops-lead' */
  completedBy: string | null;
  /** @example '2026-12-01T21:40:12.000Z' */
  completedAt: string | null;
  /** @example 'Checked with finance' */
  notes: string | null;
  /** Why a run that performed this step could not complete it (status `blocked`). @example 'waits for preprocessing.validate' */
  blockedReason: string | null;
  /** Each time an admin started this step with prerequisites open: who, when, why, which. */
  overrides: PrerequisiteOverrideDto[];
}

export class PrerequisiteOverrideDto {
  /** @example 'key:ops-lead' */
  by: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  at: string;
  /** @example 'checked by the DBA' */
  reason: string;
  /** @example ['prepare-test-system'] */
  skipped: string[];
}

/** `{"override": {"reason": "…"}}` on a run start: an admin starts it although prerequisites are open. */
export class OverrideRequestDto {
  /** Why the open prerequisites may be skipped; recorded on the checklist task and as a run event. @example 'checked by the DBA' */
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export class OpenPrerequisiteDto {
  key: string;
  title: string;
  status: ChecklistStatus;
}

export class CompleteChecklistTaskDto {
  /** @example 'AOS01 and AOS02 stopped at 20:10' */
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

/** The body every run start accepts: an admin's override of open prerequisites. */
export class RunStartDto {
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OverrideRequestDto)
  override?: OverrideRequestDto;
}
