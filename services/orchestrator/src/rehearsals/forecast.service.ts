import { Injectable } from '@nestjs/common';
import { ProblemException } from '@cutover/common';
import { AgentGateway } from '../systems/agent-gateway';
import { tableKey, tableRef, type TableRef } from '@cutover/contracts';
import { PackagesService } from '../packages/packages.service';
import { copySet } from '../planning';
import { UpgradesService } from '../upgrades/upgrades.service';
import type { ForecastDto, ForecastQueryDto } from './forecast.dto';
import { deflate, NO_CONTENTION } from './capacity';
import { durationsSource } from './durations-source';
import type { BoundedCapacity } from './capacity-bound';
import { ForecastCapacity } from './forecast-capacity';
import { forecastModel } from './forecast-model';
import { tableScalings, type Size } from './forecast-scaling';
import { tablesOf } from './measures';
import { RehearsalsRepository } from './rehearsals.repository';
import { RehearsalsService } from './rehearsals.service';
import { longestChainSeconds, simulate, threadsCurve } from './schedule';

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The downtime forecast: a rehearsal's task timings scaled to production's current size (its
 * source catalog, read through its agent), played through the dispatcher's rule at N threads.
 */
@Injectable()
export class ForecastService {
  constructor(
    private readonly rehearsals: RehearsalsService,
    private readonly repo: RehearsalsRepository,
    private readonly upgrades: UpgradesService,
    private readonly packages: PackagesService,
    private readonly agents: AgentGateway,
    private readonly capacities: ForecastCapacity,
  ) {}

  async forecast(upgradeId: string, query: ForecastQueryDto): Promise<ForecastDto> {
    const rehearsal = await this.rehearsals.require(upgradeId, query.rehearsal);
    const upgrade = await this.upgrades.require(upgradeId);
    const threads = query.threads ?? upgrade.threads;
    const [runs, tasks] = await Promise.all([this.repo.runs(rehearsal.runIds), this.repo.tasks(rehearsal.runIds)]);
    const fed = await this.capacities.load(rehearsal, { runs, tasks });
    // The task times scaled: the least contended rehearsal of the same data (durations-source.ts).
    const durations = durationsSource(fed[0], fed.slice(1));
    const source = durations.chosen;
    const manifest = (await this.packages.require(upgrade.packageId)).manifest;
    const rehearsed = new Map<string, TableRef>();
    for (const t of source.tasks) {
      const table = tablesOf(t).source;
      if (table) rehearsed.set(tableKey(table), table);
    }
    const production = await this.productionSizes(upgrade.sourceSystemId, [...rehearsed.values()]);
    const snapshot = new Map<string, Size>(source.entity.tables.map((t) => [tableKey(t.table), { rows: t.rows, bytes: t.bytes }]));
    const scalings = tableScalings(source.tasks, snapshot, production.sizes);
    const scriptTables = new Map(manifest.scripts.map((s) => [s.key, [...s.reads, ...s.writes]]));
    // Solo work per task: the rehearsal's run times with the contention of their neighbours taken out.
    const capacity = await this.capacities.of(fed, [rehearsal.systemId, upgrade.sourceSystemId, upgrade.targetSystemId]);
    const model = forecastModel({
      runs: source.runs,
      tasks: deflate(source.tasks, capacity),
      scalings,
      rangeRows: upgrade.rangeRows,
      scriptTables,
    });
    const result = forecastResult(model, threads, capacity);
    return {
      upgradeId,
      rehearsalId: rehearsal.id,
      threads,
      ...result,
      rehearsalWindowSeconds: this.rehearsals.summary(rehearsal, runs).windowSeconds,
      durations: {
        rehearsalId: source.entity.id,
        label: source.entity.label,
        meanConcurrency: round(durations.meanConcurrency),
        basis: durations.basis,
      },
      tables: [...scalings.values()].map((s) => ({
        ...s,
        factor: round(s.factor),
        rangesRehearsed: model.ranges.get(tableKey(s.source))?.rehearsed ?? 0,
        rangesForecast: model.ranges.get(tableKey(s.source))?.forecast ?? 0,
      })),
      notRehearsed: copySet(manifest, production.listed)
        .map((m) => m.source)
        .filter((t) => !rehearsed.has(tableKey(t))),
    };
  }

  /**
   * Production's tables and their sizes from its catalog (the agent's table list). A rehearsed
   * table the statistics have never counted (no estimate) is counted exactly.
   */
  private async productionSizes(systemId: string, rehearsed: TableRef[]): Promise<{ listed: TableRef[]; sizes: Map<string, Size> }> {
    try {
      const client = await this.agents.client(systemId);
      const listed = await client.listTables();
      const sizes = new Map<string, Size>(listed.map((t) => [tableKey(t), { rows: t.estimatedRows, bytes: Math.max(0, t.bytes) }]));
      for (const t of rehearsed) {
        const size = sizes.get(tableKey(t));
        if (!size || size.rows > 0) continue;
        const described = await client.describeTable(t, true);
        if (described) size.rows = described.rowCount;
      }
      return { listed: listed.map(tableRef), sizes };
    } catch (error) {
      throw new ProblemException(502, `production's agent did not give its table sizes: ${(error as Error).message}`);
    }
  }
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);
const UNBOUNDED: BoundedCapacity = { ...NO_CONTENTION, fittedTasks: Infinity, bound: null, rehearsals: [] };

/** The capacity as the answer shows it: Infinity as null, the bound with its hosts, the rehearsals that fed the fit. */
function capacityDto(c: BoundedCapacity): ForecastDto['capacity'] {
  return {
    tasks: finite(c.tasks),
    basis: c.basis,
    fittedTasks: finite(c.fittedTasks),
    bound: c.bound,
    rehearsals: c.rehearsals,
  };
}

type SimulatedPart = Pick<
  ForecastDto,
  | 'windowSeconds'
  | 'criticalPath'
  | 'criticalPathSeconds'
  | 'longestChainSeconds'
  | 'workSeconds'
  | 'phases'
  | 'threadsCurve'
  | 'capacity'
  | 'estimated'
>;

/** The simulated part of a forecast: the window at `threads`, its critical path and phases, the curve, the estimated tasks. */
export function forecastResult(
  model: ReturnType<typeof forecastModel>,
  threads: number,
  capacity: BoundedCapacity = UNBOUNDED,
): SimulatedPart {
  const sim = simulate(model.tasks, threads, capacity.tasks);
  const infoOf = (id: string) => model.info.get(id)!;
  return {
    windowSeconds: round(sim.windowSeconds),
    criticalPath: sim.criticalPath.map((s) => ({
      runKind: infoOf(s.id).runKind,
      key: infoOf(s.id).key,
      kind: infoOf(s.id).kind,
      phase: s.phase,
      startSeconds: round(s.startSeconds),
      endSeconds: round(s.endSeconds),
      seconds: round(s.seconds),
      waitedSeconds: round(s.waitedSeconds),
      method: infoOf(s.id).method,
    })),
    criticalPathSeconds: round(sim.criticalPath.reduce((n, s) => n + s.seconds, 0)),
    longestChainSeconds: round(longestChainSeconds(model.tasks)),
    workSeconds: round(model.tasks.reduce((n, t) => n + t.seconds, 0)),
    phases: sim.phases.map((p) => ({
      ...p,
      workSeconds: round(p.workSeconds),
      startSeconds: p.startSeconds === null ? null : round(p.startSeconds),
      endSeconds: p.endSeconds === null ? null : round(p.endSeconds),
      criticalSeconds: round(p.criticalSeconds),
    })),
    capacity: capacityDto(capacity),
    threadsCurve: threadsCurve(model.tasks, 16, capacity.tasks).map((p) => ({
      ...p,
      windowSeconds: round(p.windowSeconds),
      gainSeconds: round(p.gainSeconds),
    })),
    estimated: model.tasks
      .filter((t) => infoOf(t.id).estimated)
      .map((t) => ({
        runKind: infoOf(t.id).runKind,
        key: infoOf(t.id).key,
        kind: infoOf(t.id).kind,
        seconds: round(t.seconds),
        method: infoOf(t.id).method,
      })),
  };
}
