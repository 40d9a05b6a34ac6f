import { ConflictException, Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { InvalidInputException, ProblemException } from '@cutover/common';
import { formatTableRef, sameTable, tableKey, type DeferredObjectShape, type TableRef } from '@cutover/contracts';
import { ChecklistKey } from '../checklist/checklist-template';
import { ChecklistService, type RunStart } from '../checklist/checklist.service';
import { CopyReportService } from '../copy/copy-report.service';
import type { TableProgressDto, TableReportDto } from '../copy/copy.dto';
import type { DataUpgradeProgressDto } from './data-upgrade.dto';
import { etaSeconds } from '../progress/rates';
import { CopyTaskKind, mergeObjects } from '../copy/copy-tasks';
import { copyDag } from './copy-dag';
import {
  SYNC_SEQUENCES_KEY,
  SYNC_SEQUENCES_KIND,
  type NamedSequenceSync,
  type SequenceSync,
  type SyncSequencesPayload,
} from '../copy/sync-sequences.handler';
import { preparedObjects } from '../copy/table.handlers';
import { StatePool } from '../database/state-pool';
import { ScriptPhase } from '../packages/manifest';
import { PackagesService } from '../packages/packages.service';
import { PreprocessingService } from '../preprocessing/preprocessing.service';
import { singleUserGuardTask } from '../preprocessing/single-user-guard.handler';
import type { RunDto } from '../runs/runs.dto';
import type { TaskSpec } from '../runs/run-spec';
import { RunsService } from '../runs/runs.service';
import { RunStatus } from '../runs/statuses';
import { RunHooks } from '../runs/run-hooks';
import { RunRepository } from '../runs/run.repository';
import { TaskRepository } from '../runs/task.repository';
import { SystemsService } from '../systems/systems.service';
import { UpgradesService } from '../upgrades/upgrades.service';
import { DataUpgradeService } from './data-upgrade.service';
import { MappingStatus, scriptPriorities, type TablePlan } from '../planning';

export const DATA_UPGRADE_RUN_KIND = 'data-upgrade';

export interface LaunchOptions {
  threads?: number;
  /** Source tables left out of this run (test runs), as AX allows skipping tables. */
  exclude?: TableRef[];
  /** Start over although the previous data upgrade run ended in error (default: rerun its failed tasks instead). */
  restart?: boolean;
  /** Create the run with dispatch held. */
  hold?: boolean;
}

/**
 * Launching the data upgrade (flow 6): one run, one DAG — the source's remaining single-user
 * work, every table's prepare → copy ranges → verify/finish, post-sync scripts on the target
 * after the tables they read, and a guard that no other login touched the source meanwhile.
 */
@Injectable()
export class DataUpgradeRunsService implements OnModuleInit {
  constructor(
    private readonly db: StatePool,
    private readonly plans: DataUpgradeService,
    private readonly upgrades: UpgradesService,
    private readonly packages: PackagesService,
    private readonly systems: SystemsService,
    private readonly preprocessing: PreprocessingService,
    private readonly runs: RunsService,
    private readonly reports: CopyReportService,
    private readonly checklist: ChecklistService,
    private readonly hooks: RunHooks,
    private readonly runRows: RunRepository,
    private readonly tasks: TaskRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.onFinished(async (e) => {
      if (e.kind === DATA_UPGRADE_RUN_KIND && e.upgradeId && e.status === RunStatus.Ended)
        await this.checklist.completeAutomatic(e.upgradeId, ChecklistKey.LaunchDataUpgrade, 'orchestrator', `run ${e.runId}`);
    });
  }

  /** One launch at a time per upgrade, so a double click cannot start two runs on one target. */
  launch(upgradeId: string, options: LaunchOptions, start: RunStart): Promise<RunDto> {
    return this.db.exclusively(`data-upgrade:${upgradeId}`, () => this.launchNow(upgradeId, options, start));
  }

  private async launchNow(upgradeId: string, options: LaunchOptions, start: RunStart): Promise<RunDto> {
    const actor = start.caller.actor;
    const upgrade = await this.upgrades.require(upgradeId);
    await this.requireSingleUser([upgrade.sourceSystemId, upgrade.targetSystemId]);
    await this.requireNoOpenRun(upgradeId, options.restart ?? false);
    const manifest = (await this.packages.require(upgrade.packageId)).manifest;
    // A fresh plan: the one an operator read before single-user mode may be stale by now.
    const { plan: planned, targetObjects } = await this.plans.planWithTargets(upgradeId, actor);
    const plan = planned.plan;
    const excluded = new Set((options.exclude ?? []).map(tableKey));
    const unknown = (options.exclude ?? []).filter((t) => !plan.tables.some((p) => sameTable(p.source, t)));
    if (unknown.length > 0)
      throw new InvalidInputException(
        `exclude names tables that are not in the copy set: ${unknown.map(formatTableRef).join(', ')}`,
        unknown.map((t) => ({ field: 'exclude', message: `${formatTableRef(t)} is not in the copy set` })),
      );
    const blocking = plan.tables.filter((t) => t.status !== MappingStatus.Ok && !excluded.has(tableKey(t.source)));
    if (blocking.length > 0)
      throw new ProblemException(
        409,
        `the data upgrade cannot start while tables are not mapped cleanly: ${blocking
          .map((t) => `${formatTableRef(t.source)} → ${formatTableRef(t.target)} is ${t.status} (${t.problems.join('; ')})`)
          .join(' | ')}. Fix them and plan again, or exclude them (test runs only).`,
        { tables: blocking.map((t) => ({ source: t.source, target: t.target, status: t.status, problems: t.problems })) },
      );
    const tables = plan.tables.filter((t) => t.status === MappingStatus.Ok && !excluded.has(tableKey(t.source)));
    if (tables.length === 0) throw new ConflictException('no table is left to copy: the copy set is empty or every table is excluded');

    const sourceWork = await this.preprocessing.pendingSourceWork(upgradeId);
    const sourceKeys = new Set(sourceWork.map((t) => t.key));
    const objects = await this.withUnfinished(upgradeId, tables, targetObjects);
    const { tasks: copyTasks, doneKeysOf } = copyDag({
      sourceSystemId: upgrade.sourceSystemId,
      targetSystemId: upgrade.targetSystemId,
      tables,
      objects,
      sourceKeys,
    });
    const postSync = manifest.scripts.filter((s) => s.phase === ScriptPhase.PostSync);
    const postKeys = new Set(postSync.map((s) => s.key));
    const targetEngine = (await this.systems.require(upgrade.targetSystemId)).engine;
    const postTasks: TaskSpec[] = postSync.map((s) => ({
      key: s.key,
      kind: 'script',
      systemId: upgrade.targetSystemId,
      payload: { sql: s.sql[targetEngine as 'postgres' | 'mssql'] ?? '' },
      // Each post-sync script waits only for the tables it reads, and its own dependencies.
      dependsOn: [...s.dependsOn.filter((d) => postKeys.has(d)), ...s.reads.flatMap((r) => doneKeysOf.get(tableKey(r)) ?? [])],
    }));
    // Identity and serial sequences, once every table is loaded. A post-sync script that writes a copied
    // table may insert into an identity column: it waits for them; one that only reads them does not.
    const syncSequences: TaskSpec = {
      key: SYNC_SEQUENCES_KEY,
      kind: SYNC_SEQUENCES_KIND,
      systemId: upgrade.targetSystemId,
      dependsOn: [...doneKeysOf.values()].flat(),
      payload: {
        sourceSystemId: upgrade.sourceSystemId,
        tables: tables.map((t) => ({ source: t.source, target: t.target })),
        sequences: manifest.sequences ?? [],
      } satisfies SyncSequencesPayload,
    };
    const copied = new Set(tables.map((t) => tableKey(t.target)));
    for (const [i, s] of postSync.entries())
      if (s.writes.some((w) => copied.has(tableKey(w)))) postTasks[i].dependsOn = [...(postTasks[i].dependsOn ?? []), SYNC_SEQUENCES_KEY];
    const rest = [...copyTasks, syncSequences, ...postTasks];
    const first = scriptPriorities(
      sourceWork.map((t) => t.key),
      [...sourceWork, ...rest],
    );
    const all = [...sourceWork.map((t) => ({ ...t, priority: first.get(t.key) })), ...rest];
    return this.runs.create({
      upgradeId,
      kind: DATA_UPGRADE_RUN_KIND,
      threads: options.threads ?? upgrade.threads,
      hold: options.hold ?? false,
      createdBy: actor,
      overridden: await this.checklist.requirePrerequisites(upgradeId, ChecklistKey.LaunchDataUpgrade, start.caller, start.override),
      tasks: [
        ...all,
        singleUserGuardTask(
          upgradeId,
          upgrade.sourceSystemId,
          all.map((t) => t.key),
        ),
        // The target's copy-set tables must see no writer but the target agent during the upgrade.
        singleUserGuardTask(
          upgradeId,
          upgrade.targetSystemId,
          all.map((t) => t.key),
          'verify-single-user-target',
        ),
      ],
    });
  }

  async progress(upgradeId: string, runId: string): Promise<DataUpgradeProgressDto> {
    const run = await this.requireRun(upgradeId, runId);
    const tables = await this.reports.progress(runId);
    const sum = (f: (t: TableProgressDto) => number) => tables.reduce((n, t) => n + f(t), 0);
    const totals = {
      rowsDone: sum((t) => t.rowsDone),
      rowsTotal: sum((t) => t.rowsTotal),
      bytes: sum((t) => t.bytes),
      rowsPerSecond: sum((t) => t.rowsPerSecond),
    };
    return { run, totals: { ...totals, etaSeconds: etaSeconds(totals.rowsDone, totals.rowsTotal, totals.rowsPerSecond) }, tables };
  }

  async report(
    upgradeId: string,
    runId: string,
  ): Promise<{ run: RunDto; tables: TableReportDto[]; sequences: SequenceSync[]; namedSequences: NamedSequenceSync[] }> {
    const run = await this.requireRun(upgradeId, runId);
    const { sequences, named } = await this.reports.sequences(runId);
    return { run, tables: await this.reports.report(runId), sequences, namedSequences: named };
  }

  private async requireRun(upgradeId: string, runId: string): Promise<RunDto> {
    const run = await this.runs.get(runId);
    if (run.upgradeId !== upgradeId || run.kind !== DATA_UPGRADE_RUN_KIND)
      throw new NotFoundException(`run ${runId} is not a data upgrade run of upgrade ${upgradeId}`);
    return run;
  }

  /** The seed's warning: both systems must be in single-user mode before the data upgrade starts. */
  private async requireSingleUser(systemIds: string[]): Promise<void> {
    const systems = await Promise.all(systemIds.map((id) => this.systems.require(id)));
    const online = systems.filter((s) => s.mode !== 'single-user');
    if (online.length > 0)
      throw new ConflictException(
        `the data upgrade needs source and target in single-user mode; not yet: ${online.map((s) => `${s.name} (${s.role})`).join(', ')}. ` +
          'Enter it with POST /v1/systems/{id}/single-user',
      );
  }

  private async requireNoOpenRun(upgradeId: string, restart: boolean): Promise<void> {
    const latest = await this.runRows.latest(upgradeId, DATA_UPGRADE_RUN_KIND);
    if (latest?.status === RunStatus.Running)
      throw new ConflictException(`data upgrade run ${latest.id} is still running: watch it, pause it or cancel it first`);
    if (latest?.status === RunStatus.Error && !restart)
      throw new ConflictException(
        `data upgrade run ${latest.id} ended in error: POST /v1/runs/${latest.id}/rerun-failed recopies only the ranges that did not end; ` +
          'pass restart: true to start over instead',
      );
  }

  /**
   * The target's secondary indexes and constraints as planned (before anything is dropped), plus
   * what an earlier run dropped and never recreated (its finish-table did not end): a restart must
   * not lose them.
   */
  private async withUnfinished(
    upgradeId: string,
    tables: TablePlan[],
    planned: Map<string, DeferredObjectShape[]>,
  ): Promise<Map<string, DeferredObjectShape[]>> {
    const finishes = await this.tasks.unended(upgradeId, DATA_UPGRADE_RUN_KIND, [CopyTaskKind.FinishTable, CopyTaskKind.FinishForeignKeys]);
    const unfinished = await Promise.all(
      finishes.map(async (f) => {
        const payload = f.payload;
        return { payload, prepared: preparedObjects(await this.tasks.byKey(f.runId, payload.prepareKey)) };
      }),
    );
    const result = new Map<string, DeferredObjectShape[]>();
    for (const t of tables) {
      const earlier = unfinished.filter((u) => sameTable(u.payload.table, t.target)).flatMap((u) => [...u.prepared, ...u.payload.objects]);
      result.set(tableKey(t.target), mergeObjects(planned.get(tableKey(t.target)) ?? [], earlier));
    }
    return result;
  }
}
