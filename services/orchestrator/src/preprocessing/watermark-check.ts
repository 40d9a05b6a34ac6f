import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { formatTableRef, type TableRef } from '@cutover/contracts';
import { ProblemException } from '@cutover/common';
import { StatePool } from '../database/state-pool';
import type { ScriptDefinition } from '../packages/manifest';
import { SystemsService } from '../systems/systems.service';

/** A watermark something is about to start from: what, the watermark, when it was taken, the tables it covers. */
export interface WatermarkStart {
  what: string;
  since: string;
  takenAt: Date;
  tables: TableRef[];
}

function age(from: Date): string {
  const hours = (Date.now() - from.getTime()) / 3_600_000;
  return hours >= 48
    ? `${Math.floor(hours / 24)} days`
    : hours >= 1
      ? `${Math.floor(hours)} hours`
      : `${Math.max(0, Math.round(hours * 60))} minutes`;
}

/**
 * Refuses to start from a watermark whose changes the source no longer holds (SQL Server cleans up
 * Change Tracking older than its retention): a delta from it would silently miss changes. Asked of
 * the system's agent (check-watermark), which knows its engine's retention.
 */
@Injectable()
export class WatermarkCheck {
  constructor(
    private readonly db: StatePool,
    private readonly systems: SystemsService,
  ) {}

  /** The stored watermark of each delta script on a system, with the tables it reads. */
  async deltaStarts(upgradeId: string, systemId: string, deltas: ScriptDefinition[]): Promise<WatermarkStart[]> {
    const rows = await this.db.query<{ script_key: string; watermark: string; updated_at: Date }>(
      `SELECT script_key, watermark, updated_at FROM delta_watermark WHERE upgrade_id = $1 AND system_id = $2`,
      [upgradeId, systemId],
    );
    return deltas.flatMap((s) => {
      const row = rows.find((r) => r.script_key === s.key);
      return row && s.reads.length > 0
        ? [{ what: `delta script ${s.key}`, since: row.watermark, takenAt: row.updated_at, tables: s.reads }]
        : [];
    });
  }

  /** 409 naming each start whose changes were (partly) cleaned up, its age and the retention. */
  async requireHeld(systemId: string, starts: WatermarkStart[], retentionDays: number): Promise<void> {
    if (starts.length === 0) return;
    const client = await this.systems.client(systemId);
    const problems: string[] = [];
    for (const s of starts) {
      const op = await client.runOperation({
        id: `watermark.${randomUUID()}`,
        type: 'check-watermark',
        checkWatermark: { since: s.since, tables: s.tables },
      });
      const result = op.result?.checkWatermark;
      if (op.status !== 'succeeded' || !result)
        throw new ProblemException(502, `checking the watermark of ${s.what} failed: ${op.error?.message ?? op.status}`);
      if (!result.valid)
        problems.push(
          `${s.what} starts from a watermark taken ${age(s.takenAt)} ago (${s.takenAt.toISOString()}), and the source keeps changes ${result.retention} (upgrade setting: ${retentionDays} days): ${result.problems.map((p) => `${formatTableRef(p.table)}: ${p.problem}`).join('; ')}`,
        );
    }
    if (problems.length > 0)
      throw new ProblemException(
        409,
        `${problems.join('. ')}. Starting from there would miss changes: run live preprocessing again (rerun: it rebuilds from the data and takes new watermarks), and raise changeRetentionDays if the gap was expected`,
        { watermarks: problems },
      );
  }
}
