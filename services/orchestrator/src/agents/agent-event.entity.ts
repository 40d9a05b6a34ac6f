import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AgentEventKind = 'registered' | 're-registered' | 're-pointed' | 'refused';

/** Every registration, re-registration, re-point and refused takeover of an agent: who, from where, to where. */
@Entity('agent_event')
@Index('IDX_agent_event_agent', ['agentId', 'id'])
export class AgentEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  agentId: string;

  @Column('text')
  kind: AgentEventKind;

  /** `key:<name>` for an API key, `registration-token` for self-registration. */
  @Column('text')
  actor: string;

  /** The address the request came from. */
  @Column('text', { nullable: true })
  remoteAddress: string | null;

  @Column('text', { nullable: true })
  fromUrl: string | null;

  @Column('text', { nullable: true })
  toUrl: string | null;

  @Column('boolean', { default: false })
  tokenChanged: boolean;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
