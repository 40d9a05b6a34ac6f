import { Injectable } from '@nestjs/common';
import { formatTableRef } from '@cutover/contracts';
import { AgentOperationRunner } from '../runs/agent-operation.handler';
import { TaskFailedError, type TaskContext, type TaskHandler, type TaskOutcome, type TaskRow } from '../runs/task-handler';
import { TaskHandlerRegistry } from '../runs/task-handler-registry';
import { SystemsService } from '../systems/systems.service';
import { ENSURE_TABLE_KIND, type EnsureTablePayload } from './transfer-tasks';

/**
 * `ensure-table`: a table the test system's live scripts created (a shadow table) usually does
 * not exist on production yet. Creates it there with the test system's columns and primary key
 * through production's agent (create-table: nothing when it exists, so a rerun is harmless);
 * finish-table later adds its indexes and constraints.
 */
@Injectable()
export class EnsureTableHandler implements TaskHandler {
  readonly kind = ENSURE_TABLE_KIND;

  constructor(
    private readonly operations: AgentOperationRunner,
    private readonly systems: SystemsService,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  async execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload as unknown as EnsureTablePayload;
    const production = await this.systems.client(task.system_id!);
    if (await production.describeTable(p.table)) return { result: { ensureTable: { table: p.table, created: false } } };
    const def = await (await this.systems.client(p.sourceSystemId)).describeTable(p.table);
    if (!def)
      throw new TaskFailedError(
        `${formatTableRef(p.table)} does not exist on the test system any more: it cannot be created on production from it`,
      );
    const columns = def.columns.map(({ name, dataType, nullable, ordinal }) => ({ name, dataType, nullable, ordinal }));
    const definition = { schema: def.schema, name: def.name, columns, primaryKey: def.primaryKey };
    const outcome = await this.operations.run(task, { type: 'create-table', createTable: definition }, ctx);
    const created = (outcome.result as { createTable?: { created: boolean } } | undefined)?.createTable?.created ?? true;
    if (!created) return { result: { ensureTable: { table: p.table, created: false } } };
    return { result: { ensureTable: { table: p.table, created: true, columns: def.columns.length } } };
  }

  cancel(task: TaskRow): Promise<void> {
    return this.operations.cancel(task);
  }
}
