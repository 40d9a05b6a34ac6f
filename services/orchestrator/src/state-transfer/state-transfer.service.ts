import { ConflictException, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { sameTable } from '@cutover/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProblemException } from '@cutover/common';
import { ChecklistKey } from '../checklist/checklist-template';
import { ChecklistService, type RunStart } from '../checklist/checklist.service';
import { CopyReportService } from '../copy/copy-report.service';
import { StatePool } from '../database/state-pool';
import { ScriptPhase } from '../packages/manifest';
import { PreprocessingRunKind } from '../preprocessing/preprocessing.service';
import { uniqueTables } from '../planning';
import { WatermarkCheck } from '../preprocessing/watermark-check';
import { RunEventsRepository } from '../runs/run-events.repository';
import { RunsService } from '../runs/runs.service';
import { RunStatus } from '../runs/statuses';
import { RunHooks } from '../runs/run-hooks';
import { RunRepository } from '../runs/run.repository';
import { AgentGateway } from '../systems/agent-gateway';
import { RestoreStepService } from './restore-step.service';
import { StateCarrier } from './state-carrier';
import type { StartStateTransferDto, StateTransferStartDto, StateTransferStatusDto, TransferTableDto } from './state-transfer.dto';
import { StateTransferEntity } from './state-transfer.entities';
import { StateTransferValidator, type PlannedTable, type TransferContext } from './state-transfer.validator';
import { NumberSequencesService } from './number-sequences.service';
import { STATE_TRANSFER_RUN_KIND, stateTransferTasks } from './transfer-tasks';

const summary = (t: PlannedTable): TransferTableDto => ({
  table: t.table,
  reason: t.reason,
  writtenBy: t.writtenBy,
  rows: t.rows,
  bytes: t.bytes,
  existsOnProduction: t.existsOnProduction,
  keyColumns: t.keyColumns,
  keyReason: t.keyReason,
  advisories: t.advisories,
  ranges: t.ranges,
});

/**
 * State transfer (flow 7): the heavy live preprocessing runs on a restored copy of production
 * (the test system) and its state moves back, so production carries no preprocessing load.
 * Backup point → validate both systems → discover and size the tables → one run of copy tasks
 * (test → production) → carry script statuses and delta watermarks over → sync number sequences.
 */
@Injectable()
export class StateTransferService implements OnModuleInit {
  private readonly logger = new Logger('StateTransfer');

  constructor(
    private readonly db: StatePool,
    private readonly validator: StateTransferValidator,
    private readonly carrier: StateCarrier,
    private readonly sequences: NumberSequencesService,
    private readonly runs: RunsService,
    private readonly reports: CopyReportService,
    private readonly hooks: RunHooks,
    private readonly checklist: ChecklistService,
    private readonly restoreStep: RestoreStepService,
    private readonly events: RunEventsRepository,
    private readonly watermarks: WatermarkCheck,
    private readonly runRows: RunRepository,
    private readonly agents: AgentGateway,
    @InjectRepository(StateTransferEntity) private readonly states: Repository<StateTransferEntity>,
  ) {}

  onModuleInit(): void {
    this.hooks.onFinished(async (e) => {
      if (e.kind === STATE_TRANSFER_RUN_KIND && e.upgradeId && e.status === RunStatus.Ended) await this.carrier.carry(e.upgradeId, e.runId);
    });
  }

  /**
   * Records production's change watermark as the backup point: take it right before backing up
   * production for the test system. After the transfer, production's delta scripts start from
   * it, so the next delta processes exactly the changes committed on production since.
   */
  async recordBackupPoint(upgradeId: string, actor: string): Promise<StateTransferStatusDto> {
    const ctx = await this.validator.context(upgradeId);
    if (ctx.state?.runId && (await this.runs.get(ctx.state.runId)).status === RunStatus.Running)
      throw new ConflictException(`state-transfer run ${ctx.state.runId} is still running: the backup point cannot change under it`);
    let op;
    try {
      op = await this.agents.run(ctx.production.id, { type: 'current-watermark' }, 'state-transfer');
    } catch (error) {
      throw new ProblemException(502, `production's agent did not answer: ${(error as Error).message}`);
    }
    if (op.status !== 'succeeded')
      throw new ConflictException(`reading production's change watermark failed: ${op.error?.message ?? op.status}`);
    const watermark = (op.result?.currentWatermark as { watermark?: string | null } | undefined)?.watermark;
    if (!watermark)
      throw new ConflictException(
        `change tracking is not enabled on production ${ctx.production.name}: run the readiness check on production first, ` +
          'so that the delta after the transfer can process the changes made after the backup',
      );
    await this.states.save({ ...(ctx.state ?? { upgradeId }), backupWatermark: watermark, backupAt: new Date(), backupBy: actor });
    return this.status(upgradeId);
  }

  /** One start at a time per upgrade: two concurrent starts would both pass validation. */
  start(upgradeId: string, dto: StartStateTransferDto, start: RunStart): Promise<StateTransferStartDto> {
    return this.db.exclusively(`state-transfer:${upgradeId}`, () => this.startNow(upgradeId, dto, start));
  }

  private async startNow(upgradeId: string, dto: StartStateTransferDto, start: RunStart): Promise<StateTransferStartDto> {
    let ctx = await this.validator.context(upgradeId);
    // A restore whose hook was lost to a crash: its provenance is recorded before it is checked.
    await this.restoreStep.provenance(upgradeId, ctx.production.engine, ctx.state);
    ctx = await this.validator.context(upgradeId);
    const v = await this.validator.validate(ctx);
    const tables = v.tables.map(summary);
    await this.states.save({ ...(ctx.state ?? { upgradeId }), tables });
    const found = { problems: v.problems, advisories: v.advisories, tables, excluded: v.excluded };
    if (dto.dryRun) return { dryRun: true, ...found, run: null };
    if (v.problems.length > 0)
      throw new ProblemException(
        409,
        `the state transfer cannot start (${v.problems.length} problem(s)): ${v.problems.join(' | ')}`,
        found,
      );
    if (v.tables.length === 0) throw new ConflictException('the package names no table to transfer');
    await this.requireBackupPointHeld(ctx);
    const run = await this.runs.create({
      upgradeId,
      kind: STATE_TRANSFER_RUN_KIND,
      threads: dto.threads ?? ctx.upgrade.threads,
      createdBy: start.caller.actor,
      overridden: await this.checklist.requirePrerequisites(upgradeId, ChecklistKey.StateTransfer, start.caller, start.override),
      hold: dto.hold ?? false,
      tasks: stateTransferTasks(v.tables, ctx.test.id, ctx.production.id),
    });
    await this.states.update({ upgradeId }, { runId: run.id, runWatermark: ctx.state!.backupWatermark, carriedAt: null, carried: null });
    await this.events.record(
      this.db.pool,
      v.advisories.map((reason) => ({ runId: run.id, actor: start.caller.actor, type: 'advisory', reason })),
    );
    return { dryRun: false, ...found, run: await this.runs.get(run.id) };
  }

  /**
   * After the transfer, production's delta scripts start from the backup point: refused when
   * production no longer holds the changes since (its retention was shorter than the gap).
   */
  private async requireBackupPointHeld(ctx: TransferContext): Promise<void> {
    const { backupWatermark: since, backupAt } = ctx.state ?? {};
    const tables = uniqueTables(ctx.manifest.scripts.filter((s) => s.phase === ScriptPhase.Delta).flatMap((s) => s.reads));
    if (!since || !backupAt || tables.length === 0) return;
    await this.watermarks.requireHeld(
      ctx.production.id,
      [{ what: 'the backup point', since, takenAt: backupAt, tables }],
      ctx.upgrade.changeRetentionDays,
    );
  }

  async status(upgradeId: string): Promise<StateTransferStatusDto> {
    const ctx = await this.validator.context(upgradeId);
    let state = ctx.state;
    const lastRun = state?.runId ? await this.runs.get(state.runId) : null;
    // A hook lost to a crash at the very end of the run: carry now (idempotent).
    if (lastRun?.status === RunStatus.Ended && !state?.carriedAt) {
      await this.carrier
        .carry(upgradeId, lastRun.id)
        .catch((e: Error) => this.logger.warn(`carry-over of run ${lastRun!.id}: ${e.message}`));
      // The carry-over writes the transfer's state, never the run: only the state is read again.
      state = await this.states.findOneBy({ upgradeId });
    }
    const applied = await this.sequences.applied(upgradeId);
    const testSystem = await this.restoreStep.provenance(upgradeId, ctx.production.engine, state);
    const copy = lastRun ? await this.reports.progressAndReport(lastRun.id) : { progress: [], report: [] };
    const progress = copy.progress.map((p) => ({
      table: p.table,
      phase: p.phase,
      ranges: p.ranges,
      rangesDone: p.rangesDone,
      rowsDone: p.rowsDone,
      rowsTotal: p.rowsTotal,
      checksumMatch: copy.report.find((r) => sameTable(r.table, p.table))?.checksumMatch ?? null,
    }));
    return {
      upgradeId,
      testSystemId: ctx.test.id,
      backupPoint:
        state?.backupWatermark && state.backupAt
          ? { watermark: state.backupWatermark, at: state.backupAt.toISOString(), by: state.backupBy ?? '' }
          : null,
      tables: state?.tables ?? [],
      lastRun,
      progress,
      carried:
        state?.carried && state.carriedAt
          ? {
              runId: state.carried.runId,
              at: state.carriedAt.toISOString(),
              scripts: state.carried.scripts,
              watermarks: state.carried.watermarks,
              watermark: state.carried.watermark,
            }
          : null,
      testSystem,
      sequencesApplied: applied,
      next: await this.next(
        upgradeId,
        ctx,
        state,
        lastRun?.status ?? null,
        applied.length > 0,
        testSystem.restored?.afterBackupPoint === false,
      ),
    };
  }

  /** The next steps: after the transfer, sync the sequences, run delta preprocessing on production, then single-user mode. */
  private async next(
    upgradeId: string,
    { production, manifest }: TransferContext,
    state: StateTransferEntity | null,
    runStatus: RunStatus | null,
    sequencesApplied: boolean,
    restoredTooEarly: boolean,
  ): Promise<string[]> {
    const productionId = production.id;
    const hasSequences = manifest.numberSequences.length > 0;
    if (!state?.backupWatermark) return ['record-backup-point'];
    if (runStatus === RunStatus.Running) return ['wait-for-state-transfer-run'];
    if (!state.carriedAt) {
      if (runStatus === RunStatus.Error) return ['rerun-failed-state-transfer-tasks'];
      return [...(restoredTooEarly ? ['back-up-production', 'restore-test-system'] : []), 'preprocess-test-system', 'start-state-transfer'];
    }
    const delta = await this.runRows.endedOn(upgradeId, PreprocessingRunKind.Delta, productionId, state.carriedAt);
    return [
      ...(hasSequences && !sequencesApplied ? ['apply-number-sequences'] : []),
      ...(delta ? [] : [ChecklistKey.DeltaPreprocessing]),
      ChecklistKey.EnterSingleUserSource,
    ];
  }
}
