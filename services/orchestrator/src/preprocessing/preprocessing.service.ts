import { ConflictException, Injectable, type OnModuleInit } from '@nestjs/common';
import { ChecklistKey } from '../checklist/checklist-template';
import { ChecklistService, type RunStart } from '../checklist/checklist.service';
import { StatePool } from '../database/state-pool';
import { ScriptPhase, type ScriptDefinition } from '../packages/manifest';
import { PackagesService } from '../packages/packages.service';
import type { RunDto } from '../runs/runs.dto';
import type { TaskSpec } from '../runs/run-spec';
import { RunsService } from '../runs/runs.service';
import { RunStatus } from '../runs/statuses';
import { RunHooks } from '../runs/run-hooks';
import { RunRepository } from '../runs/run.repository';
import { TaskRepository } from '../runs/task.repository';
import { WatermarkCheck } from './watermark-check';
import { SingleUserService } from '../systems/single-user.service';
import { UpgradesService } from '../upgrades/upgrades.service';
import { singleUserGuardTask } from './single-user-guard.handler';
import { SourceSide } from './preprocessing.dto';
import { PreprocessingRunKind } from './preprocessing-run-kind';
import { PreprocessingStateService, sourceSystemOf } from './preprocessing-state.service';
import { ReadinessStatus } from './preprocessing.entities';

export { PreprocessingRunKind };

interface SourceContext {
  upgradeId: string;
  systemId: string;
  sha256: string;
  engine: 'postgres' | 'mssql';
}

const COMPLETES: Partial<Record<string, ChecklistKey>> = {
  [PreprocessingRunKind.Readiness]: ChecklistKey.CheckReadiness,
  [PreprocessingRunKind.Live]: ChecklistKey.LivePreprocessing,
  [PreprocessingRunKind.Delta]: ChecklistKey.DeltaPreprocessing,
  [PreprocessingRunKind.SingleUser]: ChecklistKey.SingleUserPreprocessing,
  [PreprocessingRunKind.Backup]: ChecklistKey.BackupSource,
  [PreprocessingRunKind.RecoveryModel]: ChecklistKey.RecoverySimple,
};

/** Readiness, live and delta preprocessing on the production source (flows 1–3 of the design). */
@Injectable()
export class PreprocessingService implements OnModuleInit {
  constructor(
    private readonly db: StatePool,
    private readonly runRows: RunRepository,
    private readonly tasks: TaskRepository,
    private readonly runs: RunsService,
    private readonly upgrades: UpgradesService,
    private readonly packages: PackagesService,
    private readonly checklist: ChecklistService,
    private readonly hooks: RunHooks,
    private readonly singleUser: SingleUserService,
    private readonly status: PreprocessingStateService,
    private readonly watermarks: WatermarkCheck,
  ) {}

  onModuleInit(): void {
    // A preprocessing run on the production source that ends completes its checklist task
    // (runs on the test system prepare a state transfer; the transfer completes its own task).
    this.hooks.onFinished(async (e) => {
      const key = e.kind === PreprocessingRunKind.Readiness ? undefined : COMPLETES[e.kind];
      if (!key || !e.upgradeId || e.status !== RunStatus.Ended) return;
      const upgrade = await this.upgrades.require(e.upgradeId);
      if (!(await this.tasks.anyOffSystem(e.runId, upgrade.sourceSystemId)))
        await this.checklist.completeAutomatic(e.upgradeId, key, 'orchestrator', `run ${e.runId}`);
    });
  }

  async startReadiness(upgradeId: string, start: RunStart, side = SourceSide.Production): Promise<RunDto> {
    const upgrade = await this.upgrades.require(upgradeId);
    return this.runs.create({
      upgradeId,
      kind: PreprocessingRunKind.Readiness,
      threads: 1,
      createdBy: start.caller.actor,
      overridden: await this.gate(upgradeId, PreprocessingRunKind.Readiness, start, side),
      tasks: [{ key: 'check-upgrade-readiness', kind: 'readiness', systemId: sourceSystemOf(upgrade, side), payload: { upgradeId } }],
    });
  }

  /** All live scripts in dependency order; those that ended for this package are skipped unless `rerun`. */
  async startLive(upgradeId: string, start: RunStart, rerun: boolean, side = SourceSide.Production): Promise<RunDto> {
    const { upgrade, manifest, sha256, source } = await this.requireReady(upgradeId, side);
    const done = rerun ? new Set<string>() : await this.endedScripts(upgradeId, source.systemId, sha256);
    const live = manifest.scripts.filter((s) => s.phase === ScriptPhase.Live && !done.has(s.key));
    if (live.length === 0)
      throw new ConflictException(
        `every live script already ended for this package on the ${side} system; pass rerun: true to run them again`,
      );
    return this.runs.create({
      upgradeId,
      kind: PreprocessingRunKind.Live,
      threads: upgrade.threads,
      createdBy: start.caller.actor,
      overridden: await this.gate(upgradeId, PreprocessingRunKind.Live, start, side),
      tasks: live.map((s) => this.sourceTask(s, 'source-script', source, live)),
    });
  }

  /** Every delta script once, from its watermark; repeatable. */
  async startDelta(upgradeId: string, start: RunStart, side = SourceSide.Production): Promise<RunDto> {
    const { upgrade, manifest, sha256, source } = await this.requireReady(upgradeId, side);
    await this.requireLiveEnded(source, manifest.scripts, sha256);
    const deltas = manifest.scripts.filter((s) => s.phase === ScriptPhase.Delta);
    if (deltas.length === 0) throw new ConflictException('the package has no delta scripts');
    await this.requireWatermarksHeld(upgradeId, source.systemId, deltas, upgrade.changeRetentionDays);
    return this.runs.create({
      upgradeId,
      kind: PreprocessingRunKind.Delta,
      threads: upgrade.threads,
      createdBy: start.caller.actor,
      overridden: await this.gate(upgradeId, PreprocessingRunKind.Delta, start, side),
      tasks: deltas.map((s) => this.sourceTask(s, 'delta-script', source, deltas)),
    });
  }

  /**
   * Single-user preprocessing: a final delta, then the single-user scripts (each after every
   * delta, in its own dependency order, `threads` at a time), then a guard that fails the run
   * if any other login changed data since single-user mode was entered.
   */
  async startSingleUser(upgradeId: string, start: RunStart): Promise<RunDto> {
    const { upgrade, manifest, sha256, source } = await this.requireReady(upgradeId);
    const [system] = await this.db.query<{ mode: string; name: string }>(`SELECT mode, name FROM system WHERE id = $1`, [
      upgrade.sourceSystemId,
    ]);
    if (system.mode !== 'single-user')
      throw new ConflictException(
        `the source ${system.name} is not in single-user mode: enter it first (POST /v1/systems/{id}/single-user)`,
      );
    await this.requireLiveEnded(source, manifest.scripts, sha256);
    await this.singleUser.requireAlone(upgrade.sourceSystemId, 'single-user preprocessing');
    const finalDeltas = manifest.scripts.filter((s) => s.phase === ScriptPhase.Delta);
    await this.requireWatermarksHeld(upgradeId, source.systemId, finalDeltas, upgrade.changeRetentionDays);
    const all = this.singleUserWork(manifest.scripts, source, new Set());
    return this.runs.create({
      upgradeId,
      kind: PreprocessingRunKind.SingleUser,
      threads: upgrade.threads,
      createdBy: start.caller.actor,
      overridden: await this.gate(upgradeId, PreprocessingRunKind.SingleUser, start),
      tasks: [
        ...all,
        singleUserGuardTask(
          upgradeId,
          upgrade.sourceSystemId,
          all.map((t) => t.key),
        ),
      ],
    });
  }

  /**
   * What a data upgrade still has to run on the source before it may copy what those scripts
   * write: the final delta and the single-user scripts, unless a single-user preprocessing run
   * ended since the source entered single-user mode. Putting them in the data upgrade's DAG lets
   * bulk copy of the tables they do not write overlap them (seed: they run concurrently).
   */
  async pendingSourceWork(upgradeId: string): Promise<TaskSpec[]> {
    const upgrade = await this.upgrades.require(upgradeId);
    const pkg = await this.packages.require(upgrade.packageId);
    if (!pkg.manifest.scripts.some((s) => s.phase !== ScriptPhase.PostSync)) return [];
    if (await this.runRows.endedSinceSingleUser(upgradeId, PreprocessingRunKind.SingleUser, upgrade.sourceSystemId)) return [];
    const running = await this.runRows.running(upgradeId, PreprocessingRunKind.SingleUser);
    if (running.length > 0)
      throw new ConflictException(`single-user preprocessing run ${running[0].id} is still running: wait for it, or cancel it first`);
    const { manifest, sha256, source } = await this.requireReady(upgradeId);
    await this.requireLiveEnded(source, manifest.scripts, sha256);
    return this.singleUserWork(manifest.scripts, source, await this.endedScripts(upgradeId, source.systemId, sha256));
  }

  /** The final delta, then the single-user scripts not ended yet, each after every delta. */
  private singleUserWork(scripts: ScriptDefinition[], source: SourceContext, ended: Set<string>): TaskSpec[] {
    const deltas = scripts.filter((s) => s.phase === ScriptPhase.Delta);
    const single = scripts.filter((s) => s.phase === ScriptPhase.SingleUser && !ended.has(s.key));
    const deltaTasks = deltas.map((s) => this.sourceTask(s, 'delta-script', source, deltas));
    const singleTasks = single.map((s) => {
      const t = this.sourceTask(s, 'source-script', source, single);
      return { ...t, dependsOn: [...new Set([...(t.dependsOn ?? []), ...deltas.map((d) => d.key)])] };
    });
    return [...deltaTasks, ...singleTasks];
  }

  /** The two preparations before single-user work (seed): back up the source, set its recovery model to simple. */
  async startPreparation(
    upgradeId: string,
    kind: PreprocessingRunKind.Backup | PreprocessingRunKind.RecoveryModel,
    start: RunStart,
  ): Promise<RunDto> {
    const upgrade = await this.upgrades.require(upgradeId);
    const operation =
      kind === PreprocessingRunKind.Backup ? { type: 'backup-database' as const } : { type: 'set-recovery-simple' as const };
    return this.runs.create({
      upgradeId,
      kind,
      threads: 1,
      createdBy: start.caller.actor,
      overridden: await this.gate(upgradeId, kind, start),
      tasks: [{ key: kind, kind: 'agent-operation', systemId: upgrade.sourceSystemId, payload: { operation } }],
    });
  }

  /** The checklist gate of a run on production (a test system's preprocessing has no checklist step of its own). */
  private gate(upgradeId: string, kind: PreprocessingRunKind, start: RunStart, side = SourceSide.Production) {
    const key = COMPLETES[kind];
    if (side === SourceSide.Test || !key) return Promise.resolve(undefined);
    return this.checklist.requirePrerequisites(upgradeId, key, start.caller, start.override);
  }

  private sourceTask(
    s: ScriptDefinition,
    kind: 'source-script' | 'delta-script',
    source: SourceContext,
    inRun: ScriptDefinition[],
  ): TaskSpec {
    const keys = new Set(inRun.map((x) => x.key));
    return {
      key: s.key,
      kind,
      systemId: source.systemId,
      payload: {
        upgradeId: source.upgradeId,
        scriptKey: s.key,
        phase: s.phase,
        packageSha256: source.sha256,
        sql: s.sql[source.engine] ?? '',
        ...(kind === 'delta-script' ? { tables: s.reads } : {}),
      },
      // Dependencies outside this run (earlier phases, skipped scripts) have already ended.
      dependsOn: s.dependsOn.filter((d) => keys.has(d)),
    };
  }

  private async requireReady(upgradeId: string, side = SourceSide.Production) {
    const upgrade = await this.upgrades.require(upgradeId);
    const systemId = sourceSystemOf(upgrade, side);
    const pkg = await this.packages.require(upgrade.packageId);
    const readiness = await this.status.readiness(upgradeId, side);
    if (!readiness.ready) {
      const errors = readiness.latest.filter((r) => r.status === ReadinessStatus.Error).map((r) => r.message);
      throw new ConflictException(
        readiness.history.length === 0
          ? `run the readiness check first (POST /v1/upgrades/{id}/readiness/runs${side === SourceSide.Test ? ' with system: test' : ''})`
          : `the latest readiness check has not passed${errors.length ? `: ${errors.join('; ')}` : ''}; fix it and check again`,
      );
    }
    const [system] = await this.db.query<{ engine: 'postgres' | 'mssql' }>(`SELECT engine FROM system WHERE id = $1`, [systemId]);
    const source: SourceContext = { upgradeId, systemId, sha256: pkg.sha256, engine: system.engine };
    return { upgrade, manifest: pkg.manifest, sha256: pkg.sha256, source };
  }

  /** Delta and single-user runs start only once every live script ended for this package. */
  private async requireLiveEnded(source: SourceContext, scripts: ScriptDefinition[], sha256: string): Promise<void> {
    const done = await this.endedScripts(source.upgradeId, source.systemId, sha256);
    const pending = scripts.filter((s) => s.phase === ScriptPhase.Live && !done.has(s.key)).map((s) => s.key);
    if (pending.length > 0) throw new ConflictException(`live preprocessing has not ended for: ${pending.join(', ')}; run it first`);
  }

  private async endedScripts(upgradeId: string, systemId: string, sha256: string): Promise<Set<string>> {
    const rows = await this.db.query<{ script_key: string }>(
      `SELECT script_key FROM script_state WHERE upgrade_id = $1 AND system_id = $2 AND package_sha256 = $3`,
      [upgradeId, systemId, sha256],
    );
    return new Set(rows.map((r) => r.script_key));
  }

  /** A delta from a watermark whose changes were cleaned up would miss them: refused before anything runs. */
  private async requireWatermarksHeld(upgradeId: string, systemId: string, deltas: ScriptDefinition[], days: number): Promise<void> {
    await this.watermarks.requireHeld(systemId, await this.watermarks.deltaStarts(upgradeId, systemId, deltas), days);
  }
}
