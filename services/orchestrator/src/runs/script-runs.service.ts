import { Injectable } from '@nestjs/common';
import { ProblemException } from '@cutover/common';
import { StatePool } from '../database/state-pool';
import type { CreateScriptRunDto, RunDto } from './runs.dto';
import { RunsService } from './runs.service';

/** Ad-hoc runs of SQL scripts across systems (POST /v1/runs), checked before they become a run. */
@Injectable()
export class ScriptRunsService {
  constructor(
    private readonly db: StatePool,
    private readonly runs: RunsService,
  ) {}

  /** The generic run of SQL scripts across systems (POST /v1/runs). */
  async createScriptRun(dto: CreateScriptRunDto, actor: string): Promise<RunDto> {
    await this.requireReferences(dto);
    return this.runs.create({
      upgradeId: dto.upgradeId ?? null,
      kind: 'scripts',
      threads: dto.threads,
      hold: dto.hold ?? false,
      createdBy: actor,
      tasks: dto.tasks.map((t) => ({
        key: t.key,
        kind: 'script',
        systemId: t.systemId,
        payload: { sql: t.sql, ...(t.timeoutSeconds ? { timeoutSeconds: t.timeoutSeconds } : {}) },
        priority: t.priority ?? 0,
        dependsOn: t.dependsOn ?? [],
      })),
    });
  }

  /**
   * Every system and the upgrade a script run names must exist: a task on an unknown system would
   * be accepted and then fail in its worker forever (an executing task no cancel could end).
   */
  private async requireReferences(dto: CreateScriptRunDto): Promise<void> {
    const rows = await this.db.query<{ id: string; kind: string }>(
      `SELECT id, 'system' AS kind FROM system WHERE id = ANY($1::uuid[]) UNION ALL SELECT id, 'upgrade' FROM upgrade WHERE id = $2`,
      [[...new Set(dto.tasks.map((t) => t.systemId))], dto.upgradeId ?? null],
    );
    const found = new Set(rows.map((r) => `${r.kind}:${r.id}`));
    const errors = dto.tasks.flatMap((t, i) =>
      found.has(`system:${t.systemId}`) ? [] : [{ field: `tasks.${i}.systemId`, message: `system ${t.systemId} does not exist` }],
    );
    if (dto.upgradeId && !found.has(`upgrade:${dto.upgradeId}`))
      errors.push({ field: 'upgradeId', message: `upgrade ${dto.upgradeId} does not exist` });
    if (errors.length > 0) throw new ProblemException(404, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  }
}
