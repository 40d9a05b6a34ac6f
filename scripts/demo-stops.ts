import { log } from './demo-api';

/** Stopped in this order: the orchestrator's workers call the agents, and everything uses the database. */
const ORDER = ['orchestrator', 'agents', 'database'] as const;
export type StopLayer = (typeof ORDER)[number];

/**
 * What the demo started, stopped in dependency order however it ends: --exit, Ctrl-C (SIGINT),
 * SIGTERM or SIGHUP at any moment, or a failure. The embedded PostgreSQL runs in its own process
 * group, so a Ctrl-C reaches only this process and the database is stopped last.
 */
export class DemoStops {
  private readonly layers = new Map<StopLayer, (() => Promise<unknown>)[]>();
  private stopping: Promise<void> | undefined;

  add(layer: StopLayer, close: () => Promise<unknown>): void {
    this.layers.set(layer, [...(this.layers.get(layer) ?? []), close]);
  }

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const layer of ORDER) await Promise.all((this.layers.get(layer) ?? []).map((close) => close()));
    })();
    return this.stopping;
  }

  /** On a signal: stop in order and exit 0 once the demo is serving, 130 when it was interrupted; a second signal exits at once. */
  exitOnSignals(serving: () => boolean): void {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        if (this.isStopping) {
          console.error(`[demo] ${signal} again: exiting without waiting for the services`);
          process.exit(1);
        }
        log(`${signal}: stopping the orchestrator, then the agents, then the database`);
        this.stop().then(
          () => {
            log('stopped');
            process.exit(serving() ? 0 : 130);
          },
          (error: unknown) => {
            console.error(`[demo] stopping failed: ${error instanceof Error ? error.message : String(error)}`);
            process.exit(1);
          },
        );
      });
    }
  }
}
