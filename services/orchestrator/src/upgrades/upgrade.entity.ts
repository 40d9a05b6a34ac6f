import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('upgrade')
export class UpgradeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  name: string;

  @Column('uuid')
  sourceSystemId: string;

  @Column('uuid')
  targetSystemId: string;

  @Column('uuid', { nullable: true })
  testSystemId: string | null;

  @Column('uuid')
  packageId: string;

  /** Tasks of one run executing at once. */
  @Column('int')
  threads: number;

  /** Rows per key range when a table is split for copying. */
  @Column('int')
  rangeRows: number;

  /**
   * Days the source keeps changes (SQL Server Change Tracking retention), set by readiness: at least
   * the longest gap between two deltas, or between the backup point and the state transfer.
   */
  @Column('int', { default: 30 })
  changeRetentionDays: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
