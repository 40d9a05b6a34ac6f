import { Injectable, Logger } from '@nestjs/common';
import type { RunStatus } from './statuses';

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
