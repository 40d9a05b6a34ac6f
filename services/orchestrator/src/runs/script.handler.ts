import { Injectable } from '@nestjs/common';
import { OnTask } from './on-task.decorator';
import type { TaskPayload } from './task-kinds';
import { AgentOperationRunner } from './agent-operation.runner';
import { type TaskContext, TaskHandler, type TaskOutcome } from './task-handler';
import type { TaskRow } from './task-row';

export interface ScriptPayload {
  sql: string;
  timeoutSeconds?: number;
}

/** `script`: run SQL on the task's system through its agent (execute-script). */
@Injectable()
@OnTask('script')
export class ScriptTaskHandler extends TaskHandler<'script'> {
  constructor(protected override readonly operations: AgentOperationRunner) {
    super();
  }

  execute(task: TaskRow<TaskPayload<'script'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    return this.operations.run(
      task,
      { type: 'execute-script', executeScript: { sql: p.sql, ...(p.timeoutSeconds ? { timeoutSeconds: p.timeoutSeconds } : {}) } },
      ctx,
    );
  }
}
