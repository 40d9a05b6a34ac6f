import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, ConfigError } from '@cutover/common';
import { startAgent } from './app';
import { loadAgentConfig } from './config/agent.config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadAgentConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { app, url } = await startAgent(config);
  // Operations in flight are abandoned (aborted): the orchestrator reruns or resumes their tasks.
  closeOnSignals(app, `transfer-agent ${config.name}`);
  new Logger('Main').log(`transfer-agent ${config.name} (${config.engine}) listening on ${url} — Swagger UI at ${url}/docs`);
}

main().catch((error: unknown) => {
  console.error(`transfer-agent failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
