import { Injectable, Logger } from '@nestjs/common';
import { ChecklistKey, SECTION_PREPARE_APPLICATION_DATA } from '../checklist/checklist-template';
import { ChecklistService } from '../checklist/checklist.service';
import { StatePool } from '../database/state-pool';
import { ScriptPhase } from '../packages/manifest';
import { PackagesService } from '../packages/packages.service';
import { UpgradesService } from '../upgrades/upgrades.service';
import type { StateTransferEntity } from './state-transfer.entities';

/**
 * What happens when a state-transfer run ended: production's script statuses become the test
 * system's (so live scripts are not rerun on production), and every delta script's production
 * watermark becomes the backup point (so the next delta processes exactly the changes committed
 * on production since the backup) — not the test system's watermark, which says nothing about
 * production's transactions. Then the checklist: state transfer done, live preprocessing done
 * (by the test system), "prepare application data" and delta reopened (seed: rerun them for the
 * changes since the backup), and applying the number sequences made a prerequisite of delta. Idempotent: a second call for the same run changes nothing.
 */
@Injectable()
export class StateCarrier {
  private readonly logger = new Logger('StateCarrier');

  constructor(
    private readonly db: StatePool,
    private readonly upgrades: UpgradesService,
    private readonly packages: PackagesService,
    private readonly checklist: ChecklistService,
  ) {}

  async carry(upgradeId: string, runId: string): Promise<void> {
    const upgrade = await this.upgrades.require(upgradeId);
    const pkg = await this.packages.require(upgrade.packageId);
    const deltas = pkg.manifest.scripts.filter((s) => s.phase === ScriptPhase.Delta).map((s) => s.key);
    const carried = await this.db.transaction(async (c) => {
      const [state] = (
        await c.query<StateTransferEntity & { run_id: string; run_watermark: string; carried_at: Date | null }>(
          `SELECT run_id, run_watermark, carried_at FROM state_transfer WHERE upgrade_id = $1 FOR UPDATE`,
          [upgradeId],
        )
      ).rows;
      // Another run's hook (an older run rerun to the end), or this run already carried.
      if (!state || state.run_id !== runId || state.carried_at) return false;
      const scripts = await c.query<{ script_key: string }>(
        `INSERT INTO script_state (upgrade_id, system_id, script_key, package_sha256, phase, run_id, ended_at)
         SELECT upgrade_id, $2, script_key, package_sha256, phase, run_id, ended_at FROM script_state
          WHERE upgrade_id = $1 AND system_id = $3 AND package_sha256 = $4 AND phase = ANY($5::text[])
         ON CONFLICT (upgrade_id, system_id, script_key) DO UPDATE
           SET package_sha256 = excluded.package_sha256, phase = excluded.phase, run_id = excluded.run_id, ended_at = excluded.ended_at
         RETURNING script_key`,
        [upgradeId, upgrade.sourceSystemId, upgrade.testSystemId, pkg.sha256, [ScriptPhase.Live, ScriptPhase.Delta]],
      );
      await c.query(
        `INSERT INTO delta_watermark (upgrade_id, system_id, script_key, watermark, updated_at)
         SELECT $1, $2, k, $4, clock_timestamp() FROM unnest($3::text[]) AS k
         ON CONFLICT (upgrade_id, system_id, script_key) DO UPDATE SET watermark = excluded.watermark, updated_at = excluded.updated_at`,
        [upgradeId, upgrade.sourceSystemId, deltas, state.run_watermark],
      );
      const record = {
        runId,
        scripts: scripts.rows.map((r) => r.script_key).sort(),
        watermarks: [...deltas].sort(),
        watermark: state.run_watermark,
      };
      await c.query(`UPDATE state_transfer SET carried_at = clock_timestamp(), carried = $2 WHERE upgrade_id = $1`, [
        upgradeId,
        JSON.stringify(record),
      ]);
      return true;
    });
    if (carried) await this.updateChecklist(upgradeId, runId, pkg.manifest.numberSequences.length > 0);
  }

  private async updateChecklist(upgradeId: string, runId: string, hasSequences: boolean): Promise<void> {
    const notes = `state transfer run ${runId}`;
    const tasks = await this.checklist.list(upgradeId);
    for (const key of [ChecklistKey.StateTransfer, ChecklistKey.LivePreprocessing]) {
      if (tasks.find((t) => t.key === key)?.status === 'done') continue;
      await this.checklist
        .completeAutomatic(upgradeId, key, 'orchestrator', notes)
        .catch((e: Error) => this.logger.warn(`checklist ${key} after ${notes}: ${e.message}`));
    }
    const reopen = tasks.filter((t) => t.section === SECTION_PREPARE_APPLICATION_DATA).map((t) => t.key);
    await this.checklist.reopen(upgradeId, [...reopen, ChecklistKey.DeltaPreprocessing]);
    // Production's number sequences now lag the transferred rows: delta waits until they are applied.
    if (hasSequences) await this.checklist.reopen(upgradeId, [ChecklistKey.ApplyNumberSequences], true);
  }
}
