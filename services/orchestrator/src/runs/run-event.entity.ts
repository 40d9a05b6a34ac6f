import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every status change and operator action: who, when, from → to, why. */
@Entity('run_event')
@Index('IDX_run_event_run', ['runId', 'id'])
export class RunEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  runId: string;

  @Column('uuid', { nullable: true })
  taskId: string | null;

  @Column('text', { nullable: true })
  taskKey: string | null;

  @Column('text')
  actor: string;

  @Column('text')
  type: string;

  @Column('text', { nullable: true })
  fromStatus: string | null;

  @Column('text', { nullable: true })
  toStatus: string | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
