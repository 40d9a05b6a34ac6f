import { ConflictException, Injectable } from '@nestjs/common';
import { StatePool } from '../database/state-pool';
import { RunStatus } from '../runs/statuses';
import type { UpgradeEntity } from '../upgrades/upgrade.entity';
import { UpgradesService } from '../upgrades/upgrades.service';
import { RunRepository } from '../runs/run.repository';
import { SourceSide, type PreprocessingStateDto, type ReadinessDto } from './preprocessing.dto';
import { PreprocessingRunKind } from './preprocessing-run-kind';
import { ReadinessStatus } from './preprocessing.entities';

/** The system a preprocessing step runs on: the production source, or the upgrade's test system (409 when it has none). */
export function sourceSystemOf(upgrade: UpgradeEntity, side: SourceSide = SourceSide.Production): string {
  if (side === SourceSide.Production) return upgrade.sourceSystemId;
  if (!upgrade.testSystemId)
    throw new ConflictException(
      `upgrade ${upgrade.name} has no test system: create the upgrade with testSystemId (a test-source system) to preprocess on a test system`,
    );
  return upgrade.testSystemId;
}

/** What preprocessing has done on a source system: readiness checks and their history, ended scripts, delta watermarks. */
@Injectable()
export class PreprocessingStateService {
  constructor(
    private readonly db: StatePool,
    private readonly upgrades: UpgradesService,
    private readonly runs: RunRepository,
  ) {}

  /** Readiness of one source system (production by default): its latest check and its history. */
  async readiness(upgradeId: string, side = SourceSide.Production): Promise<ReadinessDto> {
    const systemId = sourceSystemOf(await this.upgrades.require(upgradeId), side);
    const runs = await this.runs.withTaskOn(upgradeId, PreprocessingRunKind.Readiness, systemId);
    const counts = await this.db.query<{ run_id: string; errors: string; advisories: string }>(
      `SELECT run_id, count(*) FILTER (WHERE status = 'error') AS errors, count(*) FILTER (WHERE status = 'advisory') AS advisories
         FROM readiness_result WHERE run_id = ANY($1::uuid[]) GROUP BY run_id`,
      [runs.map((r) => r.id)],
    );
    const history = runs.map((r) => {
      const c = counts.find((x) => x.run_id === r.id);
      return { id: r.id, status: r.status, created_at: r.createdAt, errors: c?.errors ?? '0', advisories: c?.advisories ?? '0' };
    });
    const latestRun = history[0];
    const latest = latestRun
      ? await this.db.query<{
          run_id: string;
          system_id: string | null;
          check: string;
          status: ReadinessStatus;
          message: string;
          at: Date;
        }>(`SELECT run_id, system_id, "check", status, message, at FROM readiness_result WHERE run_id = $1 ORDER BY id`, [latestRun.id])
      : [];
    return {
      latest: latest.map((r) => ({
        runId: r.run_id,
        systemId: r.system_id,
        check: r.check,
        status: r.status,
        message: r.message,
        at: r.at.toISOString(),
      })),
      history: history.map((h) => ({
        runId: h.id,
        status: h.status,
        createdAt: h.created_at.toISOString(),
        errors: Number(h.errors),
        advisories: Number(h.advisories),
      })),
      ready: !!latestRun && latestRun.status === RunStatus.Ended && Number(latestRun.errors) === 0,
    };
  }

  async state(upgradeId: string, side = SourceSide.Production): Promise<PreprocessingStateDto> {
    const systemId = sourceSystemOf(await this.upgrades.require(upgradeId), side);
    const scripts = await this.db.query<{ script_key: string; phase: string; package_sha256: string; run_id: string; ended_at: Date }>(
      `SELECT script_key, phase, package_sha256, run_id, ended_at FROM script_state WHERE upgrade_id = $1 AND system_id = $2 ORDER BY script_key`,
      [upgradeId, systemId],
    );
    const marks = await this.deltaWatermarks(upgradeId, systemId);
    return {
      scripts: scripts.map((s) => ({
        scriptKey: s.script_key,
        phase: s.phase,
        packageSha256: s.package_sha256,
        runId: s.run_id,
        endedAt: s.ended_at.toISOString(),
      })),
      watermarks: marks.map((m) => ({ ...m, updatedAt: m.updatedAt.toISOString() })),
    };
  }

  /** Each delta script's stored watermark on a system, and when it was taken. */
  async deltaWatermarks(upgradeId: string, systemId: string): Promise<{ scriptKey: string; watermark: string; updatedAt: Date }[]> {
    const rows = await this.db.query<{ script_key: string; watermark: string; updated_at: Date }>(
      `SELECT script_key, watermark, updated_at FROM delta_watermark WHERE upgrade_id = $1 AND system_id = $2 ORDER BY script_key`,
      [upgradeId, systemId],
    );
    return rows.map((r) => ({ scriptKey: r.script_key, watermark: r.watermark, updatedAt: r.updated_at }));
  }
}
