import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Where each script of a package stands on a source system: what state transfer later moves. */
@Entity('script_state')
export class ScriptStateEntity {
  @PrimaryColumn('uuid')
  upgradeId: string;

  @PrimaryColumn('uuid')
  systemId: string;

  @PrimaryColumn('text')
  scriptKey: string;

  @Column('text')
  packageSha256: string;

  @Column('text')
  phase: string;

  @Column('uuid')
  runId: string;

  @Column('timestamptz')
  endedAt: Date;
}

/** The change-tracking watermark each delta script has processed up to, per source system. */
@Entity('delta_watermark')
export class DeltaWatermarkEntity {
  @PrimaryColumn('uuid')
  upgradeId: string;

  @PrimaryColumn('uuid')
  systemId: string;

  @PrimaryColumn('text')
  scriptKey: string;

  @Column('text')
  watermark: string;

  @Column('timestamptz')
  updatedAt: Date;
}

export enum ReadinessStatus {
  Pass = 'pass',
  Error = 'error',
  Advisory = 'advisory',
}

/** One check of one readiness run, kept with its history. */
@Entity('readiness_result')
@Index('IDX_readiness_result_upgrade', ['upgradeId', 'runId'])
export class ReadinessResultEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  upgradeId: string;

  @Column('uuid')
  runId: string;

  @Column('uuid', { nullable: true })
  systemId: string | null;

  @Column('text')
  check: string;

  @Column('text')
  status: ReadinessStatus;

  @Column('text')
  message: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
