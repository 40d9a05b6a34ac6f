import { Injectable } from '@nestjs/common';
import type { StartOperationRequest } from '@cutover/agent-client';
import { AgentOperationRunner } from './agent-operation.handler';
import type { TaskContext, TaskHandler, TaskOutcome, TaskRow } from './task-handler';
import { TaskHandlerRegistry } from './task-handler-registry';

export interface AgentOperationPayload {
  /** The operation request without its id (the task attempt supplies it). */
  operation: Omit<StartOperationRequest, 'id'>;
}

/** `agent-operation`: one agent operation as it is (backup, recovery model, …). */
@Injectable()
export class AgentOperationTaskHandler implements TaskHandler {
  readonly kind = 'agent-operation';

  constructor(
    private readonly operations: AgentOperationRunner,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    return this.operations.run(task, (task.payload as unknown as AgentOperationPayload).operation, ctx);
  }

  cancel(task: TaskRow): Promise<void> {
    return this.operations.cancel(task);
  }
}
