import { NestFactory } from '@nestjs/core';
import { Logger, type INestApplication } from '@nestjs/common';
import {
  buildOpenApiDocument,
  type ApiDescription,
  configureHttpApp,
  createServiceLogger,
  httpsOptions,
  listenerScheme,
  PinoNestLogger,
  plainHttpWarning,
  serverOf,
  serveSwaggerUi,
  tlsEnv,
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

export async function createOrchestratorApp(
  config: OrchestratorConfig,
  options: { preview?: boolean; logger?: false } = {},
): Promise<INestApplication> {
  const logger = createServiceLogger({
    service: 'orchestrator',
    level: config.logLevel,
    format: config.logFormat,
    silent: options.logger === false,
  });
  const app = await NestFactory.create(OrchestratorModule.forRoot(config), {
    logger: options.logger === false ? false : new PinoNestLogger(logger),
    preview: options.preview ?? false,
    abortOnError: false,
    bodyParser: false,
    httpsOptions: httpsOptions(config),
  });
  const metrics = options.preview ? undefined : app.get(OrchestratorMetrics).http;
  configureHttpApp(app, { bodyLimits: ORCHESTRATOR_BODY_LIMITS, service: 'orchestrator', logger, metrics });
  return app;
}

export async function startOrchestrator(
  config: OrchestratorConfig,
  options: { logger?: false } = {},
): Promise<{ app: INestApplication; url: string }> {
  const app = await createOrchestratorApp(config, options);
  serveSwaggerUi(app, buildOpenApiDocument(app, ORCHESTRATOR_API));
  serveCockpit(app);
  const tlsVariables = tlsEnv('ORCHESTRATOR');
  const warning = plainHttpWarning(config, { cert: tlsVariables.tlsCertFile, key: tlsVariables.tlsKeyFile });
  if (warning) new Logger('TLS').warn(warning);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `${listenerScheme(config)}://${config.host}:${address.port}` };
}
