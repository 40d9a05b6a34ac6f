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
import { OrchestratorModule } from './app.module';
import { serveCockpit } from './cockpit/serve-cockpit';
import type { OrchestratorConfig } from './config/orchestrator.config';
import { OrchestratorMetrics } from './metrics/orchestrator-metrics';

export const ORCHESTRATOR_API: ApiDescription = {
  title: 'Cutover orchestrator',
  description: 'Tracks the upgrade checklist, runs and tasks, and drives the transfer-agents.',
  version: CUTOVER_VERSION,
  securitySchemes: {
    'api-key': {
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
      description: 'An API key (viewer, operator or admin); also accepted as `Authorization: Bearer <key>`.',
    },
    bearer: { type: 'http', scheme: 'bearer', description: 'The same API key as a bearer token.' },
    'registration-token': {
      type: 'apiKey',
      in: 'header',
      name: 'X-Registration-Token',
      description: 'AGENT_REGISTRATION_TOKEN: lets an agent register itself.',
    },
    'agent-token': { type: 'http', scheme: 'bearer', description: "The agent's own token (heartbeats)." },
  },
  defaultSecurity: ['api-key', 'bearer'],
  servers: [serverOf(7300, 'The orchestrator (ORCHESTRATOR_HOST, ORCHESTRATOR_PORT; default 127.0.0.1:7300).')],
  tags: [
    { name: 'health', description: 'Liveness, for load balancers and supervisors (no key).' },
    { name: 'info', description: 'Version and features of this orchestrator; who the caller is.' },
    { name: 'api-keys', description: 'API keys and their roles (admin).' },
    { name: 'agents', description: 'Transfer-agents: registration, heartbeats, health events.' },
    { name: 'systems', description: 'Database systems (source, target, production) and single-user mode.' },
    { name: 'packages', description: 'Script packages: the upgrade scripts, uploaded once and referenced by id.' },
    { name: 'upgrades', description: 'An upgrade: its systems and package.' },
    { name: 'checklist', description: 'The checklist of an upgrade: each step, its prerequisites and who completed it.' },
    { name: 'preprocessing', description: 'Before the downtime: readiness, backup, recovery model, live copy and delta.' },
    { name: 'data-upgrade', description: 'The data upgrade plan and its runs (transform, copy, verify).' },
    { name: 'state-transfer', description: 'Carrying production state over at cutover: backup point, tables, number sequences, restore.' },
    { name: 'runs', description: 'Runs and their tasks: progress, events (also as a stream) and controls.' },
    { name: 'rehearsals', description: 'Mock cutovers recorded from finished runs, compared, and the downtime forecast from them.' },
  ],
  tagGroups: [
    { name: 'Setup', tags: ['api-keys', 'agents', 'systems', 'packages'] },
    { name: 'Upgrade flow', tags: ['upgrades', 'checklist', 'preprocessing', 'data-upgrade', 'state-transfer'] },
    { name: 'Runs', tags: ['runs'] },
    { name: 'Rehearsals', tags: ['rehearsals'] },
    { name: 'Service', tags: ['health', 'info'] },
  ],
};

/** Script packages and ad-hoc runs carry SQL (up to 5 MB per script); every other body is small. */
export const ORCHESTRATOR_BODY_LIMITS = { default: '1mb', routes: { 'POST /v1/packages': '64mb', 'POST /v1/runs': '64mb' } };

const ORCHESTRATOR_APP: ServiceAppSpec<OrchestratorConfig> = {
  service: 'orchestrator',
  module: (config) => OrchestratorModule.forRoot(config),
  bodyLimits: ORCHESTRATOR_BODY_LIMITS,
  metrics: (app) => app.get(OrchestratorMetrics).http,
};

/** Builds the orchestrator app: `preview` resolves nothing (no database), for generating the OpenAPI file. */
export function createOrchestratorApp(config: OrchestratorConfig, options: ServiceAppOptions = {}): Promise<INestApplication> {
  return createServiceApp(config, ORCHESTRATOR_APP, options);
}

export async function startOrchestrator(
  config: OrchestratorConfig,
  options: { logger?: false } = {},
): Promise<{ app: INestApplication; url: string }> {
  const app = await createOrchestratorApp(config, options);
  const { url } = await listenService(app, config, { api: ORCHESTRATOR_API, tlsPrefix: 'ORCHESTRATOR', serve: serveCockpit });
  return { app, url };
}
