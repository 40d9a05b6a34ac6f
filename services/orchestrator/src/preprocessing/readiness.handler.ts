import { Injectable } from '@nestjs/common';
import { OnTask } from '../runs/on-task.decorator';
import type { TaskPayload } from '../runs/task-kinds';
import type { AgentClient, AgentOperation } from '@cutover/agent-client';
import { formatTableRef, tableKey, tableRef, type TableRef } from '@cutover/contracts';
import { ChecklistKey } from '../checklist/checklist-template';
import { ChecklistService } from '../checklist/checklist.service';
import { StatePool } from '../database/state-pool';
import { ScriptPhase } from '../packages/manifest';
import { PackagesService } from '../packages/packages.service';
import { AgentOperationRunner } from '../runs/agent-operation.runner';
import { TaskCanceledError, TaskFailedError, type TaskContext, TaskHandler, type TaskOutcome } from '../runs/task-handler';
import type { TaskRow } from '../runs/task-row';
import { AgentGateway, type OperationRequest } from '../systems/agent-gateway';
import { SystemsService } from '../systems/systems.service';
import { UpgradesService } from '../upgrades/upgrades.service';
import type { UpgradeEntity } from '../upgrades/upgrade.entity';
import { ReadinessStatus } from './preprocessing.entities';
import { columnProblems, copySet } from '../planning';
import { deltaCoverage, engineSupported, permissions, sqlPresent, tablesExist, trackedTables, type CheckResult } from './readiness-checks';

/** The operations a readiness task runs on its system, by the part of their id. */
const READINESS_PARTS = ['framework', 'tracking'];

type OperationEnd = Pick<AgentOperation, 'status' | 'result'> & { error: { message: string } | null };

export interface ReadinessPayload {
  upgradeId: string;
}

/**
 * `readiness`: the "Check upgrade readiness" task. Runs every check, records each result (pass,
 * error, advisory) against the run, and only when nothing is an error sets up the framework
 * table and enables change tracking for every table a delta script reads, recording where each
 * delta script's log starts.
 */
@Injectable()
@OnTask('readiness')
export class ReadinessHandler extends TaskHandler<'readiness'> {
  constructor(
    private readonly db: StatePool,
    private readonly systems: SystemsService,
    private readonly agents: AgentGateway,
    private readonly upgrades: UpgradesService,
    private readonly packages: PackagesService,
    private readonly checklist: ChecklistService,
    protected override readonly operations: AgentOperationRunner,
  ) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'readiness'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const { upgradeId } = task.payload;
    const upgrade = await this.upgrades.require(upgradeId);
    const manifest = (await this.packages.require(upgrade.packageId)).manifest;
    // The production source, or the upgrade's test system when the run was started with `system: test`.
    const system = await this.systems.require(task.systemId ?? upgrade.sourceSystemId);
    const client = await this.agents.client(system.id);
    const results: CheckResult[] = [];
    const op = (part: string, body: OperationRequest) => this.operation(task, ctx, part, body);
    try {
      const info = await client.info();
      results.push({ check: 'agent', status: ReadinessStatus.Pass, message: `agent ${info.agentName} ${info.agentVersion} reachable` });
      results.push(...engineSupported(info.engine, info.serverVersion, info.support));
      results.push(...sqlPresent(manifest, info.engine));
      results.push(
        ...(await client
          .permissions()
          .then(permissions, (error: Error) => [
            { check: 'permissions', status: ReadinessStatus.Error, message: `the permission probe failed: ${error.message}` },
          ])),
      );
      const listed = (await client.listTables()).map(tableRef);
      results.push(...tablesExist(manifest, new Set(listed.map(tableKey))));
      results.push(...deltaCoverage(manifest));
      results.push(...(await this.copySetChecks(manifest, listed, client, await this.agents.client(upgrade.targetSystemId))));
      if (!results.some((r) => r.status === ReadinessStatus.Error))
        results.push(...(await this.enableTracking(upgrade, system.id, info.engine, manifest, op)));
    } catch (error) {
      if (error instanceof TaskCanceledError || ctx.signal.aborted) throw error;
      results.push({
        check: 'agent',
        status: ReadinessStatus.Error,
        message: `agent for ${system.name} failed: ${(error as Error).message}`,
      });
    }
    await this.db.query(
      `INSERT INTO readiness_result (upgrade_id, run_id, system_id, "check", status, message)
       SELECT $1, $2, $3, c, s, m FROM unnest($4::text[], $5::text[], $6::text[]) AS t(c, s, m)`,
      [upgradeId, task.runId, system.id, results.map((r) => r.check), results.map((r) => r.status), results.map((r) => r.message)],
    );
    const errors = results.filter((r) => r.status === ReadinessStatus.Error);
    if (errors.length > 0)
      throw new TaskFailedError(`readiness found ${errors.length} error(s): ${errors.map((e) => e.message).join('; ')}`);
    if (system.id === upgrade.sourceSystemId)
      await this.checklist.completeAutomatic(upgradeId, ChecklistKey.CheckReadiness, 'readiness-check', `run ${task.runId}`);
    return { result: { checks: results.length, errors: 0 } };
  }

  /** Copy-set tables exist on the target with compatible columns (the data upgrade's plan repeats this per table). */
  private async copySetChecks(
    manifest: Parameters<typeof copySet>[0],
    existing: TableRef[],
    source: AgentClient,
    target: AgentClient,
  ): Promise<CheckResult[]> {
    const tables = copySet(manifest, existing);
    if (tables.length === 0)
      return [{ check: 'copy-set', status: ReadinessStatus.Advisory, message: 'the package declares no copy set (copyRules.include)' }];
    const results: CheckResult[] = [];
    for (const t of tables) {
      const [s, d] = await Promise.all([source.describeTable(t.source), target.describeTable(t.target)]);
      const problems = columnProblems(s?.columns ?? [], d?.columns ?? null);
      for (const p of problems)
        results.push({
          check: 'copy-set',
          status: ReadinessStatus.Error,
          message: `${formatTableRef(t.source)} → ${formatTableRef(t.target)}: ${p}`,
        });
    }
    if (results.length === 0)
      results.push({
        check: 'copy-set',
        status: ReadinessStatus.Pass,
        message: `${tables.length} copy-set table(s) exist on the target with compatible columns`,
      });
    return results;
  }

  private async enableTracking(
    upgrade: UpgradeEntity,
    systemId: string,
    engine: string,
    manifest: Parameters<typeof trackedTables>[0],
    op: (part: string, body: OperationRequest) => Promise<OperationEnd>,
  ): Promise<CheckResult[]> {
    const setup = await op('framework', { type: 'ensure-script-status' });
    if (setup.status !== 'succeeded')
      return [
        {
          check: 'framework-table',
          status: ReadinessStatus.Error,
          message: `creating cutover.script_status failed: ${setup.error?.message}`,
        },
      ];
    const tables = trackedTables(manifest);
    if (tables.length === 0)
      return [{ check: 'change-tracking', status: ReadinessStatus.Advisory, message: 'no delta script declares tables to track' }];
    const enabled = await op('tracking', {
      type: 'enable-change-tracking',
      enableChangeTracking: { tables: tables.map((table) => ({ table })), retentionDays: upgrade.changeRetentionDays },
    });
    const result = enabled.result?.enableChangeTracking;
    const watermark = result?.watermark;
    if (enabled.status !== 'succeeded' || !watermark) {
      return [
        {
          check: 'change-tracking',
          status: ReadinessStatus.Error,
          message: `enabling change tracking failed: ${enabled.error?.message ?? 'no watermark'}`,
        },
      ];
    }
    // Tables whose schema lock was not granted in time (SQL Server) are not tracked: readiness fails naming them, no watermark is kept.
    const untracked = result!.tables.filter((t) => !t.enabled);
    if (untracked.length > 0)
      return untracked.map((t) => ({
        check: 'change-tracking',
        status: ReadinessStatus.Error,
        message: `${formatTableRef(t.table)} is not tracked: ${t.problem ?? 'not enabled'}`,
      }));
    const notes = (result!.notes ?? []).map((message) => ({ check: 'snapshot-isolation', status: ReadinessStatus.Advisory, message }));
    // A delta script that already has a watermark keeps it: re-checking readiness must not skip changes.
    const deltas = manifest.scripts.filter((s) => s.phase === ScriptPhase.Delta).map((s) => s.key);
    await this.db.query(
      `INSERT INTO delta_watermark (upgrade_id, system_id, script_key, watermark, updated_at)
       SELECT $1, $2, k, $4, clock_timestamp() FROM unnest($3::text[]) AS k ON CONFLICT DO NOTHING`,
      [upgrade.id, systemId, deltas, watermark],
    );
    return [
      {
        check: 'change-tracking',
        status: ReadinessStatus.Pass,
        // Which mechanism each table got: SQL Server Change Tracking needs a primary key, the others get a capture trigger.
        message: `tracking ${tables.length} table(s) from watermark ${watermark}, changes kept ${result!.retention}: ${result!.tables
          .map((t) => `${formatTableRef(t.table)} by ${t.mechanism} on (${t.keyColumns.join(', ')})`)
          .join(', ')}`,
      },
      ...notes,
    ];
  }

  /** One of the task's operations (its id `<task>.<attempt>.<part>`), through the runner; a failure is a check's error, not the task's. */
  private async operation(task: TaskRow<unknown>, ctx: TaskContext, part: string, body: OperationRequest): Promise<OperationEnd> {
    try {
      const outcome = await this.operations.run(task, body, ctx, { part, progress: false });
      return { status: 'succeeded', result: outcome.result as AgentOperation['result'], error: null };
    } catch (error) {
      if (!(error instanceof TaskFailedError)) throw error;
      return { status: 'failed', result: null, error: { message: error.message } };
    }
  }

  override async cancel(task: TaskRow<TaskPayload<'readiness'>>): Promise<void> {
    for (const part of READINESS_PARTS) await this.operations.cancel(task, { part });
  }
}
