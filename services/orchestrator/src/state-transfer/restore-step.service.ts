import { ConflictException, Injectable, type OnModuleInit } from '@nestjs/common';
import { STATE_TRANSFER_BACKUP_DIRECTORY } from '@cutover/contracts';
import type { Caller } from '../auth/api-keys.service';
import { StatePool } from '../database/state-pool';
import { RunEventsRepository } from '../runs/run-events.repository';
import type { RunDto } from '../runs/runs.dto';
import { RunsService } from '../runs/runs.service';
import { RunStatus } from '../runs/statuses';
import { RunHooks } from '../runs/run-hooks';
import { RunRepository } from '../runs/run.repository';
import { TaskRepository } from '../runs/task.repository';
import { SystemMode } from '../systems/system.entity';
import {
  restoredAfterBackupPoint,
  STATE_TRANSFER_BACKUP_RUN_KIND as BACKUP_KIND,
  STATE_TRANSFER_RESTORE_RUN_KIND as RESTORE_KIND,
  type LastRun,
} from './provenance';
import type { ProductionBackupDto, RestoreTestSystemDto, TestSystemProvenanceDto } from './restore.dto';
import type { RestoredBackup, StateTransferEntity, TestSystemRestore } from './state-transfer.entities';
import { StateTransferValidator } from './state-transfer.validator';

const BACKUP_TASK = 'backup-production';
const RESTORE_TASK = 'restore-test-system';

/** What an agent's backup or restore result says about the backup (its manifest). */
interface AgentManifest extends RestoredBackup {
  bytes: number;
}

const backupOf = (m: AgentManifest | null | undefined): RestoredBackup | null =>
  m
    ? {
        sourceDatabase: m.sourceDatabase,
        serverVersion: m.serverVersion,
        watermark: m.watermark,
        takenAt: m.takenAt,
        finishedAt: m.finishedAt,
        tool: m.tool,
      }
    : null;

/**
 * The state transfer's first steps as runs: back up production (backup-database on its agent,
 * into `state-transfer/` of its AGENT_BACKUP_DIR) and restore that backup as the test system
 * (restore-database on the test agent, replacing its database). When a restore ends, where the
 * test system comes from — the backup and its manifest — is recorded on the transfer's state and
 * as a run event; the validator then checks it against the backup point. Starting a restore
 * forgets the test system's script statuses and delta watermarks: they describe a database that
 * is being replaced.
 */
@Injectable()
export class RestoreStepService implements OnModuleInit {
  constructor(
    private readonly db: StatePool,
    private readonly validator: StateTransferValidator,
    private readonly runs: RunsService,
    private readonly events: RunEventsRepository,
    private readonly hooks: RunHooks,
    private readonly runRows: RunRepository,
    private readonly tasks: TaskRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.onFinished(async (e) => {
      if (e.kind === RESTORE_KIND && e.upgradeId && e.status === RunStatus.Ended) await this.record(e.upgradeId, e.runId);
    });
  }

  async backup(upgradeId: string, caller: Caller): Promise<RunDto> {
    const ctx = await this.validator.context(upgradeId);
    const operation = { type: 'backup-database' as const, backupDatabase: { directory: STATE_TRANSFER_BACKUP_DIRECTORY } };
    return this.runs.create({
      upgradeId,
      kind: BACKUP_KIND,
      threads: 1,
      createdBy: caller.actor,
      tasks: [{ key: BACKUP_TASK, kind: 'agent-operation', systemId: ctx.production.id, payload: { operation } }],
    });
  }

  /** One at a time per upgrade, and never beside a state-transfer start (same lock). */
  restore(upgradeId: string, dto: RestoreTestSystemDto, caller: Caller): Promise<RunDto> {
    return this.db.exclusively(`state-transfer:${upgradeId}`, () => this.restoreNow(upgradeId, dto, caller));
  }

  private async restoreNow(upgradeId: string, dto: RestoreTestSystemDto, caller: Caller): Promise<RunDto> {
    const { test } = await this.validator.context(upgradeId);
    if (!dto.replace)
      throw new ConflictException(
        `restoring production's backup as the test system ${test.name} replaces the database its agent serves: pass replace: true to confirm`,
      );
    if (test.mode === SystemMode.SingleUser)
      throw new ConflictException(
        `the test system ${test.name} is in single-user mode: leave it first (POST /v1/systems/{id}/single-user/exit)`,
      );
    const running = await this.runRows.runningOn([test.id]);
    if (running.length > 0)
      throw new ConflictException(
        `the test system ${test.name} is in use by ${running.map((r) => `run ${r.id} (${r.kind})`).join(', ')}: wait for it or cancel it first`,
      );
    const file = dto.file ?? (await this.lastBackup(upgradeId))?.name;
    if (!file)
      throw new ConflictException(
        'name the backup to restore (file), or back up production first (POST /v1/upgrades/{id}/state-transfer/backup/runs)',
      );
    const forgotten = await this.db.transaction(async (c) => {
      await c.query(
        `INSERT INTO state_transfer (upgrade_id, restored) VALUES ($1, NULL) ON CONFLICT (upgrade_id) DO UPDATE SET restored = NULL`,
        [upgradeId],
      );
      const scripts = await c.query(`DELETE FROM script_state WHERE upgrade_id = $1 AND system_id = $2`, [upgradeId, test.id]);
      const marks = await c.query(`DELETE FROM delta_watermark WHERE upgrade_id = $1 AND system_id = $2`, [upgradeId, test.id]);
      return { scripts: scripts.rowCount ?? 0, watermarks: marks.rowCount ?? 0 };
    });
    const operation = { type: 'restore-database' as const, restoreDatabase: { file, replace: true } };
    const run = await this.runs.create({
      upgradeId,
      kind: RESTORE_KIND,
      threads: 1,
      createdBy: caller.actor,
      tasks: [{ key: RESTORE_TASK, kind: 'agent-operation', systemId: test.id, payload: { operation } }],
    });
    await this.events.record(this.db.pool, [
      {
        runId: run.id,
        actor: caller.actor,
        type: 'test-system-replaced',
        reason:
          `restoring ${file} as the test system ${test.name} replaces its database; its script statuses (${forgotten.scripts}) ` +
          `and delta watermarks (${forgotten.watermarks}) in the orchestrator were forgotten`,
      },
    ]);
    return run;
  }

  /** The restore run ended: record the test system's provenance, unless a newer restore was started since. */
  async record(upgradeId: string, runId: string): Promise<void> {
    const last = await this.lastRun(upgradeId, RESTORE_KIND);
    if (last?.id !== runId) return;
    const task = await this.tasks.byKey(runId, RESTORE_TASK);
    const r = task?.result?.restoreDatabase as
      { file: string; database: string; restoredAt: string; manifest: AgentManifest | null } | undefined;
    if (!r) return;
    const restored: TestSystemRestore = {
      runId,
      file: r.file,
      database: r.database,
      restoredAt: r.restoredAt,
      restoredBy: (await this.runRows.find(runId))?.createdBy ?? 'orchestrator',
      backup: backupOf(r.manifest),
    };
    const b = restored.backup;
    await this.db.transaction(async (c) => {
      await c.query(`UPDATE state_transfer SET restored = $2 WHERE upgrade_id = $1`, [upgradeId, JSON.stringify(restored)]);
      await this.events.record(c, [
        {
          runId,
          actor: 'orchestrator',
          type: 'test-system-restored',
          reason: b
            ? `the test system is ${b.sourceDatabase}'s backup ${r.file}, taken ${b.takenAt} (server ${b.serverVersion}), watermark ${b.watermark ?? 'none'}`
            : `the test system is the backup ${r.file}, which has no manifest: when it was taken is unknown`,
        },
      ]);
    });
  }

  async lastRun(upgradeId: string, kind: string): Promise<LastRun | null> {
    return this.runRows.latest(upgradeId, kind);
  }

  async lastBackup(upgradeId: string): Promise<ProductionBackupDto | null> {
    const last = await this.lastRun(upgradeId, BACKUP_KIND);
    if (!last) return null;
    const task = await this.tasks.byKey(last.id, BACKUP_TASK);
    const b = task?.result?.backupDatabase as { name: string; bytes: number; manifest: AgentManifest } | undefined;
    return { runId: last.id, status: last.status, name: b?.name ?? null, bytes: b?.bytes ?? null, backup: backupOf(b?.manifest) };
  }

  /** For the status: the last backup, the last restore run and what the test system was restored from (recorded now if its hook was lost). */
  async provenance(upgradeId: string, engine: string, state: StateTransferEntity | null): Promise<TestSystemProvenanceDto> {
    const lastRestore = await this.lastRun(upgradeId, RESTORE_KIND);
    if (lastRestore?.status === RunStatus.Ended && state && state.restored?.runId !== lastRestore.id) {
      await this.record(upgradeId, lastRestore.id);
      const [row] = await this.db.query<{ restored: TestSystemRestore | null }>(
        `SELECT restored FROM state_transfer WHERE upgrade_id = $1`,
        [upgradeId],
      );
      state = { ...state, restored: row?.restored ?? null };
    }
    const restored = state?.restored ?? null;
    return {
      lastBackup: await this.lastBackup(upgradeId),
      lastRestoreRun: lastRestore ? await this.runs.get(lastRestore.id) : null,
      restored: restored ? { ...restored, afterBackupPoint: restoredAfterBackupPoint(engine, state) } : null,
    };
  }
}
