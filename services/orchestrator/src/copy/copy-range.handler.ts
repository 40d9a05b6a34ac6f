import { Injectable } from '@nestjs/common';
import type { StartOperationRequest } from '@cutover/agent-client';
import { AgentOperationRunner } from '../runs/agent-operation.handler';
import type { TaskContext, TaskHandler, TaskOutcome, TaskRow } from '../runs/task-handler';
import { TaskHandlerRegistry } from '../runs/task-handler-registry';
import { SystemsService } from '../systems/systems.service';
import { CopyTaskKind, type CopyRangePayload } from './copy-tasks';

/** A grant outlives any wait between its minting and the export's start; each attempt mints its own. */
const GRANT_TTL_SECONDS = 6 * 3600;

/** The copy-range operation for one range, with a fresh export grant from the source system. */
export async function copyRangeRequest(systems: SystemsService, p: CopyRangePayload): Promise<Omit<StartOperationRequest, 'id'>> {
  const source = await systems.exportGrant(p.sourceSystemId, {
    table: p.sourceTable,
    keyColumn: p.range?.keyColumn ?? null,
    from: p.range?.from ?? null,
    to: p.range?.to ?? null,
    exp: Math.floor(Date.now() / 1000) + GRANT_TTL_SECONDS,
  });
  return {
    type: 'copy-range',
    copyRange: {
      table: p.table,
      columns: p.columns,
      ...(p.range ? { range: p.range } : {}),
      source: { url: source.url, table: p.sourceTable, grant: source.grant },
    },
  };
}

/**
 * `copy-range`: the target agent pulls one key range from the source agent (binary COPY when
 * both are PostgreSQL) and replaces that range in one transaction, deleting it first; so a
 * rerun of a failed range never duplicates rows and never touches the other ranges.
 */
@Injectable()
export class CopyRangeHandler implements TaskHandler {
  readonly kind = CopyTaskKind.CopyRange;

  constructor(
    private readonly operations: AgentOperationRunner,
    private readonly systems: SystemsService,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  async execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    return this.operations.run(task, await copyRangeRequest(this.systems, task.payload as unknown as CopyRangePayload), ctx);
  }

  cancel(task: TaskRow): Promise<void> {
    return this.operations.cancel(task);
  }
}
