import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgentEntity } from '../agents/agent.entity';

export enum SystemRole {
  ProductionSource = 'production-source',
  TestSource = 'test-source',
  Target = 'target',
}

export enum SystemMode {
  Online = 'online',
  SingleUser = 'single-user',
}

@Entity('system')
export class SystemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  name: string;

  @Column('text')
  role: SystemRole;

  @Column('uuid')
  agentId: string;

  @ManyToOne(() => AgentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id' })
  agent?: AgentEntity;

  @Column('text', { default: SystemMode.Online })
  mode: SystemMode;

  @Column('text')
  engine: string;

  @Column('text')
  serverVersion: string;

  @Column('text')
  database: string;

  /** What exit-single-user needs to restore access exactly: the agent's opaque restoreState at entry, passed back untouched. */
  @Column('text', { nullable: true })
  singleUserRestoreState: string | null;

  @Column('timestamptz', { nullable: true })
  singleUserSince: Date | null;

  @Column('text', { nullable: true })
  singleUserBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
