import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, ConfigError, environmentWithFile } from '@cutover/common';
import { CUTOVER_VERSION } from '@cutover/contracts';
import { startOrchestrator } from './app';
import { loadOrchestratorConfig } from './config/orchestrator.config';

async function main(): Promise<void> {
  if (process.argv.includes('--version')) return void console.log(`orchestrator ${CUTOVER_VERSION}`);
  let config;
  try {
    config = loadOrchestratorConfig(environmentWithFile('orchestrator'));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { app, url } = await startOrchestrator(config);
  // In-flight task jobs are failed by the queue's stop and retried by another worker (or this one restarted).
  closeOnSignals(app, 'orchestrator');
  new Logger('Main').log(`orchestrator listening on ${url} — Swagger UI at ${url}/docs`);
}

main().catch((error: unknown) => {
  console.error(`orchestrator failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
