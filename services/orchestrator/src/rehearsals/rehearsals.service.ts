import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InvalidInputException, ProblemException, type Page } from '@cutover/common';
import { AgentGateway } from '../systems/agent-gateway';
import { tableKey, tableRef } from '@cutover/contracts';
import { DATA_UPGRADE_RUN_KIND } from '../data-upgrade/data-upgrade-runs.service';
import { PreprocessingRunKind } from '../preprocessing/preprocessing-run-kind';
import { RunStatus } from '../runs/statuses';
import { SystemsService } from '../systems/systems.service';
import { UpgradesService } from '../upgrades/upgrades.service';
import { compareRehearsals } from './compare';
import { scriptMeasures, tableMeasures, tablesOf } from './measures';
import type { RehearsalEntity, RehearsalTableSize } from './rehearsal.entity';
import type { CreateRehearsalDto, RehearsalComparisonDto, RehearsalDetailDto, RehearsalDto } from './rehearsals.dto';
import { RehearsalsRepository, type RecordedRun, type RecordedTask } from './rehearsals.repository';

/** The run kinds a rehearsal holds: what production's single-user window consists of. */
export const REHEARSAL_RUN_KINDS: readonly string[] = [PreprocessingRunKind.SingleUser, DATA_UPGRADE_RUN_KIND];

const seconds = (from: Date, to: Date | null) => (to ? Math.round((to.getTime() - from.getTime()) / 10) / 100 : null);

/** Rehearsals (mock cutovers): recorded, listed, read with their per-table and per-script measures, compared. */
@Injectable()
export class RehearsalsService {
  constructor(
    private readonly repo: RehearsalsRepository,
    private readonly upgrades: UpgradesService,
    private readonly systems: SystemsService,
    private readonly agents: AgentGateway,
  ) {}

  async create(upgradeId: string, dto: CreateRehearsalDto, actor: string): Promise<RehearsalDetailDto> {
    await this.upgrades.require(upgradeId);
    const system = await this.systems.require(dto.systemId).catch(() => {
      throw new InvalidInputException(`system ${dto.systemId} does not exist`, [{ field: 'systemId', message: 'no such system' }]);
    });
    const runs = await this.requireRuns(upgradeId, dto.runIds);
    if (await this.repo.rehearsals.existsBy({ upgradeId, label: dto.label }))
      throw new ConflictException(`upgrade ${upgradeId} already has a rehearsal labelled "${dto.label}": choose another label`);
    const tasks = await this.repo.tasks(runs.map((r) => r.id));
    const tables = await this.catalogSizes(dto.systemId, system.name, tasks);
    const saved = await this.repo.rehearsals
      .save(
        this.repo.rehearsals.create({
          upgradeId,
          label: dto.label,
          systemId: dto.systemId,
          runIds: runs.map((r) => r.id),
          tables,
          createdBy: actor,
        }),
      )
      .catch((error: { code?: string }) => {
        if (error.code === '23505') throw new ConflictException(`upgrade ${upgradeId} already has a rehearsal labelled "${dto.label}"`);
        throw error;
      });
    return this.detail(saved, runs, tasks);
  }

  async list(upgradeId: string, query: { limit?: number; offset?: number }): Promise<Page<RehearsalDto>> {
    await this.upgrades.require(upgradeId);
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const [rows, total] = await this.repo.rehearsals.findAndCount({
      where: { upgradeId },
      order: { createdAt: 'ASC' },
      take: limit,
      skip: offset,
    });
    const runs = await this.repo.runs(rows.flatMap((r) => r.runIds));
    return { items: rows.map((r) => this.summary(r, runs)), total, limit, offset };
  }

  async get(upgradeId: string, id: string): Promise<RehearsalDetailDto> {
    const r = await this.require(upgradeId, id);
    const runs = await this.repo.runs(r.runIds);
    return this.detail(r, runs, await this.repo.tasks(r.runIds));
  }

  async compare(upgradeId: string, baseId: string, candidateId: string): Promise<RehearsalComparisonDto> {
    const [a, b] = await Promise.all([this.get(upgradeId, baseId), this.get(upgradeId, candidateId)]);
    const { tables: ta, scripts: sa, ...base } = a;
    const { tables: tb, scripts: sb, ...candidate } = b;
    const windowChangePercent =
      a.windowSeconds && b.windowSeconds !== null ? Math.round(((b.windowSeconds - a.windowSeconds) / a.windowSeconds) * 1000) / 10 : null;
    return { base, candidate, windowChangePercent, items: compareRehearsals({ tables: ta, scripts: sa }, { tables: tb, scripts: sb }) };
  }

  async require(upgradeId: string, id: string): Promise<RehearsalEntity> {
    await this.upgrades.require(upgradeId);
    const r = await this.repo.rehearsals.findOneBy({ id, upgradeId });
    if (!r) throw new NotFoundException(`upgrade ${upgradeId} has no rehearsal ${id}`);
    return r;
  }

  /** The runs, in the order they ran: each of this upgrade, of a rehearsal kind, and finished. */
  private async requireRuns(upgradeId: string, ids: string[]): Promise<RecordedRun[]> {
    const unique = [...new Set(ids)];
    if (unique.length !== ids.length)
      throw new InvalidInputException('runIds names a run twice', [{ field: 'runIds', message: 'duplicate run id' }]);
    const runs = await this.repo.runs(unique);
    const problems = [
      ...unique.filter((id) => !runs.some((r) => r.id === id)).map((id) => `run ${id} does not exist`),
      ...runs.filter((r) => r.upgradeId !== upgradeId).map((r) => `run ${r.id} belongs to another upgrade`),
      ...runs
        .filter((r) => r.upgradeId === upgradeId && !REHEARSAL_RUN_KINDS.includes(r.kind))
        .map((r) => `run ${r.id} is a ${r.kind} run; a rehearsal holds ${REHEARSAL_RUN_KINDS.join(' and ')} runs`),
    ];
    if (problems.length > 0)
      throw new InvalidInputException(
        `runIds: ${problems.join('; ')}`,
        problems.map((message) => ({ field: 'runIds', message })),
      );
    const running = runs.filter((r) => r.status === RunStatus.Running);
    if (running.length > 0)
      throw new ConflictException(
        `run ${running.map((r) => r.id).join(', ')} is still running: record the rehearsal once its runs have finished`,
      );
    return runs;
  }

  /** The rehearsal system's catalog sizes of the source tables the runs copied, read through its agent now. */
  private async catalogSizes(systemId: string, name: string, tasks: RecordedTask[]): Promise<RehearsalTableSize[]> {
    const copied = new Set(tasks.flatMap((t) => (tablesOf(t).source ? [tableKey(tablesOf(t).source!)] : [])));
    let listed;
    try {
      listed = await (await this.agents.client(systemId)).listTables();
    } catch (error) {
      throw new ProblemException(502, `the agent of rehearsal system ${name} did not list its tables: ${(error as Error).message}`);
    }
    return listed
      .filter((t) => copied.has(tableKey(t)))
      .map((t) => ({ table: tableRef(t), rows: Math.max(0, t.estimatedRows), bytes: Math.max(0, t.bytes) }));
  }

  summary(r: RehearsalEntity, allRuns: RecordedRun[]): RehearsalDto {
    const runs = r.runIds.map((id) => allRuns.find((x) => x.id === id)).filter((x): x is RecordedRun => x !== undefined);
    const elapsed = runs.map((x) => seconds(x.createdAt, x.finishedAt));
    return {
      id: r.id,
      upgradeId: r.upgradeId,
      label: r.label,
      systemId: r.systemId,
      runs: runs.map((x, i) => ({
        id: x.id,
        kind: x.kind,
        status: x.status,
        threads: x.threads,
        createdAt: x.createdAt.toISOString(),
        finishedAt: x.finishedAt?.toISOString() ?? null,
        elapsedSeconds: elapsed[i],
      })),
      windowSeconds: elapsed.some((e) => e === null) ? null : Math.round(elapsed.reduce((n, e) => n! + e!, 0)! * 100) / 100,
      createdBy: r.createdBy,
      createdAt: r.createdAt.toISOString(),
    };
  }

  private detail(r: RehearsalEntity, runs: RecordedRun[], tasks: RecordedTask[]): RehearsalDetailDto {
    return { ...this.summary(r, runs), tables: tableMeasures(tasks), scripts: scriptMeasures(tasks) };
  }
}
