import { Injectable } from '@nestjs/common';
import { OnTask } from './on-task.decorator';
import type { TaskPayload } from './task-kinds';
import type { StartOperationRequest } from '@cutover/agent-client';
import { AgentOperationRunner } from './agent-operation.runner';
import { type TaskContext, TaskHandler, type TaskOutcome } from './task-handler';
import type { TaskRow } from './task-row';

export interface AgentOperationPayload {
  /** The operation request without its id (the task attempt supplies it). */
  operation: Omit<StartOperationRequest, 'id'>;
}

/** `agent-operation`: one agent operation as it is (backup, recovery model, …). */
@Injectable()
@OnTask('agent-operation')
export class AgentOperationTaskHandler extends TaskHandler<'agent-operation'> {
  constructor(protected override readonly operations: AgentOperationRunner) {
    super();
  }

  execute(task: TaskRow<TaskPayload<'agent-operation'>>, ctx: TaskContext): Promise<TaskOutcome> {
    return this.operations.run(task, task.payload.operation, ctx);
  }
}
