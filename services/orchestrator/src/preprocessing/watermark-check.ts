import { Injectable } from '@nestjs/common';
import { formatTableRef, sameTable, type TableRef } from '@cutover/contracts';
import { ProblemException } from '@cutover/common';
import type { ScriptDefinition } from '../packages/manifest';
import { AgentGateway } from '../systems/agent-gateway';
import { PreprocessingStateService } from './preprocessing-state.service';
import { uniqueTables } from '../planning';

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
    private readonly state: PreprocessingStateService,
    private readonly agents: AgentGateway,
  ) {}

  /** The stored watermark of each delta script on a system, with the tables it reads. */
  async deltaStarts(upgradeId: string, systemId: string, deltas: ScriptDefinition[]): Promise<WatermarkStart[]> {
    const marks = await this.state.deltaWatermarks(upgradeId, systemId);
    return deltas.flatMap((s) => {
      const mark = marks.find((m) => m.scriptKey === s.key);
      return mark && s.reads.length > 0
        ? [{ what: `delta script ${s.key}`, since: mark.watermark, takenAt: mark.updatedAt, tables: s.reads }]
        : [];
    });
  }

  /** 409 naming each start whose changes were (partly) cleaned up, its age and the retention. */
  async requireHeld(systemId: string, starts: WatermarkStart[], retentionDays: number): Promise<void> {
    if (starts.length === 0) return;
    const problems: string[] = [];
    // Delta scripts usually share a watermark: one question to the agent per distinct watermark.
    for (const since of new Set(starts.map((s) => s.since))) {
      const sharing = starts.filter((s) => s.since === since);
      const op = await this.agents.run(
        systemId,
        { type: 'check-watermark', checkWatermark: { since, tables: uniqueTables(sharing.flatMap((s) => s.tables)) } },
        'watermark',
      );
      const result = op.result?.checkWatermark;
      if (op.status !== 'succeeded' || !result)
        throw new ProblemException(502, `checking the watermark of ${sharing[0].what} failed: ${op.error?.message ?? op.status}`);
      for (const s of sharing) {
        const own = result.problems.filter((p) => s.tables.some((t) => sameTable(t, p.table)));
        if (own.length > 0)
          problems.push(
            `${s.what} starts from a watermark taken ${age(s.takenAt)} ago (${s.takenAt.toISOString()}), and the source keeps changes ${result.retention} (upgrade setting: ${retentionDays} days): ${own.map((p) => `${formatTableRef(p.table)}: ${p.problem}`).join('; ')}`,
          );
      }
    }
    if (problems.length > 0)
      throw new ProblemException(
        409,
        `${problems.join('. ')}. Starting from there would miss changes: run live preprocessing again (rerun: it rebuilds from the data and takes new watermarks), and raise changeRetentionDays if the gap was expected`,
        { watermarks: problems },
      );
  }
}
