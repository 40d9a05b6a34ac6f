import { IsOptional, IsString, MaxLength } from 'class-validator';
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
}

export class CompleteChecklistTaskDto {
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}
