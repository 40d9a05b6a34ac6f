import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, ConfigError, environmentWithFile } from '@cutover/common';
import { CUTOVER_VERSION } from '@cutover/contracts';
import { startAgent } from './app';
import { loadAgentConfig } from './config/agent.config';

async function main(): Promise<void> {
  if (process.argv.includes('--version')) return void console.log(`transfer-agent ${CUTOVER_VERSION}`);
  let config;
  try {
    config = loadAgentConfig(environmentWithFile('transfer-agent'));
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
