import { Injectable } from '@nestjs/common';
import { AgentOperationRunner } from './agent-operation.handler';
import type { TaskContext, TaskHandler, TaskOutcome, TaskRow } from './task-handler';
import { TaskHandlerRegistry } from './task-handler-registry';

export interface ScriptPayload {
  sql: string;
  timeoutSeconds?: number;
}

/** `script`: run SQL on the task's system through its agent (execute-script). */
@Injectable()
export class ScriptTaskHandler implements TaskHandler {
  readonly kind = 'script';

  constructor(
    private readonly operations: AgentOperationRunner,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload as unknown as ScriptPayload;
    return this.operations.run(
      task,
      { type: 'execute-script', executeScript: { sql: p.sql, ...(p.timeoutSeconds ? { timeoutSeconds: p.timeoutSeconds } : {}) } },
      ctx,
    );
  }

  cancel(task: TaskRow): Promise<void> {
    return this.operations.cancel(task);
  }
}
