import { Inject, Injectable } from '@nestjs/common';
import { OnTask } from '../runs/on-task.decorator';
import type { TaskPayload } from '../runs/task-kinds';
import type { StartOperationRequest } from '@cutover/agent-client';
import { TransferFormat } from '@cutover/contracts';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { AgentOperationRunner, operationId, type GrantRenewal } from '../runs/agent-operation.runner';
import { type TaskContext, TaskHandler, type TaskOutcome } from '../runs/task-handler';
import type { TaskRow } from '../runs/task-row';
import { SystemsService } from '../systems/systems.service';
import { CopyTaskKind, type CopyRangePayload } from './copy-tasks';

/** The wire format a source engine exports (and a target of the same engine imports). */
const FORMAT_OF: Record<string, TransferFormat> = { postgres: TransferFormat.PgBinary, mssql: TransferFormat.MssqlRowsV1 };

/**
 * The copy-range operation `operation` (its id on the target agent) for one range, with an export
 * grant from the source system bound to exactly that export, and how to mint a fresh one: grants
 * live `ttlSeconds`, and the runner renews them while the copy waits in the agent's queue.
 */
export async function copyRangeRequest(
  systems: SystemsService,
  p: CopyRangePayload,
  operation: string,
  ttlSeconds: number,
): Promise<{ request: Omit<StartOperationRequest, 'id'>; grant: GrantRenewal }> {
  const engine = (await systems.require(p.sourceSystemId)).engine;
  const format = p.format ?? FORMAT_OF[engine] ?? TransferFormat.PgBinary;
  const mint = () =>
    systems.exportGrant(p.sourceSystemId, {
      table: p.sourceTable,
      keyColumns: p.range?.keyColumns ?? null,
      from: p.range?.from ?? null,
      to: p.range?.to ?? null,
      columns: p.columns,
      format,
      operation,
      exp: Math.floor(Date.now() / 1000) + ttlSeconds,
    });
  const source = await mint();
  return {
    request: {
      type: 'copy-range',
      copyRange: {
        table: p.table,
        columns: p.columns,
        format,
        ...(p.range ? { range: p.range } : {}),
        ...(p.rangesInTable ? { rangesInTable: p.rangesInTable } : {}),
        source: { url: source.url, table: p.sourceTable, grant: source.grant },
      },
    },
    grant: { ttlSeconds, mint: async () => (await mint()).grant },
  };
}

/**
 * `copy-range`: the target agent pulls one key range from the source agent (binary COPY when
 * both are PostgreSQL) and replaces that range in one transaction, deleting it first; so a
 * rerun of a failed range never duplicates rows and never touches the other ranges.
 */
@Injectable()
@OnTask(CopyTaskKind.CopyRange)
export class CopyRangeHandler extends TaskHandler<'copy-range'> {
  constructor(
    protected override readonly operations: AgentOperationRunner,
    private readonly systems: SystemsService,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
  ) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'copy-range'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    const reissue = (operation: string) => copyRangeRequest(this.systems, p, operation, this.config.grantTtlSeconds);
    const { request, grant } = await reissue(operationId(task));
    return this.operations.run(task, request, ctx, { grant, reissue });
  }
}
