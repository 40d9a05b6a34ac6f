import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AgentComponents } from '@cutover/agent-client';
import { formatTableRef } from '@cutover/contracts';
import { ProblemException } from '@cutover/common';
import { ChecklistKey } from '../checklist/checklist-template';
import { ChecklistService } from '../checklist/checklist.service';
import { UpgradeEntity } from '../upgrades/upgrade.entity';
import { SystemMode, SystemEntity } from './system.entity';
import type { LoginChangeDto, SingleUserViolationsDto } from './systems.dto';
import { AgentGateway, type OperationRequest } from './agent-gateway';
import { SystemsService } from './systems.service';

/**
 * Single-user mode of a system (seed: "Enter into single-user mode"): only the agent's admin login
 * stays connected, and a change by any other login after entry invalidates the upgrade.
 */
@Injectable()
export class SingleUserService {
  constructor(
    @InjectRepository(SystemEntity) private readonly systemsRepo: Repository<SystemEntity>,
    @InjectRepository(UpgradeEntity) private readonly upgrades: Repository<UpgradeEntity>,
    private readonly systems: SystemsService,
    private readonly checklist: ChecklistService,
    private readonly agents: AgentGateway,
  ) {}

  async enter(systemId: string, force: boolean, actor: string): Promise<SystemEntity> {
    const system = await this.systems.require(systemId);
    if (system.mode === SystemMode.SingleUser)
      throw new ConflictException(`system ${system.name} is already in single-user mode (since ${system.singleUserSince?.toISOString()})`);
    const op = await this.operation(systemId, { type: 'enter-single-user', enterSingleUser: { force } } as OperationRequest);
    const result = op as AgentComponents['schemas']['EnterSingleUserResultDto'];
    Object.assign(system, {
      mode: SystemMode.SingleUser,
      singleUserRestoreState: result.restoreState,
      singleUserSince: new Date(),
      singleUserBy: actor,
    });
    await this.systemsRepo.save(system);
    const unguarded = result.notGuarded.map((n) => `${formatTableRef(n.table)} (${n.problem})`);
    const notes = `${result.terminated} session(s) ended${unguarded.length ? `; write guard missing on: ${unguarded.join(', ')}` : ''}`;
    await this.completeChecklist(system, actor, notes);
    return system;
  }

  async exit(systemId: string): Promise<SystemEntity> {
    const system = await this.systems.require(systemId);
    if (system.mode !== SystemMode.SingleUser) throw new ConflictException(`system ${system.name} is not in single-user mode`);
    await this.operation(systemId, {
      type: 'exit-single-user',
      exitSingleUser: { restoreState: system.singleUserRestoreState },
    } as OperationRequest);
    Object.assign(system, {
      mode: SystemMode.Online,
      singleUserRestoreState: null,
      singleUserSince: null,
      singleUserBy: null,
    });
    return this.systemsRepo.save(system);
  }

  /**
   * Seed: the single-user task "first checks that the system is running with only a single
   * administrative user logged in". 409 listing every session of another login.
   */
  async requireAlone(systemId: string, what: string): Promise<void> {
    const system = await this.systems.require(systemId);
    const sessions = await (await this.agents.client(systemId)).sessions();
    const others = sessions.filter((s) => !s.ownLogin);
    if (others.length === 0) return;
    const list = others.map((s) => `${s.login}${s.host ? `@${s.host}` : ''}${s.application ? ` (${s.application})` : ''}`);
    throw new ProblemException(
      409,
      `${what} cannot start: other logins have sessions on ${system.name}: ${list.join(', ')}. Only the agent's login may be connected in single-user mode; end those sessions (exit and enter single-user mode with force)`,
      { sessions: others },
    );
  }

  /** Writes by other logins since entry (the agent's write guard) and the sessions its watchdog ended. */
  async violations(systemId: string): Promise<SingleUserViolationsDto> {
    const system = await this.systems.require(systemId);
    if (system.mode !== SystemMode.SingleUser) throw new ConflictException(`system ${system.name} is not in single-user mode`);
    const status = await (await this.agents.client(systemId)).singleUserStatus();
    const changes: LoginChangeDto[] = status.writes.map((w) => ({
      table: w.table,
      login: w.login,
      changes: w.rows,
      statements: w.statements,
      truncated: w.truncated,
      clients: w.clients,
    }));
    return { changes, guardedTables: status.guardedTables, attempts: status.attempts };
  }

  /** Runs one agent operation to its end; the agent's refusals keep their status and members (409 with `sessions`). */
  private operation(systemId: string, body: OperationRequest): Promise<unknown> {
    return this.agents.result(systemId, body, 'single-user');
  }

  private async completeChecklist(system: SystemEntity, actor: string, notes: string): Promise<void> {
    const asSource = await this.upgrades.findBy({ sourceSystemId: system.id });
    const asTarget = await this.upgrades.findBy({ targetSystemId: system.id });
    const done = (upgradeId: string, key: ChecklistKey) =>
      this.checklist.completeAutomatic(upgradeId, key, actor, notes).catch(() => undefined);
    for (const u of asSource) await done(u.id, ChecklistKey.EnterSingleUserSource);
    for (const u of asTarget) await done(u.id, ChecklistKey.EnterSingleUserTarget);
  }
}
