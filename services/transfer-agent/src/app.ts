import type { INestApplication } from '@nestjs/common';
import {
  type ApiDescription,
  createServiceApp,
  listenService,
  serverOf,
  type ServiceAppOptions,
  type ServiceAppSpec,
} from '@cutover/common';
import { CUTOVER_VERSION } from '@cutover/contracts';
import { AgentModule } from './app.module';
import { RegistrationService } from './registration/registration.service';
import type { AgentConfig } from './config/agent.config';
import { AgentMetrics } from './metrics/agent-metrics';

export const AGENT_API: ApiDescription = {
  title: 'Cutover transfer-agent',
  description:
    'Runs next to one database server: executes scripts, reads the catalog and sessions, and bulk-copies key ranges agent to agent. All routes but /health and /v1/export take `Authorization: Bearer <agent token>`.',
  version: CUTOVER_VERSION,
  securitySchemes: {
    'agent-token': { type: 'http', scheme: 'bearer', description: 'AGENT_TOKEN of this agent.' },
    grant: {
      type: 'apiKey',
      in: 'query',
      name: 'grant',
      description: "An export grant minted by the orchestrator with this agent's token (only /v1/export).",
    },
  },
  defaultSecurity: ['agent-token'],
  servers: [serverOf(7310, 'A transfer-agent (AGENT_HOST, AGENT_PORT; default 127.0.0.1:7310).')],
  tags: [
    { name: 'health', description: 'Liveness and database reachability (no token).' },
    { name: 'info', description: 'Engine, version, features and permissions of this agent.' },
    { name: 'operations', description: 'Long-running work (scripts, copies, backups, admin steps): start, poll, cancel.' },
    { name: 'catalog', description: 'Tables, columns, key ranges and fingerprints of the database.' },
    { name: 'sessions', description: 'Database sessions, and who would block single-user mode.' },
    { name: 'export', description: 'The row stream another agent pulls during a copy (export grant, no token).' },
  ],
  tagGroups: [
    { name: 'Work', tags: ['operations', 'catalog', 'sessions'] },
    { name: 'Agent to agent', tags: ['export'] },
    { name: 'Service', tags: ['health', 'info'] },
  ],
};

/** An execute-script operation carries a script's SQL (up to 5 MB); every other body is small. */
export const AGENT_BODY_LIMITS = { default: '1mb', routes: { 'POST /v1/operations': '16mb' } };

const AGENT_APP: ServiceAppSpec<AgentConfig> = {
  service: 'transfer-agent',
  module: (config) => AgentModule.forRoot(config),
  bodyLimits: AGENT_BODY_LIMITS,
  metrics: (app) => app.get(AgentMetrics).http,
};

/** Builds the agent app: `preview` resolves nothing (no database), for generating the OpenAPI file. */
export function createAgentApp(config: AgentConfig, options: ServiceAppOptions = {}): Promise<INestApplication> {
  return createServiceApp(config, AGENT_APP, options);
}

export async function startAgent(config: AgentConfig, options: { logger?: false } = {}): Promise<{ app: INestApplication; url: string }> {
  const app = await createAgentApp(config, options);
  const { port, url } = await listenService(app, config, { api: AGENT_API, tlsPrefix: 'AGENT' });
  app.get(RegistrationService).start(port);
  return { app, url };
}
