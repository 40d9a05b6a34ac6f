import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ChecklistStatus {
  Open = 'open',
  Done = 'done',
  /** The run that performs it ended, but the task could not be completed (its reason says why). */
  Blocked = 'blocked',
}

/** An admin started this step's run with prerequisites open. */
export interface PrerequisiteOverride {
  by: string;
  at: string;
  reason: string;
  /** The prerequisites that were open. */
  skipped: string[];
}

@Entity('checklist_task')
@Index('UQ_checklist_task_upgrade_key', ['upgradeId', 'key'], { unique: true })
export class ChecklistTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  upgradeId: string;

  @Column('text')
  key: string;

  @Column('text')
  section: string;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  @Column('int')
  position: number;

  @Column('boolean')
  required: boolean;

  /** Completed by the run that performs it, not by hand. */
  @Column('boolean')
  automatic: boolean;

  /** Keys of the checklist tasks that must be done first. */
  @Column('text', { array: true })
  prerequisites: string[];

  @Column('text', { default: ChecklistStatus.Open })
  status: ChecklistStatus;

  @Column('text', { nullable: true })
  completedBy: string | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('text', { nullable: true })
  blockedReason: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  overrides: PrerequisiteOverride[];
}
