import { Injectable, Logger } from '@nestjs/common';
import type { RunStatus } from './statuses';
import type { TaskHandler } from './task-handler';

/** Task kinds → handlers. Each domain module registers its own kinds when it starts. */
@Injectable()
export class TaskHandlerRegistry {
  private readonly handlers = new Map<string, TaskHandler>();

  register(handler: TaskHandler): void {
    if (this.handlers.has(handler.kind)) throw new Error(`task kind ${handler.kind} is registered twice`);
    this.handlers.set(handler.kind, handler);
  }

  get(kind: string): TaskHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`no handler for task kind ${kind}`);
    return handler;
  }
}

export interface RunFinished {
  runId: string;
  kind: string;
  upgradeId: string | null;
  status: RunStatus;
}

/** Listeners for a run reaching ended or error (checklist completion, state updates). */
@Injectable()
export class RunHooks {
  private readonly logger = new Logger('RunHooks');
  private readonly listeners: ((event: RunFinished) => Promise<void>)[] = [];

  onFinished(listener: (event: RunFinished) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async fire(event: RunFinished): Promise<void> {
    for (const listener of this.listeners) {
      await listener(event).catch((error: unknown) =>
        this.logger.warn(`run ${event.runId} (${event.kind}) hook failed: ${(error as Error).message}`),
      );
    }
  }
}
