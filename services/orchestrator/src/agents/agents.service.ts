import { Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgentClient } from '@cutover/agent-client';
import { OutgoingTls, pageOf, toPage, type Page, type PageQueryDto } from '@cutover/common';
import { mintGrant, type GrantClaims } from '@cutover/contracts';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { AgentEntity } from './agent.entity';
import { AgentEventEntity } from './agent-event.entity';
import type { AgentDto, AgentEventDto } from './agents.dto';
import { TokenCipher, tokensEqual } from './token-cipher';

@Injectable()
export class AgentsService {
  private readonly cipher: TokenCipher;

  constructor(
    @InjectRepository(AgentEntity) private readonly agents: Repository<AgentEntity>,
    @InjectRepository(AgentEventEntity) private readonly events: Repository<AgentEventEntity>,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
    @Inject(OutgoingTls) private readonly tls: OutgoingTls,
  ) {
    this.cipher = new TokenCipher(config.secretKey);
  }

  /** Heartbeats are authenticated with the agent's own token. */
  async heartbeat(id: string, bearer: string | undefined): Promise<void> {
    const agent = await this.require(id);
    if (!bearer || !tokensEqual(bearer, this.cipher.decrypt(agent.tokenEncrypted))) {
      throw new UnauthorizedException('heartbeat needs Authorization: Bearer <the agent token>');
    }
    await this.agents.update({ id }, { lastHeartbeatAt: new Date() });
  }

  async list(query: PageQueryDto): Promise<Page<AgentDto>> {
    return toPage(await this.agents.findAndCount({ order: { name: 'ASC' }, ...pageOf(query) }), query, (a) => this.toDto(a));
  }

  async require(id: string): Promise<AgentEntity> {
    const agent = await this.agents.findOneBy({ id });
    if (!agent) throw new NotFoundException(`agent ${id} does not exist`);
    return agent;
  }

  /** Registrations, re-points and refused takeovers of one agent, oldest first. */
  async listEvents(id: string): Promise<AgentEventDto[]> {
    await this.require(id);
    const rows = await this.events.find({ where: { agentId: id }, order: { id: 'ASC' } });
    return rows.map((e) => ({
      id: Number(e.id),
      kind: e.kind,
      actor: e.actor,
      remoteAddress: e.remoteAddress,
      fromUrl: e.fromUrl,
      toUrl: e.toUrl,
      tokenChanged: e.tokenChanged,
      reason: e.reason,
      at: e.at.toISOString(),
    }));
  }

  /** An export grant for another agent to pull one range from this agent (signed with this agent's token). */
  mintGrant(agent: AgentEntity, claims: GrantClaims): string {
    return mintGrant(this.cipher.decrypt(agent.tokenEncrypted), claims);
  }

  client(agent: AgentEntity): AgentClient {
    return new AgentClient(agent.baseUrl, this.cipher.decrypt(agent.tokenEncrypted), { tls: this.tls });
  }

  toDto(a: AgentEntity, now = Date.now()): AgentDto {
    const age = a.lastHeartbeatAt ? (now - a.lastHeartbeatAt.getTime()) / 1000 : null;
    return {
      id: a.id,
      name: a.name,
      baseUrl: a.baseUrl,
      engine: a.engine,
      version: a.version,
      registeredBy: a.registeredBy,
      lastHeartbeatAt: a.lastHeartbeatAt?.toISOString() ?? null,
      status: age === null ? 'never-seen' : age <= this.config.agentOfflineAfterSeconds ? 'online' : 'offline',
      createdAt: a.createdAt.toISOString(),
    };
  }
}
