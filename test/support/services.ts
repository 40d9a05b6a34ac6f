import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort, waitForHealth } from '@cutover/testing';
import type { INestApplication } from '@nestjs/common';
import { EngineKind, mintGrant, type TableRef } from '@cutover/contracts';
import { startAgent } from '../../services/transfer-agent/src/app';
import { agentConfig, type AgentConfig } from '../../services/transfer-agent/src/config/agent.config';

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
export async function waitForOperation(agent: TestAgent, id: string, timeoutMs = 120_000): Promise<OperationView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${agent.url}/v1/operations/${encodeURIComponent(id)}`, { headers: agent.auth });
    const op = (await res.json()) as OperationView;
    if (['succeeded', 'failed', 'canceled'].includes(op.status)) return op;
    if (Date.now() > deadline) throw new Error(`operation ${id} still ${op.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
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
  agent: TestAgent,
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
export async function runOperation(agent: TestAgent, body: Record<string, unknown>): Promise<OperationView> {
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

/** How a spawned service runs: extra environment, and where its stdout and stderr go (default: stderr to ours, stdout dropped). */
export interface SpawnOptions {
  env?: Record<string, string>;
  /** LOG_LEVEL of the service (default `error`). */
  logLevel?: string;
  /** Pipe stdout and stderr (the caller reads them from the child). */
  output?: 'pipe';
  /** Every chunk the process writes to stdout or stderr, to grep its logs. */
  logs?: string[];
}

/**
 * stdio for a spawned service, and the capture of its output when `logs` is given: whole lines
 * (each ending in a newline), so stdout and stderr never interleave within a line.
 */
export function serviceOutput(child: ChildProcess, logs: string[] | undefined): void {
  if (!logs) return;
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const end = text.lastIndexOf('\n') + 1;
      partial = text.slice(end);
      if (end > 0) logs.push(text.slice(0, end));
    });
    stream?.on('end', () => partial && logs.push(`${partial}\n`));
  }
}

export const stdioFor = (options: SpawnOptions): ['ignore', 'pipe' | 'ignore', 'pipe' | 'inherit'] =>
  options.logs || options.output === 'pipe' ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'ignore', 'inherit'];

/** A transfer-agent as its own process, configured by environment as an operator would, so it can be killed. */
export async function spawnTestAgent(
  databaseUrl: string,
  fixed: { port?: number; token?: string } & SpawnOptions = {},
): Promise<AgentProcess> {
  const token = fixed.token ?? randomBytes(24).toString('hex');
  const port = fixed.port ?? (await freePort());
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'services', 'transfer-agent', 'src', 'main.js')], {
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
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
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

/** Waits for a spawned service's health; one that never becomes healthy is killed, so it cannot outlive the test (the file would never exit). */
export async function untilHealthy(url: string, child: ChildProcess): Promise<void> {
  try {
    await waitForHealth(url, () => child.exitCode === null);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
