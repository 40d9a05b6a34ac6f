import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgentInfoError, type AgentClient } from '@cutover/agent-client';
import type { GrantClaims } from '@cutover/contracts';
import { pageOf, ProblemException, toPage, type Page, type PageQueryDto } from '@cutover/common';
import { AgentsService } from '../agents/agents.service';
import { SystemEntity } from './system.entity';
import type { CreateSystemDto, SystemDto } from './systems.dto';

const CLIENT_TTL_MS = 30_000;

@Injectable()
export class SystemsService {
  private readonly clients = new Map<string, { client: AgentClient; expires: number }>();

  constructor(
    @InjectRepository(SystemEntity) private readonly systems: Repository<SystemEntity>,
    private readonly agents: AgentsService,
  ) {}

  /** Asks the agent what it serves; an agent that does not answer, or answers without what a system needs, makes this a 422. */
  async create(dto: CreateSystemDto): Promise<SystemEntity> {
    if (await this.systems.existsBy({ name: dto.name })) throw new ConflictException(`a system named ${dto.name} already exists`);
    const agent = await this.agents.require(dto.agentId);
    let info;
    try {
      info = await this.agents.client(agent).info();
    } catch (error) {
      if (error instanceof AgentInfoError) {
        throw new ProblemException(422, `agent ${agent.name} answered, but ${error.message}`, { errors: error.problems });
      }
      throw new UnprocessableEntityException(`agent ${agent.name} did not answer /v1/info: ${(error as Error).message}`);
    }
    return this.systems.save(
      this.systems.create({
        name: dto.name,
        role: dto.role,
        agentId: agent.id,
        engine: info.engine,
        serverVersion: info.serverVersion,
        database: info.database,
      }),
    );
  }

  async list(query: PageQueryDto): Promise<Page<SystemDto>> {
    return toPage(await this.systems.findAndCount({ order: { name: 'ASC' }, ...pageOf(query) }), query, toSystemDto);
  }

  async require(id: string): Promise<SystemEntity> {
    const system = await this.systems.findOneBy({ id });
    if (!system) throw new NotFoundException(`system ${id} does not exist`);
    return system;
  }

  /** Where and with what grant another agent may pull one range of `claims.table` from this system. */
  async exportGrant(systemId: string, claims: GrantClaims): Promise<{ url: string; grant: string }> {
    const agent = await this.agents.require((await this.require(systemId)).agentId);
    return { url: agent.baseUrl, grant: this.agents.mintGrant(agent, claims) };
  }

  /**
   * The agent client for the system's agent. Cached briefly: every task asks for it, and a
   * system's agent (and its token) change rarely; a change is picked up within the TTL.
   */
  async client(systemId: string): Promise<AgentClient> {
    const cached = this.clients.get(systemId);
    if (cached && cached.expires > Date.now()) return cached.client;
    const system = await this.require(systemId);
    const client = this.agents.client(await this.agents.require(system.agentId));
    this.clients.set(systemId, { client, expires: Date.now() + CLIENT_TTL_MS });
    return client;
  }
}

export function toSystemDto(s: SystemEntity): SystemDto {
  const since = s.singleUserSince?.toISOString() ?? null;
  return {
    id: s.id,
    name: s.name,
    role: s.role,
    agentId: s.agentId,
    mode: s.mode,
    engine: s.engine,
    serverVersion: s.serverVersion,
    database: s.database,
    singleUserSince: since,
    singleUserBy: s.singleUserBy,
    createdAt: s.createdAt.toISOString(),
  };
}
