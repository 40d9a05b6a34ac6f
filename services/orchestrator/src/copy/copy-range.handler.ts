import { Injectable } from '@nestjs/common';
import { AgentOperationRunner } from '../runs/agent-operation.handler';
import type { TaskContext, TaskHandler, TaskOutcome, TaskRow } from '../runs/task-handler';
import { TaskHandlerRegistry } from '../runs/task-handler-registry';
import { SystemsService } from '../systems/systems.service';
import { CopyTaskKind, type CopyRangePayload } from './copy-tasks';

/** A grant outlives any wait between its minting and the export's start; each attempt mints its own. */
const GRANT_TTL_SECONDS = 6 * 3600;

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
    const p = task.payload as unknown as CopyRangePayload;
    const source = await this.systems.exportGrant(p.sourceSystemId, {
      table: p.sourceTable,
      keyColumn: p.range?.keyColumn ?? null,
      from: p.range?.from ?? null,
      to: p.range?.to ?? null,
      exp: Math.floor(Date.now() / 1000) + GRANT_TTL_SECONDS,
    });
    return this.operations.run(
      task,
      {
        type: 'copy-range',
        copyRange: {
          table: p.table,
          columns: p.columns,
          ...(p.range ? { range: p.range } : {}),
          source: { url: source.url, table: p.sourceTable, grant: source.grant },
        },
      },
      ctx,
    );
  }

  cancel(task: TaskRow): Promise<void> {
    return this.operations.cancel(task);
  }
}
