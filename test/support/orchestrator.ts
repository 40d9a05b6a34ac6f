import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort } from '@cutover/testing';
import type { INestApplication } from '@nestjs/common';
import { startOrchestrator } from '../../services/orchestrator/src/app';
import { orchestratorConfig, type OrchestratorConfig } from '../../services/orchestrator/src/config/orchestrator.config';
import { QueueName } from '../../services/orchestrator/src/queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../../services/orchestrator/src/queue/queue.driver';
import { serviceOutput, stdioFor, untilHealthy, type SpawnOptions, type TestAgent } from './services';

export interface OrchestratorClient {
  url: string;
  adminKey: string;
  admin: { 'X-API-Key': string };
  /** Typed JSON call with the admin key (or another key); throws on unexpected status. */
  call<T = unknown>(method: string, path: string, body?: unknown, options?: { key?: string; expect?: number }): Promise<T>;
}

export interface TestOrchestrator extends OrchestratorClient {
  app: INestApplication;
  config: OrchestratorConfig;
  close(): Promise<void>;
  /** Waits until the task queue holds no unfinished job (twenty's drain helper, for pg-boss). */
  drain(timeoutMs?: number): Promise<void>;
}

/** HTTP access to an orchestrator (in this process or another). */
export function orchestratorClient(url: string, adminKey: string, fetchFn: typeof fetch = fetch): OrchestratorClient {
  const call = async <T>(method: string, path: string, body?: unknown, options: { key?: string; expect?: number } = {}): Promise<T> => {
    const res = await fetchFn(`${url}${path}`, {
      method,
      headers: { 'X-API-Key': options.key ?? adminKey, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as T) : (undefined as T);
    const expected = options.expect;
    if (expected !== undefined ? res.status !== expected : res.status >= 400) {
      throw new Error(`${method} ${path} answered ${res.status} (expected ${expected ?? '< 400'}): ${text}`);
    }
    return parsed;
  };
  return { url, adminKey, admin: { 'X-API-Key': adminKey }, call };
}

export function testSecret(): string {
  return randomBytes(24).toString('hex');
}

/** A real orchestrator (TypeORM migrations, pg-boss) on an ephemeral port over a real database. */
export async function startTestOrchestrator(
  databaseUrl: string,
  overrides: Partial<OrchestratorConfig> = {},
  fetchFn: typeof fetch = fetch,
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
      const deadline = Date.now() + timeoutMs;
      while ((await queue.pending(QueueName.Tasks)) > 0) {
        if (Date.now() > deadline) throw new Error('task queue did not drain');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

export interface RunView {
  id: string;
  status: string;
  hold: boolean;
  counts: Record<string, number>;
  progress: { rowsDone: number; rowsTotal: number | null; rowsPerSecond: number; etaSeconds: number | null };
}

export interface TaskView {
  id: string;
  key: string;
  status: string;
  attempt: number;
  dependsOn: string[];
  readyAt: string | null;
  dispatchedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

/** Waits for a run to reach one of the given statuses. */
export async function waitForRun(
  o: OrchestratorClient,
  runId: string,
  statuses = ['ended', 'error', 'canceled'],
  timeoutMs = 120_000,
): Promise<RunView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await o.call<RunView>('GET', `/v1/runs/${runId}`);
    if (statuses.includes(run.status) && run.counts.executing === 0) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status} after ${timeoutMs} ms: ${JSON.stringify(run.counts)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function runTasks(o: OrchestratorClient, runId: string): Promise<TaskView[]> {
  return (await o.call<{ items: TaskView[] }>('GET', `/v1/runs/${runId}/tasks?limit=1000`)).items;
}

/** Registers agents and systems for a set of test agents; returns system ids by name. */
export async function registerSystems(
  o: OrchestratorClient,
  systems: { name: string; role: 'production-source' | 'test-source' | 'target'; agent: TestAgent }[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const s of systems) {
    const agent = await o.call<{ id: string }>('POST', '/v1/agents', {
      name: `agent-${s.name}`,
      baseUrl: s.agent.url,
      token: s.agent.token,
    });
    ids[s.name] = (await o.call<{ id: string }>('POST', '/v1/systems', { name: s.name, role: s.role, agentId: agent.id })).id;
  }
  return ids;
}

/** The orchestrator as its own process, configured as an operator would: by environment. `output: 'pipe'` keeps its stdout and stderr readable. */
export async function spawnOrchestrator(
  databaseUrl: string,
  secretKey: string,
  adminKey: string,
  options: SpawnOptions = {},
): Promise<{ child: ChildProcess; client: OrchestratorClient }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'services', 'orchestrator', 'src', 'main.js')], {
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

/**
 * For tests of what comes after the checklist's earlier steps (e.g. the backup, which needs a
 * pg_dump as new as the embedded server): an admin's override, recorded like any other.
 */
export const SKIP_CHECKLIST = { override: { reason: 'test: the checklist steps before this one are not under test here' } };
