import { Injectable } from '@nestjs/common';
import type { DeferredObjectShape } from '@cutover/contracts';
import { StatePool } from '../database/state-pool';
import { AgentOperationRunner } from '../runs/agent-operation.handler';
import type { TaskContext, TaskHandler, TaskOutcome, TaskRow } from '../runs/task-handler';
import { TaskHandlerRegistry } from '../runs/task-handler-registry';
import { CopyTaskKind, mergeObjects, type FinishTablePayload, type PrepareTablePayload } from './copy-tasks';

/** `prepare-table`: truncate the target table and drop its secondary indexes and constraints (returned). */
@Injectable()
export class PrepareTableHandler implements TaskHandler {
  readonly kind = CopyTaskKind.PrepareTable;

  constructor(
    private readonly operations: AgentOperationRunner,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload as unknown as PrepareTablePayload;
    return this.operations.run(task, { type: 'prepare-table', prepareTable: { table: p.table } }, ctx);
  }

  cancel(task: TaskRow): Promise<void> {
    return this.operations.cancel(task);
  }
}

/**
 * `finish-table`: recreate (and so validate) the indexes and constraints. It recreates the union
 * of what prepare-table reported and the snapshot taken at launch: if a prepare ran twice (an
 * agent restart between its commit and its report), the second report is empty, and the
 * snapshot is what keeps the indexes from being lost.
 */
@Injectable()
export class FinishTableHandler implements TaskHandler {
  readonly kind = CopyTaskKind.FinishTable;

  constructor(
    private readonly operations: AgentOperationRunner,
    private readonly db: StatePool,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  async execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload as unknown as FinishTablePayload;
    const [prepared] = await this.db.query<{ result: { prepareTable?: { objects: DeferredObjectShape[] } } | null }>(
      `SELECT result FROM task WHERE run_id = $1 AND key = $2`,
      [task.run_id, p.prepareKey],
    );
    const apart = new Set(p.foreignKeysApart ?? []);
    const objects = mergeObjects(prepared?.result?.prepareTable?.objects ?? [], p.objects).filter(
      (o) => !(o.kind === 'foreign-key' && apart.has(o.name)),
    );
    return this.operations.run(task, { type: 'finish-table', finishTable: { table: p.table, objects } }, ctx);
  }

  cancel(task: TaskRow): Promise<void> {
    return this.operations.cancel(task);
  }
}

/**
 * `finish-foreign-keys`: a table's foreign keys (those its finish-table left out), once the table
 * and every table they reference are loaded; the agent adds each NOT VALID, then validates it.
 */
@Injectable()
export class FinishForeignKeysHandler implements TaskHandler {
  readonly kind = CopyTaskKind.FinishForeignKeys;

  constructor(
    private readonly operations: AgentOperationRunner,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload as unknown as FinishTablePayload;
    return this.operations.run(task, { type: 'finish-table', finishTable: { table: p.table, objects: p.objects } }, ctx);
  }

  cancel(task: TaskRow): Promise<void> {
    return this.operations.cancel(task);
  }
}
