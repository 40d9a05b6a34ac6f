import { timingSafeEqual, createHash } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgentClient } from '@cutover/agent-client';
import { pageOf, toPage, type Page, type PageQueryDto } from '@cutover/common';
import { mintGrant, type GrantClaims } from '@cutover/contracts';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { AgentEntity } from './agent.entity';
import type { AgentDto, RegisterAgentDto, SelfRegisterAgentDto } from './agents.dto';
import { TokenCipher } from './token-cipher';

const digest = (s: string) => createHash('sha256').update(s).digest();

@Injectable()
export class AgentsService {
  private readonly cipher: TokenCipher;

  constructor(
    @InjectRepository(AgentEntity) private readonly agents: Repository<AgentEntity>,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
  ) {
    this.cipher = new TokenCipher(config.secretKey);
  }

  async register(dto: RegisterAgentDto): Promise<AgentEntity> {
    if (await this.agents.existsBy({ name: dto.name })) throw new ConflictException(`an agent named ${dto.name} is already registered`);
    return this.agents.save(
      this.agents.create({
        name: dto.name,
        baseUrl: dto.baseUrl,
        tokenEncrypted: this.cipher.encrypt(dto.token),
        registeredBy: 'operator',
        engine: null,
        version: null,
        lastHeartbeatAt: null,
      }),
    );
  }

  /** Self-registration: idempotent by name, so a restarted agent re-registers onto the same record. */
  async selfRegister(registrationToken: string | undefined, dto: SelfRegisterAgentDto): Promise<AgentEntity> {
    const expected = this.config.registrationToken;
    if (!expected)
      throw new UnauthorizedException('self-registration is disabled: AGENT_REGISTRATION_TOKEN is not set on the orchestrator');
    if (!registrationToken || !timingSafeEqual(digest(registrationToken), digest(expected))) {
      throw new UnauthorizedException('registration token is missing or wrong (header X-Registration-Token)');
    }
    const existing = await this.agents.findOneBy({ name: dto.name });
    const agent = existing ?? this.agents.create({ name: dto.name, registeredBy: 'self' });
    Object.assign(agent, {
      baseUrl: dto.baseUrl,
      tokenEncrypted: this.cipher.encrypt(dto.token),
      engine: dto.engine ?? null,
      version: dto.version ?? null,
      lastHeartbeatAt: new Date(),
    });
    return this.agents.save(agent);
  }

  /** Heartbeats are authenticated with the agent's own token. */
  async heartbeat(id: string, bearer: string | undefined): Promise<void> {
    const agent = await this.require(id);
    if (!bearer || !timingSafeEqual(digest(bearer), digest(this.cipher.decrypt(agent.tokenEncrypted)))) {
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

  /** An export grant for another agent to pull one range from this agent (signed with this agent's token). */
  mintGrant(agent: AgentEntity, claims: GrantClaims): string {
    return mintGrant(this.cipher.decrypt(agent.tokenEncrypted), claims);
  }

  client(agent: AgentEntity): AgentClient {
    return new AgentClient(agent.baseUrl, this.cipher.decrypt(agent.tokenEncrypted));
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
