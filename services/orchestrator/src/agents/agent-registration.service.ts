import { ConflictException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AgentClient } from '@cutover/agent-client';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository, type EntityManager } from 'typeorm';
import { OutgoingTls } from '@cutover/common';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { AgentEventEntity, type AgentEventKind } from './agent-event.entity';
import { AgentEntity } from './agent.entity';
import type { RegisterAgentDto, RepointAgentDto, SelfRegisterAgentDto } from './agents.dto';
import { TokenCipher, tokensEqual } from './token-cipher';

/** Who asked, for the agent's event trail. */
export interface Requester {
  actor: string;
  remoteAddress: string | null;
}

const SELF = 'registration-token';

/**
 * Registration and re-pointing of agents. An agent's URL and token decide where the orchestrator
 * sends operations and grants, so changing them is the most sensitive write here: the
 * registration token alone only ever creates a new agent. Re-registering an existing one needs
 * its current token, and an agent an admin registered is re-pointed by an admin only.
 */
@Injectable()
export class AgentRegistrationService {
  private readonly cipher: TokenCipher;

  constructor(
    @InjectRepository(AgentEntity) private readonly agents: Repository<AgentEntity>,
    @Inject(OrchestratorConfig) config: OrchestratorConfig,
    @Inject(OutgoingTls) private readonly tls: OutgoingTls,
  ) {
    this.cipher = new TokenCipher(config.secretKey);
  }

  async register(dto: RegisterAgentDto, by: Requester): Promise<AgentEntity> {
    return this.inTransaction(dto.name, async (m, existing) => {
      if (existing) throw new ConflictException(`an agent named ${dto.name} is already registered (id ${existing.id})`);
      const agent = await m.save(
        m.create(AgentEntity, {
          name: dto.name,
          baseUrl: dto.baseUrl,
          tokenEncrypted: this.cipher.encrypt(dto.token),
          registeredBy: 'operator',
          engine: null,
          version: null,
          lastHeartbeatAt: null,
        }),
      );
      await this.record(m, agent, 'registered', by, { toUrl: dto.baseUrl });
      return agent;
    });
  }

  /** Self-registration (the registration token was checked by the guard): new name, or the same agent proving its token. */
  async selfRegister(dto: SelfRegisterAgentDto, remoteAddress: string | null): Promise<AgentEntity> {
    const by = { actor: SELF, remoteAddress };
    const refusal = await this.inTransaction(dto.name, async (m, existing) => {
      if (!existing) {
        const agent = await m.save(m.create(AgentEntity, { name: dto.name, registeredBy: 'self', ...this.fields(dto) }));
        await this.record(m, agent, 'registered', by, { toUrl: dto.baseUrl });
        return agent;
      }
      const stored = this.cipher.decrypt(existing.tokenEncrypted);
      const proven = tokensEqual(dto.token, stored) || (dto.currentToken !== undefined && tokensEqual(dto.currentToken, stored));
      const repoints = existing.baseUrl !== dto.baseUrl || !tokensEqual(dto.token, stored);
      const reason = !proven
        ? `an agent named ${dto.name} is already registered: re-registering it needs its current token (send it as currentToken when the token changes)`
        : existing.registeredBy === 'operator' && repoints
          ? `agent ${dto.name} was registered by an admin: self-registration cannot change its URL or token; an admin can (PATCH /v1/agents/${existing.id})`
          : null;
      if (reason) {
        await this.record(m, existing, 'refused', by, { toUrl: dto.baseUrl, tokenChanged: !tokensEqual(dto.token, stored), reason });
        return reason;
      }
      const fromUrl = existing.baseUrl;
      const agent = await m.save(Object.assign(existing, this.fields(dto)));
      await this.record(m, agent, repoints ? 're-pointed' : 're-registered', by, {
        fromUrl,
        toUrl: dto.baseUrl,
        tokenChanged: !tokensEqual(dto.token, stored),
      });
      return agent;
    });
    // The refusal is recorded (committed) before the 409 goes out.
    if (typeof refusal === 'string') throw new ConflictException(refusal);
    return refusal;
  }

  /**
   * An admin moves an agent to a new URL and/or token. The agent must answer there with that
   * token first: a re-point to nowhere would fail every run on its systems later, far from here.
   */
  async repoint(agent: AgentEntity, dto: RepointAgentDto, by: Requester): Promise<AgentEntity> {
    const url = dto.baseUrl ?? agent.baseUrl;
    try {
      await new AgentClient(url, dto.token ?? this.cipher.decrypt(agent.tokenEncrypted), { tls: this.tls }).info();
    } catch (error) {
      throw new UnprocessableEntityException(
        `nothing was changed: the agent does not answer /v1/info at ${url} with that token: ${(error as Error).message}`,
      );
    }
    return this.inTransaction(agent.name, async (m, existing) => {
      const current = existing ?? agent;
      const fromUrl = current.baseUrl;
      if (dto.baseUrl !== undefined) current.baseUrl = dto.baseUrl;
      if (dto.token !== undefined) current.tokenEncrypted = this.cipher.encrypt(dto.token);
      const saved = await m.save(current);
      await this.record(m, saved, 're-pointed', by, {
        fromUrl,
        toUrl: saved.baseUrl,
        tokenChanged: dto.token !== undefined,
        reason: dto.reason,
      });
      return saved;
    });
  }

  private fields(dto: SelfRegisterAgentDto): Partial<AgentEntity> {
    return {
      baseUrl: dto.baseUrl,
      tokenEncrypted: this.cipher.encrypt(dto.token),
      engine: dto.engine ?? null,
      version: dto.version ?? null,
      lastHeartbeatAt: new Date(),
    };
  }

  /** One registration of a name at a time: the row is locked, and a concurrent first insert is a 409, not a 500. */
  private async inTransaction<T>(name: string, work: (m: EntityManager, existing: AgentEntity | null) => Promise<T>): Promise<T> {
    try {
      return await this.agents.manager.transaction(async (m) => {
        const existing = await m.findOne(AgentEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
        return work(m, existing);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException(`an agent named ${name} was registered at the same moment; try again`);
      }
      throw error;
    }
  }

  private async record(
    m: EntityManager,
    agent: AgentEntity,
    kind: AgentEventKind,
    by: Requester,
    change: { fromUrl?: string; toUrl?: string; tokenChanged?: boolean; reason?: string },
  ): Promise<void> {
    await m.insert(AgentEventEntity, {
      agentId: agent.id,
      kind,
      actor: by.actor,
      remoteAddress: by.remoteAddress,
      fromUrl: change.fromUrl ?? null,
      toUrl: change.toUrl ?? null,
      tokenChanged: change.tokenChanged ?? false,
      reason: change.reason ?? null,
    });
  }
}
