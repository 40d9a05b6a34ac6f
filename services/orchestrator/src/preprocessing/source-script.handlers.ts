import { Injectable } from '@nestjs/common';
import { OnTask } from '../runs/on-task.decorator';
import type { TaskPayload } from '../runs/task-kinds';
import type { TableRef } from '@cutover/contracts';
import { StatePool } from '../database/state-pool';
import { AgentOperationRunner } from '../runs/agent-operation.runner';
import { TaskFailedError, type TaskContext, TaskHandler, type TaskOutcome } from '../runs/task-handler';
import type { TaskRow } from '../runs/task-row';

export interface SourceScriptPayload {
  upgradeId: string;
  scriptKey: string;
  phase: string;
  packageSha256: string;
  sql: string;
  /** Delta scripts only: the tables whose changed keys the script reads. */
  tables?: TableRef[];
}

/** Records that a script ended for this package on this system (the orchestrator's copy of the framework table). */
async function recordScriptState(db: StatePool, task: TaskRow<unknown>, p: SourceScriptPayload): Promise<void> {
  await db.query(
    `INSERT INTO script_state (upgrade_id, system_id, script_key, package_sha256, phase, run_id, ended_at)
     VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())
     ON CONFLICT (upgrade_id, system_id, script_key) DO UPDATE
       SET package_sha256 = excluded.package_sha256, phase = excluded.phase, run_id = excluded.run_id, ended_at = excluded.ended_at`,
    [p.upgradeId, task.systemId, p.scriptKey, p.packageSha256, p.phase, task.runId],
  );
}

/**
 * `source-script`: a live or single-user script on the source, with its status row written in
 * the same transaction into the source's framework table.
 */
@Injectable()
@OnTask('source-script')
export class SourceScriptHandler extends TaskHandler<'source-script'> {
  constructor(
    protected override readonly operations: AgentOperationRunner,
    private readonly db: StatePool,
  ) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'source-script'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    const recordStatus = { scriptKey: p.scriptKey, packageSha256: p.packageSha256, phase: p.phase, runId: task.runId };
    const outcome = await this.operations.run(task, { type: 'execute-script', executeScript: { sql: p.sql, recordStatus } }, ctx);
    await recordScriptState(this.db, task, p);
    return outcome;
  }
}

/**
 * `delta-script`: the keys changed since the script's watermark, collapsed per key, handed to the
 * script in one transaction with the script's work; the new watermark is stored only when it ended.
 */
@Injectable()
@OnTask('delta-script')
export class DeltaScriptHandler extends TaskHandler<'delta-script'> {
  constructor(
    protected override readonly operations: AgentOperationRunner,
    private readonly db: StatePool,
  ) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'delta-script'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    const [mark] = await this.db.query<{ watermark: string }>(
      `SELECT watermark FROM delta_watermark WHERE upgrade_id = $1 AND system_id = $2 AND script_key = $3`,
      [p.upgradeId, task.systemId, p.scriptKey],
    );
    if (!mark)
      throw new TaskFailedError(
        `delta script ${p.scriptKey} has no change-tracking watermark on this system: run the readiness check first`,
      );
    const outcome = await this.operations.run(
      task,
      {
        type: 'run-delta-script',
        runDeltaScript: { sql: p.sql, since: mark.watermark, tables: (p.tables ?? []).map((table) => ({ table })) },
      },
      ctx,
    );
    const result = (outcome.result?.runDeltaScript ?? {}) as { watermark?: string };
    if (!result.watermark) throw new TaskFailedError(`delta script ${p.scriptKey}: the agent returned no watermark`);
    await this.db.query(
      `UPDATE delta_watermark SET watermark = $4, updated_at = clock_timestamp() WHERE upgrade_id = $1 AND system_id = $2 AND script_key = $3`,
      [p.upgradeId, task.systemId, p.scriptKey, result.watermark],
    );
    await recordScriptState(this.db, task, p);
    return outcome;
  }
}
