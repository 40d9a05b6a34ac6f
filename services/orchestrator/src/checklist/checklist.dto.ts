import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ChecklistStatus } from './checklist-task.entity';

export class ChecklistTaskDto {
  key: string;
  section: string;
  title: string;
  description: string;
  position: number;
  required: boolean;
  /** Completed by the run that performs it. */
  automatic: boolean;
  prerequisites: string[];
  status: ChecklistStatus;
  completedBy: string | null;
  completedAt: string | null;
  notes: string | null;
  /** Why a run that performed this step could not complete it (status `blocked`). */
  blockedReason: string | null;
  /** Each time an admin started this step with prerequisites open: who, when, why, which. */
  overrides: PrerequisiteOverrideDto[];
}

export class PrerequisiteOverrideDto {
  by: string;
  at: string;
  reason: string;
  skipped: string[];
}

/** `{"override": {"reason": "…"}}` on a run start: an admin starts it although prerequisites are open. */
export class OverrideRequestDto {
  /** Why the open prerequisites may be skipped; recorded on the checklist task and as a run event. */
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
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

/** The body every run start accepts: an admin's override of open prerequisites. */
export class RunStartDto {
  @IsOptional()
  @ValidateNested()
  @Type(() => OverrideRequestDto)
  override?: OverrideRequestDto;
}
