import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createOrchestratorClient, type OrchestratorApi } from '@cutover/orchestrator-client';
import { startOrchestrator } from '../../../../services/orchestrator/src/app';
import { orchestratorConfig, type OrchestratorConfig } from '../../../../services/orchestrator/src/config/orchestrator.config';
import { QueueName } from '../../../../services/orchestrator/src/queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../../../../services/orchestrator/src/queue/queue.driver';
import { freePort } from '../embedded-postgres';
import { eventually } from '../eventually';
import { serviceMain, serviceOutput, stdioFor, untilHealthy, type SpawnOptions } from './spawn';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An orchestrator as the tests reach it: always through the generated client (libs/orchestrator-client). */
export interface OrchestratorClient {
  url: string;
  adminKey: string;
  admin: { 'X-API-Key': string };
  /** The generated client with the admin key: typed paths, parameters, bodies and answers. */
  api: OrchestratorApi;
  /** The generated client with another key (a viewer's, an operator's, a revoked one). */
  as(key: string): OrchestratorApi;
  /**
   * A call through the generated client whose path is already filled in (`/v1/runs/${id}`), for
   * tests that assert statuses: with the admin key (or `key`), JSON in and out; throws on a status
   * other than `expect` (default: any < 400) and then returns the problem document for 4xx checks.
   */
  call<T = unknown>(method: Method, path: string, body?: unknown, options?: { key?: string; expect?: number }): Promise<T>;
}

export interface TestOrchestrator extends OrchestratorClient {
  app: INestApplication;
  config: OrchestratorConfig;
  close(): Promise<void>;
  /** Waits until the task queue holds no unfinished job (twenty's drain helper, for pg-boss). */
  drain(timeoutMs?: number): Promise<void>;
}

/** Access to an orchestrator (in this process or another) through libs/orchestrator-client; `fetchFn` e.g. trusts a test CA. */
export function orchestratorClient(url: string, adminKey: string, fetchFn?: typeof fetch): OrchestratorClient {
  const as = (key: string) => createOrchestratorClient({ baseUrl: url, apiKey: key, fetch: fetchFn });
  const api = as(adminKey);
  const call = async <T>(method: Method, path: string, body?: unknown, options: { key?: string; expect?: number } = {}): Promise<T> => {
    const client = options.key === undefined ? api : as(options.key);
    // `request` takes the method and path as data; the typed methods (api.GET('/v1/runs/{id}', …)) need the path's template.
    const { data, error, response } = await client.request(
      method.toLowerCase() as 'get',
      path as never,
      {
        ...(body === undefined ? {} : { body }),
        parseAs: 'text',
      } as never,
    );
    const expected = options.expect;
    if (expected !== undefined ? response.status !== expected : response.status >= 400) {
      const text = typeof error === 'string' ? error : JSON.stringify(error ?? data ?? '');
      throw new Error(`${method} ${path} answered ${response.status} (expected ${expected ?? '< 400'}): ${text}`);
    }
    if (error !== undefined) return error as T;
    return (typeof data === 'string' && data !== '' ? JSON.parse(data) : undefined) as T;
  };
  return { url, adminKey, admin: { 'X-API-Key': adminKey }, api, as, call };
}

export function testSecret(): string {
  return randomBytes(24).toString('hex');
}

/** A real orchestrator (TypeORM migrations, pg-boss) on an ephemeral port over a real database. */
export async function startTestOrchestrator(
  databaseUrl: string,
  overrides: Partial<OrchestratorConfig> = {},
  fetchFn?: typeof fetch,
): Promise<TestOrchestrator> {
  const adminKey = `admin-${randomBytes(16).toString('hex')}`;
  const config = orchestratorConfig({
    databaseUrl,
    secretKey: testSecret(),
    bootstrapAdminKey: adminKey,
    port: 0,
    logLevel: 'error',
    queueMonitorSeconds: 1,
    jobHeartbeatSeconds: 10,
    ...overrides,
  });
  const { app, url } = await startOrchestrator(config, { logger: false });
  const queue = app.get<QueueDriver>(QUEUE_DRIVER);
  return {
    ...orchestratorClient(url, adminKey, fetchFn),
    app,
    config,
    close: () => app.close(),
    drain: async (timeoutMs = 60_000) => {
      await eventually(async () => (await queue.pending(QueueName.Tasks)) === 0, {
        deadline: timeoutMs,
        message: 'the task queue to drain',
      });
    },
  };
}

/** The orchestrator as its own process, configured as an operator would: by environment. `output: 'pipe'` keeps its stdout and stderr readable. */
export async function spawnOrchestrator(
  databaseUrl: string,
  secretKey: string,
  adminKey: string,
  options: SpawnOptions = {},
): Promise<{ child: ChildProcess; client: OrchestratorClient }> {
  const port = await freePort();
  const child = spawn(process.execPath, [serviceMain('orchestrator')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      ORCHESTRATOR_SECRET_KEY: secretKey,
      ORCHESTRATOR_ADMIN_KEY: adminKey,
      ORCHESTRATOR_PORT: String(port),
      QUEUE_MONITOR_SECONDS: '1',
      JOB_HEARTBEAT_SECONDS: '10',
      LOG_LEVEL: options.logLevel ?? 'error',
      ...options.env,
    },
    stdio: stdioFor(options),
  });
  serviceOutput(child, options.logs);
  const url = `http://127.0.0.1:${port}`;
  await untilHealthy(url, child);
  return { child, client: orchestratorClient(url, adminKey) };
}
