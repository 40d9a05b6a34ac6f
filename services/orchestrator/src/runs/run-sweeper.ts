import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { StatePool } from '../database/state-pool';
import { Dispatcher } from './dispatcher';

const SWEEP_SECONDS = 5;

/**
 * A process can die between finishing a task and admitting the next ones, and a counter could
 * in principle drift. At start and every few seconds every running run is recounted from its
 * tasks and advanced in full, on whichever replica sweeps. Both are idempotent, so sweeping is
 * always safe.
 */
@Injectable()
export class RunSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RunSweeper');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: StatePool,
    private readonly dispatcher: Dispatcher,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      this.sweep()
        .catch((error: unknown) => this.logger.warn(`sweep failed: ${(error as Error).message}`))
        .finally(() => {
          this.timer = setTimeout(tick, SWEEP_SECONDS * 1000);
          this.timer.unref();
        });
    };
    tick();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  async sweep(): Promise<void> {
    const runs = await this.db.query<{ id: string }>(`SELECT id FROM run WHERE status = 'running'`);
    for (const run of runs) {
      await this.dispatcher.recount(run.id);
      await this.dispatcher.advance(run.id);
    }
  }
}
