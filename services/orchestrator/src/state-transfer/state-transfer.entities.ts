import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { TransferTable } from './discovery';

/** Where an upgrade's state transfer stands: the backup point, the last start, the state carried over. */
@Entity('state_transfer')
export class StateTransferEntity {
  @PrimaryColumn('uuid')
  upgradeId: string;

  /** Production's change watermark taken right before production was backed up for the test system. */
  @Column('text', { nullable: true })
  backupWatermark: string | null;

  @Column('timestamptz', { nullable: true })
  backupAt: Date | null;

  @Column('text', { nullable: true })
  backupBy: string | null;

  /** The tables discovered at the last start (or dry run), with their sizes on the test system. */
  @Column('jsonb', { nullable: true })
  tables: TransferTable[] | null;

  /** The last state-transfer run. */
  @Column('uuid', { nullable: true })
  runId: string | null;

  /** The backup watermark validated when that run started: what the carry-over gives production's delta scripts. */
  @Column('text', { nullable: true })
  runWatermark: string | null;

  /** Set once the run's state was carried over (script statuses, delta watermarks, checklist). */
  @Column('timestamptz', { nullable: true })
  carriedAt: Date | null;

  @Column('jsonb', { nullable: true })
  carried: { runId: string; scripts: string[]; watermarks: string[]; watermark: string } | null;

  /**
   * Where the test system's database comes from, when it was restored through the state transfer's
   * restore step: the backup and its manifest. Null when it was restored by hand (or a restore is
   * under way, or did not end): its provenance is then unknown.
   */
  @Column('jsonb', { nullable: true })
  restored: TestSystemRestore | null;
}

/** A backup of production as the agent's manifest describes it. */
export interface RestoredBackup {
  sourceDatabase: string;
  serverVersion: string;
  /** Production's change watermark read right before the backup started; null when change tracking was off then. */
  watermark: string | null;
  takenAt: string;
  finishedAt: string;
  tool: string | null;
}

export interface TestSystemRestore {
  runId: string;
  /** The backup, relative to the test agent's AGENT_BACKUP_DIR. */
  file: string;
  database: string;
  restoredAt: string;
  restoredBy: string;
  /** Null: the backup has no manifest (made without the agent), so when it was taken is unknown. */
  backup: RestoredBackup | null;
}

/** One number sequence written on production after the operator confirmed its preview: who, when, from what to what. */
@Entity('number_sequence_application')
@Index('IDX_number_sequence_application_upgrade', ['upgradeId', 'appliedAt'])
export class NumberSequenceApplicationEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  upgradeId: string;

  @Column('text')
  sequenceKey: string;

  /** Which row (company) of the sequence: the other key columns and their values. */
  @Column('jsonb', { default: () => "'[]'" })
  scope: { column: string; value: string }[];

  @Column('text')
  testNext: string;

  @Column('text')
  testMax: string;

  @Column('text')
  productionNext: string;

  @Column('text')
  productionMax: string;

  @Column('text')
  nextSet: string;

  @Column('text')
  maxSet: string;

  /** False when production already held the values (a repeated apply): nothing was written. */
  @Column('boolean')
  changed: boolean;

  @Column('text')
  appliedBy: string;

  @Column('timestamptz', { default: () => 'now()' })
  appliedAt: Date;
}
