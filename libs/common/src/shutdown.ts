import type { Server } from 'node:http';
import { Logger, type INestApplication } from '@nestjs/common';

/**
 * Stops a service in dependency order: the HTTP server stops accepting, requests in flight get
 * `drainMs` to finish (then their connections are closed: event streams and long polls would
 * hold it open forever), then Nest's shutdown runs the services' own hooks (the orchestrator's
 * queue stops its workers, pools close).
 */
export async function closeGracefully(app: INestApplication, drainMs = 5000): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (server.listening) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => server.closeAllConnections(), drainMs);
      server.close(() => {
        clearTimeout(timer);
        resolve();
      });
      server.closeIdleConnections();
    });
  }
  await app.close();
}

/**
 * A standalone service's SIGTERM or SIGINT: close gracefully and exit 0, or exit 1 when that
 * takes longer than `graceMs` or fails. A second signal exits at once.
 */
export function closeOnSignals(app: INestApplication, name: string, graceMs = 30_000): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn(`${signal} again: ${name} exits without waiting`);
      process.exit(1);
    }
    closing = true;
    logger.log(`${signal}: ${name} stopping`);
    setTimeout(() => {
      logger.error(`${name} did not stop within ${graceMs / 1000} s; exiting anyway`);
      process.exit(1);
    }, graceMs).unref();
    closeGracefully(app).then(
      () => {
        logger.log(`${name} stopped`);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`${name} failed to stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
