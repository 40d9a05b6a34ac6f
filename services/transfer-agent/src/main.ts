import 'reflect-metadata';
import { runServiceMain } from '@cutover/common';
import { startAgent } from './app';
import { loadAgentConfig } from './config/agent.config';

// Operations in flight are abandoned (aborted): the orchestrator reruns or resumes their tasks.
runServiceMain({
  service: 'transfer-agent',
  loadConfig: loadAgentConfig,
  start: startAgent,
  name: (config) => `transfer-agent ${config.name}`,
  listening: (config, url) => `transfer-agent ${config.name} (${config.engine}) listening on ${url} — Swagger UI at ${url}/docs`,
});
