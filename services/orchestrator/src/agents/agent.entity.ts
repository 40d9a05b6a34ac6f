import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('agent')
export class AgentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  name: string;

  @Column('text')
  baseUrl: string;

  /** AES-256-GCM; never returned by any endpoint. */
  @Column('text')
  tokenEncrypted: string;

  @Column('text', { nullable: true })
  engine: string | null;

  @Column('text', { nullable: true })
  version: string | null;

  @Column('text')
  registeredBy: 'operator' | 'self';

  @Column('timestamptz', { nullable: true })
  lastHeartbeatAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
