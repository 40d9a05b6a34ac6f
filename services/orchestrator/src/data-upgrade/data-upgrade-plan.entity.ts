import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DataUpgradePlan } from '../planning';

/** A data upgrade plan as computed, readable before launch. */
@Entity('data_upgrade_plan')
@Index('IDX_data_upgrade_plan_upgrade', ['upgradeId', 'createdAt'])
export class DataUpgradePlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  upgradeId: string;

  @Column('text')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('jsonb')
  plan: DataUpgradePlan;
}
