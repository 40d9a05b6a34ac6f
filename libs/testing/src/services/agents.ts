import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { EngineKind, mintGrant, type TableRef } from '@cutover/contracts';
import { startAgent } from '../../../../services/transfer-agent/src/app';
import { agentConfig, type AgentConfig } from '../../../../services/transfer-agent/src/config/agent.config';
import { freePort } from '../embedded-postgres';
import { eventually } from '../eventually';
import { killProcess, serviceMain, serviceOutput, stdioFor, untilHealthy, type SpawnOptions } from './spawn';

export interface TestAgent {
  url: string;
  token: string;
  app: INestApplication;
  auth: { Authorization: string };
  close(): Promise<void>;
}

/** A real transfer-agent on an ephemeral port, serving one real database. */
export async function startTestAgent(databaseUrl: string, overrides: Partial<AgentConfig> = {}): Promise<TestAgent> {
  const token = overrides.token ?? randomBytes(24).toString('hex');
  const config = agentConfig({
    engine: EngineKind.Postgres,
    databaseUrl,
    token,
    port: 0,
    host: '127.0.0.1',
    name: 'test-agent',
    logLevel: 'error',
    ...overrides,
  });
  const { app, url } = await startAgent(config, { logger: false });
  return { url, token, app, auth: { Authorization: `Bearer ${token}` }, close: () => app.close() };
}

/** What the orchestrator will do: mint a grant for one export (range, columns, format, operation) with the source agent's token. */
export function grantFor(
  source: Pick<TestAgent, 'token'>,
  table: TableRef,
  range: { keyColumns: string[]; from?: string[] | null; to?: string[] | null } | null,
  bound: { columns: string[]; operation: string; format?: string },
  ttlSeconds = 300,
): string {
  return mintGrant(source.token, {
    table,
    keyColumns: range?.keyColumns ?? null,
    from: range?.from ?? null,
    to: range?.to ?? null,
    columns: bound.columns,
    format: bound.format ?? 'pg-binary',
    operation: bound.operation,
    exp: Math.floor(Date.now() / 1000) + ttlSeconds,
  });
}

/** Polls an operation until it reaches a final status. */
export async function waitForOperation(agent: Pick<TestAgent, 'url' | 'auth'>, id: string, timeoutMs = 120_000): Promise<OperationView> {
  let last = 'unknown';
  return eventually(
    async () => {
      const res = await fetch(`${agent.url}/v1/operations/${encodeURIComponent(id)}`, { headers: agent.auth });
      const op = (await res.json()) as OperationView;
      last = op.status;
      return ['succeeded', 'failed', 'canceled'].includes(op.status) && op;
    },
    { deadline: timeoutMs, message: () => `operation ${id} to end (still ${last})`, intervalMs: 50 },
  );
}

export interface OperationView {
  id: string;
  type: string;
  status: string;
  progress: { rows: number; bytes: number; rowsPerSecond: number };
  result: Record<string, Record<string, unknown>> | null;
  error: { message: string } | null;
}

export async function startOperation(
  agent: Pick<TestAgent, 'url' | 'auth'>,
  body: Record<string, unknown>,
): Promise<{ status: number; body: OperationView & { detail?: string } }> {
  const res = await fetch(`${agent.url}/v1/operations`, {
    method: 'POST',
    headers: { ...agent.auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as OperationView & { detail?: string } };
}

/** Starts an operation and waits for it; fails the test if it does not succeed. */
export async function runOperation(agent: Pick<TestAgent, 'url' | 'auth'>, body: Record<string, unknown>): Promise<OperationView> {
  const started = await startOperation(agent, body);
  if (started.status !== 202 && started.status !== 200) {
    throw new Error(`operation refused with ${started.status}: ${JSON.stringify(started.body)}`);
  }
  const op = await waitForOperation(agent, String(body.id));
  if (op.status !== 'succeeded') throw new Error(`operation ${String(body.id)} ${op.status}: ${op.error?.message}`);
  return op;
}

export interface AgentProcess {
  url: string;
  token: string;
  auth: { Authorization: string };
  child: ChildProcess;
  /** SIGKILL: the agent dies mid-whatever, as in a crash. */
  kill(): Promise<void>;
  /** A new process on the same port, token and database (the agent restarted). */
  restart(): Promise<AgentProcess>;
}

/** A transfer-agent as its own process, configured by environment as an operator would, so it can be killed. */
export async function spawnTestAgent(
  databaseUrl: string,
  fixed: { port?: number; token?: string } & SpawnOptions = {},
): Promise<AgentProcess> {
  const token = fixed.token ?? randomBytes(24).toString('hex');
  const port = fixed.port ?? (await freePort());
  const child = spawn(process.execPath, [serviceMain('transfer-agent')], {
    env: {
      ...process.env,
      AGENT_ENGINE: 'postgres',
      AGENT_DATABASE_URL: databaseUrl,
      AGENT_TOKEN: token,
      AGENT_PORT: String(port),
      LOG_LEVEL: fixed.logLevel ?? 'error',
      ...fixed.env,
    },
    stdio: stdioFor(fixed),
  });
  serviceOutput(child, fixed.logs);
  const url = `http://127.0.0.1:${port}`;
  await untilHealthy(url, child);
  return {
    url,
    token,
    auth: { Authorization: `Bearer ${token}` },
    child,
    kill: () => killProcess(child),
    restart: () => spawnTestAgent(databaseUrl, { ...fixed, port, token }),
  };
}

/**
 * A write by another login while the single-user watchdog ends such sessions every 250 ms: tried
 * until one attempt gets through before its session is cut (what a determined intruder would do).
 */
export async function writeBeforeCutOff(url: string, text: string, attempts = 50): Promise<void> {
  const { Client } = await import('pg');
  for (let i = 1; ; i++) {
    const c = new Client({ connectionString: url });
    c.on('error', () => undefined); // the watchdog may end the session at any moment
    try {
      await c.connect();
      await c.query(text);
      await c.end().catch(() => undefined);
      return;
    } catch (error) {
      await c.end().catch(() => undefined);
      if (i >= attempts || !/terminat|Connection terminated|ECONNRESET/i.test((error as Error).message)) throw error;
    }
  }
}
