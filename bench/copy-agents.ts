/**
 * Cutover's data path without the orchestrator: two transfer-agents (separate processes), the
 * target agent pulling the same key ranges from the source agent, N operations at a time, as
 * the copy-range tasks do; then the verify-table checksum of every table on one side. Splits
 * Cutover's time into what the agents' data path costs and what running it as a run adds.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { mintGrant, tableKey, type TableRef } from '@cutover/contracts';
import { freePort } from '@cutover/testing';
import type { RangeWork } from './copy-contenders';
import { processCpu } from './copy-cluster';
import { spawnService, stopService, type Service } from './copy-cutover';
import { pool } from './copy-dataset';

interface Agent extends Service {
  token: string;
}

async function startAgent(databaseUrl: string, jobs: number): Promise<Agent> {
  const token = randomBytes(24).toString('hex');
  const port = await freePort();
  const env = {
    AGENT_ENGINE: 'postgres',
    AGENT_DATABASE_URL: databaseUrl,
    AGENT_TOKEN: token,
    AGENT_PORT: String(port),
    AGENT_MAX_OPERATIONS: String(Math.max(8, 2 * jobs)),
  };
  return { ...(await spawnService('transfer-agent', env, port)), token };
}

const columnCache = new Map<string, Promise<string[]>>();

/** A table's columns in order, from the agent's catalog (a grant binds them). */
function columnsOf(agent: Agent, table: TableRef): Promise<string[]> {
  const key = `${agent.url} ${tableKey(table)}`;
  if (!columnCache.has(key)) {
    const url = `${agent.url}/v1/catalog/tables/${encodeURIComponent(table.schema)}/${encodeURIComponent(table.name)}`;
    const load = fetch(url, { headers: { Authorization: `Bearer ${agent.token}` } })
      .then((r) => r.json() as Promise<{ columns: { name: string; ordinal: number }[] }>)
      .then((d) => [...d.columns].sort((a, b) => a.ordinal - b.ordinal).map((c) => c.name));
    columnCache.set(key, load);
  }
  return columnCache.get(key)!;
}

/** Starts an operation and long-polls it to the end; its result, or an error naming why it failed. */
async function operate<T>(agent: Agent, body: { id: string; type: string } & Record<string, unknown>): Promise<T> {
  const headers = { Authorization: `Bearer ${agent.token}`, 'Content-Type': 'application/json' };
  const started = await fetch(`${agent.url}/v1/operations`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (started.status !== 202) throw new Error(`${body.type} ${body.id}: ${started.status} ${await started.text()}`);
  for (;;) {
    const res = await fetch(`${agent.url}/v1/operations/${body.id}?waitSeconds=30`, { headers });
    const op = (await res.json()) as { status: string; error: { message: string } | null; result: T };
    if (op.status === 'succeeded') return op.result;
    if (op.status === 'failed' || op.status === 'canceled') throw new Error(`${body.type} ${body.id}: ${op.error?.message ?? op.status}`);
  }
}

export interface AgentPath {
  copySeconds: number;
  /** CPU seconds of the copy, as measured by `cpu`. */
  copyCpu: number;
  /** The two agents' own CPU seconds during the copy (PostgreSQL's are in copyCpu only). */
  agentsCpu: { source: number; target: number };
  rows: number;
  bytes: number;
  /** The source side of verify-table: every table's checksum, N at a time. */
  checksumSeconds: number;
  checksumCpu: number;
}

export async function agentPath(
  urls: { source: string; target: string },
  work: RangeWork[],
  tables: TableRef[],
  jobs: number,
  cpu: () => number,
): Promise<AgentPath> {
  const source = await startAgent(urls.source, jobs);
  const target = await startAgent(urls.target, jobs).catch(async (error: unknown) => {
    await stopService(source);
    throw error;
  });
  try {
    let rows = 0;
    let bytes = 0;
    const cpu0 = cpu();
    const agents0 = [processCpu(source.child.pid!), processCpu(target.child.pid!)];
    const t0 = performance.now();
    await pool(work, jobs, async (w) => {
      const range = w.keyColumns.length > 0 ? { keyColumns: w.keyColumns, from: w.from, to: w.to } : null;
      const exp = Math.floor(Date.now() / 1000) + 3600;
      const id = `bench-copy-${randomBytes(6).toString('hex')}`;
      const columns = await columnsOf(source, w.table);
      const grant = mintGrant(source.token, {
        table: w.table,
        keyColumns: range?.keyColumns ?? null,
        from: w.from,
        to: w.to,
        columns,
        format: 'pg-binary',
        operation: id,
        exp,
      });
      const result = await operate<{ copyRange: { rows: number; bytes: number } }>(target, {
        id,
        type: 'copy-range',
        copyRange: { table: w.table, columns, ...(range ? { range } : {}), source: { url: source.url, table: w.table, grant } },
      });
      rows += result.copyRange.rows;
      bytes += result.copyRange.bytes;
    });
    const t1 = performance.now();
    const cpu1 = cpu();
    const copyCpu = cpu1 - cpu0;
    const agentsCpu = { source: processCpu(source.child.pid!) - agents0[0], target: processCpu(target.child.pid!) - agents0[1] };
    await pool(tables, jobs, async (table) => {
      await operate(source, { id: `bench-sum-${randomBytes(6).toString('hex')}`, type: 'checksum-range', checksumRange: { table } });
    });
    const t2 = performance.now();
    const checksumCpu = cpu() - cpu1;
    return { copySeconds: (t1 - t0) / 1000, copyCpu, agentsCpu, rows, bytes, checksumSeconds: (t2 - t1) / 1000, checksumCpu };
  } finally {
    await Promise.all([stopService(source), stopService(target)]);
  }
}

/**
 * A verification pass of the strength Cutover's verify-table has, for a copy made by another tool
 * (pgcopydb): every table's checksum on both sides through two agents, N tables at a time, then
 * compared. Its time and CPU are the price of verifying that the other tool does not pay.
 */
export async function verifyPass(
  urls: { source: string; target: string },
  tables: TableRef[],
  jobs: number,
  cpu: () => number,
): Promise<{ seconds: number; cpu: number; mismatched: string[] }> {
  const source = await startAgent(urls.source, jobs);
  const target = await startAgent(urls.target, jobs).catch(async (error: unknown) => {
    await stopService(source);
    throw error;
  });
  try {
    type Sum = { checksumRange: { rows: number; checksum: string } };
    const mismatched: string[] = [];
    const cpu0 = cpu();
    const t0 = performance.now();
    await pool(tables, jobs, async (table) => {
      const sum = (agent: Agent) =>
        operate<Sum>(agent, { id: `bench-verify-${randomBytes(6).toString('hex')}`, type: 'checksum-range', checksumRange: { table } });
      // Both sides at once, as verify-table does.
      const [a, b] = await Promise.all([sum(source), sum(target)]);
      if (a.checksumRange.rows !== b.checksumRange.rows || a.checksumRange.checksum !== b.checksumRange.checksum)
        mismatched.push(tableKey(table));
    });
    return { seconds: (performance.now() - t0) / 1000, cpu: cpu() - cpu0, mismatched };
  } finally {
    await Promise.all([stopService(source), stopService(target)]);
  }
}
