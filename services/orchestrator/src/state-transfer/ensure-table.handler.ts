import { Injectable } from '@nestjs/common';
import { OnTask } from '../runs/on-task.decorator';
import type { TaskPayload } from '../runs/task-kinds';
import { formatTableRef } from '@cutover/contracts';
import { AgentGateway } from '../systems/agent-gateway';
import { AgentOperationRunner } from '../runs/agent-operation.runner';
import { TaskFailedError, type TaskContext, TaskHandler, type TaskOutcome } from '../runs/task-handler';
import type { TaskRow } from '../runs/task-row';
import { ENSURE_TABLE_KIND } from './transfer-tasks';

/**
 * `ensure-table`: a table the test system's live scripts created (a shadow table) usually does
 * not exist on production yet. Creates it there with the test system's columns and primary key
 * through production's agent (create-table: nothing when it exists, so a rerun is harmless);
 * finish-table later adds its indexes and constraints.
 */
@Injectable()
@OnTask(ENSURE_TABLE_KIND)
export class EnsureTableHandler extends TaskHandler<'ensure-table'> {
  constructor(
    protected override readonly operations: AgentOperationRunner,
    private readonly agents: AgentGateway,
  ) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'ensure-table'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    const production = await this.agents.client(task.systemId!);
    if (await production.describeTable(p.table)) return { result: { ensureTable: { table: p.table, created: false } } };
    const def = await (await this.agents.client(p.sourceSystemId)).describeTable(p.table);
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
}
