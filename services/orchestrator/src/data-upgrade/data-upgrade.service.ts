import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AgentGateway } from '../systems/agent-gateway';
import { Repository } from 'typeorm';
import type { AgentClient, AgentTableDefinition } from '@cutover/agent-client';
import { compareTables, deferredObjectsOf, tableKey, tableRef, type DeferredObjectShape, type TableRef } from '@cutover/contracts';
import { PackagesService } from '../packages/packages.service';
import {
  conflicts,
  copyColumns,
  copySet,
  keyPlan,
  layoutAdvisories,
  linkStructure,
  mappingStatus,
  MappingStatus,
  priorityOf,
  structureOf,
  summarize,
  wholeCopy,
  withBounds,
  writers,
  type CopyMapping,
  type TablePlan,
} from '../planning';
import { UpgradesService } from '../upgrades/upgrades.service';
import { DataUpgradePlanEntity } from './data-upgrade-plan.entity';

/** The data upgrade cockpit's plan: table mappings with AX's statuses, sizes, key ranges, priorities. */
@Injectable()
export class DataUpgradeService {
  constructor(
    @InjectRepository(DataUpgradePlanEntity) private readonly plans: Repository<DataUpgradePlanEntity>,
    private readonly upgrades: UpgradesService,
    private readonly packages: PackagesService,
    private readonly agents: AgentGateway,
  ) {}

  async plan(upgradeId: string, actor: string): Promise<DataUpgradePlanEntity> {
    return (await this.planWithTargets(upgradeId, actor)).plan;
  }

  /**
   * The plan, and for each target table (by tableKey) the secondary indexes and constraints it has
   * now (what prepare-table will drop), read in the same pass so a launch need not describe them again.
   */
  async planWithTargets(
    upgradeId: string,
    actor: string,
  ): Promise<{ plan: DataUpgradePlanEntity; targetObjects: Map<string, DeferredObjectShape[]> }> {
    const upgrade = await this.upgrades.require(upgradeId);
    const manifest = (await this.packages.require(upgrade.packageId)).manifest;
    const [source, target] = await Promise.all([this.agents.client(upgrade.sourceSystemId), this.agents.client(upgrade.targetSystemId)]);
    const sourceTables = (await source.listTables()).map(tableRef);
    const mappings = copySet(manifest, sourceTables);
    const conflicting = conflicts(mappings);
    const tables: TablePlan[] = [];
    const targetObjects = new Map<string, DeferredObjectShape[]>();
    for (const m of mappings) {
      const [s, t] = await Promise.all([source.describeTable(m.source), target.describeTable(m.target, true)]);
      tables.push(await this.tablePlan(m, source, s, t, conflicting.get(tableKey(m.target)), manifest, upgrade.rangeRows));
      targetObjects.set(tableKey(m.target), t ? deferredObjectsOf(t) : []);
    }
    const linked = linkStructure(tables);
    linked.sort((a, b) => b.priority - a.priority || compareTables(a.source, b.source));
    const plan = await this.plans.save(
      this.plans.create({ upgradeId, createdBy: actor, plan: { tables: linked, summary: summarize(linked) } }),
    );
    return { plan, targetObjects };
  }

  async latest(upgradeId: string): Promise<DataUpgradePlanEntity> {
    await this.upgrades.require(upgradeId);
    const plan = await this.plans.findOne({ where: { upgradeId }, order: { createdAt: 'DESC' } });
    if (!plan)
      throw new NotFoundException(`upgrade ${upgradeId} has no data upgrade plan yet: POST /v1/upgrades/${upgradeId}/data-upgrade/plan`);
    return plan;
  }

  private async tablePlan(
    m: CopyMapping,
    source: AgentClient,
    described: AgentTableDefinition | null,
    t: AgentTableDefinition | null,
    conflictWith: TableRef[] | undefined,
    manifest: Parameters<typeof writers>[0],
    rangeRows: number,
  ): Promise<TablePlan> {
    let s = described;
    // A table never analyzed (a shadow table just filled) has no estimate: count it, so its
    // ranges and the run's progress rest on a real number.
    const structure = structureOf(s, t);
    if (s && s.rowCount === 0 && !s.rowCountExact && !structure.partitioned) s = await source.describeTable(m.source, true);
    // A partitioned table holds no rows of its own: its partitions are copied (and counted) each on its own.
    const rows = structure.partitioned ? 0 : (s?.rowCount ?? 0);
    const w = writers(manifest, m.source);
    const base = {
      source: m.source,
      target: m.target,
      rows,
      bytes: s?.bytes ?? 0,
      ...(s ? copyColumns(s, t) : { columns: [], recomputed: [] }),
      priority: priorityOf(rows, w.chain),
      waitsFor: w.scripts,
      structure,
    };
    const mapping = mappingStatus(m, s?.columns ?? [], t, conflictWith);
    if (mapping.status !== MappingStatus.Ok || !t) return { ...base, ...wholeCopy(s?.copyKey.reason ?? ''), ...mapping };
    if (structure.partitioned) return { ...base, ...wholeCopy(s?.copyKey.reason ?? ''), ranges: [], ...mapping };
    const key = keyPlan(s, t, rows, rangeRows);
    const plan = key.split
      ? withBounds(key.plan, (await source.splitRanges(m.source, key.split.keyColumns, key.split.parts)).bounds)
      : key.plan;
    return { ...base, ...plan, advisories: [...plan.advisories, ...layoutAdvisories(base.recomputed, t)], ...mapping };
  }
}
