import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { CUTOVER_VERSION } from '@cutover/contracts';
import { ConfigError } from '../config';
import { environmentWithFile } from '../env-file';
import { closeOnSignals } from '../shutdown';
import type { ServiceName } from './service-app';

/** What a service's main.ts differs in. */
export interface ServiceMain<C> {
  service: ServiceName;
  loadConfig: (env: Record<string, string | undefined>) => C;
  start: (config: C) => Promise<{ app: INestApplication; url: string }>;
  /** The name in the shutdown lines (default: the service). */
  name?: (config: C) => string;
  /** The line logged once listening (default: `<service> listening on <url> — Swagger UI at <url>/docs`). */
  listening?: (config: C, url: string) => string;
}

/**
 * A service's process: `--version`; the config from the environment (and its env file), a
 * ConfigError exits 2 with its message; start; SIGTERM/SIGINT close it gracefully
 * (closeOnSignals); any other start failure exits 1.
 */
export function runServiceMain<C>(main: ServiceMain<C>): void {
  start(main).catch((error: unknown) => {
    console.error(`${main.service} failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

async function start<C>(main: ServiceMain<C>): Promise<void> {
  if (process.argv.includes('--version')) return void console.log(`${main.service} ${CUTOVER_VERSION}`);
  let config: C;
  try {
    config = main.loadConfig(environmentWithFile(main.service));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { app, url } = await main.start(config);
  closeOnSignals(app, main.name?.(config) ?? main.service);
  const line = main.listening?.(config, url) ?? `${main.service} listening on ${url} — Swagger UI at ${url}/docs`;
  new Logger('Main').log(line);
}
