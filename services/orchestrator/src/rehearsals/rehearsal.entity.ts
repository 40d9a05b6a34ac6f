import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TableRef } from '@cutover/contracts';

/** A table's size on the rehearsal system when the rehearsal was recorded (its catalog, through its agent). */
export interface RehearsalTableSize {
  table: TableRef;
  rows: number;
  bytes: number;
}

/**
 * A rehearsal (mock cutover): a labelled set of finished runs of an upgrade — single-user
 * preprocessing, data upgrade — against a rehearsal system (a copy of production, maybe a subset).
 * The timings, rows and bytes stay in the runs' tasks; the rehearsal keeps which runs, in order,
 * and the rehearsal system's table sizes at recording, which the forecast scales from.
 */
@Entity('rehearsal')
@Index('UQ_rehearsal_upgrade_label', ['upgradeId', 'label'], { unique: true })
export class RehearsalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  upgradeId: string;

  @Column('text')
  label: string;

  /** The system the rehearsal read from: a copy of production. */
  @Column('uuid')
  systemId: string;

  /** In the order they ran (by creation time). */
  @Column('uuid', { array: true })
  runIds: string[];

  @Column('jsonb')
  tables: RehearsalTableSize[];

  @Column('text')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
