import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TaskStatus } from './statuses';

@Entity('task')
@Index('UQ_task_run_key', ['runId', 'key'], { unique: true })
@Index('IDX_task_run_status', ['runId', 'status'])
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  runId: string;

  /** Unique within the run, e.g. `script:CUSTTABLE_PARTY` or `copy:dbo.INVENTTRANS:3`. */
  @Column('text')
  key: string;

  @Column('text')
  kind: string;

  /** The system whose agent executes the task. */
  @Column('uuid', { nullable: true })
  systemId: string | null;

  @Column('jsonb')
  payload: Record<string, unknown>;

  /** Higher runs first among ready tasks. */
  @Column('int', { default: 0 })
  priority: number;

  @Column('text')
  status: TaskStatus;

  /** Dependencies not ended yet; the task becomes ready when it reaches 0. */
  @Column('int', { default: 0 })
  pending: number;

  /** Starts so far; the operation id on the agent is `${id}.${attempt}`. */
  @Column('int', { default: 0 })
  attempt: number;

  /** Set when the task is handed to the queue; a job whose token differs is stale and does nothing. */
  @Column('uuid', { nullable: true })
  dispatchToken: string | null;

  @Column('timestamptz', { nullable: true })
  readyAt: Date | null;

  /** When the task was handed to the queue; startedAt - dispatchedAt is the dispatch latency. */
  @Column('timestamptz', { nullable: true })
  dispatchedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;

  @Column('bigint', { default: 0 })
  rows: string;

  @Column('bigint', { nullable: true })
  rowsTotal: string | null;

  @Column('bigint', { default: 0 })
  bytes: string;

  @Column('jsonb', { nullable: true })
  result: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  error: string | null;
}
