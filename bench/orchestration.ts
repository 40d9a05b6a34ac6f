/**
 * Orchestration overhead: 2,000 no-op scripts (`SELECT 1`) in a DAG of width 16 (16 chains of
 * 125), threads 16, through the real orchestrator, pg-boss and a real agent.
 *
 *   npm run build && node dist/bench/orchestration.js [--tasks 2000] [--width 16]
 *
 * Reports tasks/s (creation to run end) and dispatch latency: from the moment a task is handed
 * to the queue (dispatched_at) to the moment a worker claims it (started_at), and from ready
 * (dependencies ended) to claimed.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { createOrchestratorClient, unwrap } from '@cutover/orchestrator-client';
import { createTestDatabases, freePort, sql, startEmbeddedPostgres, waitForHealth } from '@cutover/testing';
import { startOrchestrator } from '../services/orchestrator/src/app';
import { orchestratorConfig } from '../services/orchestrator/src/config/orchestrator.config';

const { values: args } = parseArgs({ options: { tasks: { type: 'string', default: '2000' }, width: { type: 'string', default: '16' } } });

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const total = Number(args.tasks);
  const width = Number(args.width);
  let stop: (() => Promise<void>) | undefined;
  let server = process.env.DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(join(tmpdir(), 'cutover-bench-'));
    const pg = await startEmbeddedPostgres({
      dataDir: dir,
      settings: process.env.BENCH_NO_FSYNC ? { fsync: 'off', synchronous_commit: 'off' } : {},
    });
    server = pg.url;
    stop = async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const dbs = await createTestDatabases(['state', 'source'], server);
  // The agent runs in its own process, as it would next to its database: in one process the
  // orchestrator and the agent would share one event loop and measure each other.
  const token = randomBytes(24).toString('hex');
  const agentPort = await freePort();
  const agentProcess = spawn(process.execPath, [join(__dirname, '..', 'services', 'transfer-agent', 'src', 'main.js')], {
    env: {
      ...process.env,
      AGENT_ENGINE: 'postgres',
      AGENT_DATABASE_URL: dbs.urls.source,
      AGENT_TOKEN: token,
      AGENT_PORT: String(agentPort),
      AGENT_MAX_OPERATIONS: '32',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const agent = { url: `http://127.0.0.1:${agentPort}` };
  await waitForHealth(agent.url, () => agentProcess.exitCode === null);
  const adminKey = randomBytes(24).toString('hex');
  const orchestrator = await startOrchestrator(
    orchestratorConfig({
      databaseUrl: dbs.urls.state,
      secretKey: randomBytes(24).toString('hex'),
      bootstrapAdminKey: adminKey,
      port: 0,
      logLevel: 'error',
    }),
    { logger: false },
  );
  const api = createOrchestratorClient({ baseUrl: orchestrator.url, apiKey: adminKey });
  const agentRow = unwrap(await api.POST('/v1/agents', { body: { name: 'bench', baseUrl: agent.url, token } }));
  const system = unwrap(await api.POST('/v1/systems', { body: { name: 'bench', role: 'production-source', agentId: agentRow.id } }));
  const tasks = Array.from({ length: total }, (_, i) => ({
    key: `t${String(i).padStart(5, '0')}`,
    systemId: system.id,
    sql: 'SELECT 1',
    dependsOn: i >= width ? [`t${String(i - width).padStart(5, '0')}`] : [],
  }));
  const t0 = Date.now();
  const run = unwrap(await api.POST('/v1/runs', { body: { threads: width, tasks } }));
  const created = Date.now();
  for (;;) {
    const r = unwrap(await api.GET('/v1/runs/{id}', { params: { path: { id: run.id } } }));
    if (r.status !== 'running') {
      if (r.status !== 'ended') throw new Error(`run ${r.status}`);
      break;
    }
    await new Promise((res) => setTimeout(res, 20));
  }
  const wall = (Date.now() - t0) / 1000;
  const rows = await sql<{ dispatch_ms: number; ready_ms: number; first: Date; last: Date }>(
    dbs.urls.state,
    `SELECT extract(epoch FROM started_at - dispatched_at) * 1000 AS dispatch_ms, extract(epoch FROM started_at - ready_at) * 1000 AS ready_ms FROM task WHERE run_id = $1`,
    [run.id],
  );
  const phases = await sql<{ exec: number; promote: number }>(
    dbs.urls.state,
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.finished_at - t.started_at) * 1000) AS exec,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.ready_at - p.finished_at) * 1000) AS promote
       FROM task t LEFT JOIN task_dependency d ON d.task_id = t.id LEFT JOIN task p ON p.id = d.depends_on_id WHERE t.run_id = $1`,
    [run.id],
  );
  const span = await sql<{ s: number }>(
    dbs.urls.state,
    `SELECT extract(epoch FROM max(finished_at) - min(started_at)) AS s FROM task WHERE run_id = $1`,
    [run.id],
  );
  const dispatch = rows.map((r) => Number(r.dispatch_ms)).sort((a, b) => a - b);
  const ready = rows.map((r) => Number(r.ready_ms)).sort((a, b) => a - b);
  console.log(`tasks: ${total}, width ${width}, threads ${width}; run creation (incl. DAG insert) ${((created - t0) / 1000).toFixed(2)} s`);
  console.log(
    `wall (create → ended): ${wall.toFixed(2)} s → ${(total / wall).toFixed(0)} tasks/s; first start → last finish: ${Number(span[0].s).toFixed(2)} s → ${(total / Number(span[0].s)).toFixed(0)} tasks/s`,
  );
  console.log(
    `dispatch latency (queued → claimed) ms: p50 ${pct(dispatch, 50).toFixed(1)}, p95 ${pct(dispatch, 95).toFixed(1)}, max ${dispatch[dispatch.length - 1].toFixed(1)}`,
  );
  console.log(
    `median ms: claimed → finished (agent round trip) ${Number(phases[0].exec).toFixed(1)}, dependency finished → ready ${Number(phases[0].promote).toFixed(1)}`,
  );
  console.log(`ready → claimed ms: p50 ${pct(ready, 50).toFixed(1)}, p95 ${pct(ready, 95).toFixed(1)}`);
  await orchestrator.app.close();
  agentProcess.kill();
  await dbs.drop();
  await stop?.();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
