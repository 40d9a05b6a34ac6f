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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
