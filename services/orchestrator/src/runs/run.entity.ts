import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RunStatus } from './statuses';

@Entity('run')
export class RunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { nullable: true })
  upgradeId: string | null;

  /** readiness, live-preprocessing, delta-preprocessing, single-user-preprocessing, data-upgrade, state-transfer, scripts */
  @Column('text')
  kind: string;

  @Column('text')
  status: RunStatus;

  @Column('int')
  threads: number;

  /** Dispatch held (AX: the AOS taken out of the batch group): nothing new starts. */
  @Column('boolean', { default: false })
  hold: boolean;

  /** Tasks dispatched to the queue or executing: admission keeps it at most `threads`. */
  @Column('int', { default: 0 })
  active: number;

  @Column('text')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;
}
