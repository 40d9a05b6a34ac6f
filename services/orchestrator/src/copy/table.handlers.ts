import { Injectable } from '@nestjs/common';
import { OnTask } from '../runs/on-task.decorator';
import type { TaskPayload } from '../runs/task-kinds';
import type { DeferredObjectShape } from '@cutover/contracts';
import { AgentOperationRunner } from '../runs/agent-operation.runner';
import { type TaskContext, TaskHandler, type TaskOutcome } from '../runs/task-handler';
import type { TaskRow } from '../runs/task-row';
import { TaskRepository } from '../runs/task.repository';
import { CopyTaskKind, mergeObjects } from './copy-tasks';

/** `prepare-table`: truncate the target table and drop its secondary indexes and constraints (returned). */
@Injectable()
@OnTask(CopyTaskKind.PrepareTable)
export class PrepareTableHandler extends TaskHandler<'prepare-table'> {
  constructor(protected override readonly operations: AgentOperationRunner) {
    super();
  }

  execute(task: TaskRow<TaskPayload<'prepare-table'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    return this.operations.run(task, { type: 'prepare-table', prepareTable: { table: p.table } }, ctx);
  }
}

/**
 * `finish-table`: recreate (and so validate) the indexes and constraints. It recreates the union
 * of what prepare-table reported and the snapshot taken at launch: if a prepare ran twice (an
 * agent restart between its commit and its report), the second report is empty, and the
 * snapshot is what keeps the indexes from being lost.
 */
@Injectable()
@OnTask(CopyTaskKind.FinishTable)
export class FinishTableHandler extends TaskHandler<'finish-table'> {
  constructor(
    protected override readonly operations: AgentOperationRunner,
    private readonly tasks: TaskRepository,
  ) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'finish-table'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    const prepared = await this.tasks.byKey(task.runId, p.prepareKey);
    const apart = new Set(p.foreignKeysApart ?? []);
    const objects = mergeObjects(preparedObjects(prepared), p.objects).filter((o) => !(o.kind === 'foreign-key' && apart.has(o.name)));
    return this.operations.run(task, { type: 'finish-table', finishTable: { table: p.table, objects } }, ctx);
  }
}

/**
 * `finish-foreign-keys`: a table's foreign keys (those its finish-table left out), once the table
 * and every table they reference are loaded; the agent adds each NOT VALID, then validates it.
 */
@Injectable()
@OnTask(CopyTaskKind.FinishForeignKeys)
export class FinishForeignKeysHandler extends TaskHandler<'finish-foreign-keys'> {
  constructor(protected override readonly operations: AgentOperationRunner) {
    super();
  }

  execute(task: TaskRow<TaskPayload<'finish-foreign-keys'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    return this.operations.run(task, { type: 'finish-table', finishTable: { table: p.table, objects: p.objects } }, ctx);
  }
}

/** The indexes and constraints a prepare-table task reported dropping. */
export function preparedObjects(prepare: TaskRow | null): DeferredObjectShape[] {
  return (prepare?.result?.prepareTable as { objects?: DeferredObjectShape[] } | undefined)?.objects ?? [];
}
