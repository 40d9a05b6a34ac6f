import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Dispatcher } from './dispatcher';
import { RunRepository } from './run.repository';

const SWEEP_SECONDS = 5;

/**
 * A process can die between finishing a task and admitting the next ones, and a counter could
 * in principle drift. At start and every few seconds every running run is recounted from its
 * tasks (its active slots only once it has been quiet a while, see RunRepository.recountActive)
 * and advanced, on whichever replica sweeps. Both are idempotent, so sweeping is always safe.
 * The sweep admits only for a quiet run: in one whose tasks are ending, each end admits in the
 * process it ended in, and a sweep's admission would hand this replica a share of a run another
 * one holds, splitting its batches across processes for nothing (bench/orchestration --replicas 2).
 */
@Injectable()
export class RunSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RunSweeper');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly runs: RunRepository,
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
    for (const id of await this.runs.runningIds()) {
      const quiet = await this.dispatcher.recount(id);
      await this.dispatcher.advance(id, 'orchestrator', quiet);
    }
  }
}
