/**
 * Orchestration overhead: 2,000 one-row scripts (each inserts its own key on the source, so a task
 * executed twice is counted) in a DAG of width 16 (16 chains of 125), threads 16, through real
 * orchestrators (one or several replicas on one state database), pg-boss and a real agent, each
 * its own process.
 *
 *   npm run build && node dist/bench/orchestration.js [--tasks 2000] [--width 16] [--threads <width>] [--replicas 2] [--repeat 3] [--warmup 0]
 *
 * `--warmup N` runs N rounds first that are printed but not counted: the services' first round
 * also pays for V8 compiling their hot code and for every new state-database connection filling
 * its catalog caches, which a long cutover pays once.
 *
 * `--width` equal to `--tasks` is a flat run (no dependencies): every task that ends readies nothing.
 *
 * Reports tasks/s (creation to run end) and dispatch latency: from the moment a task is handed
 * to the queue (dispatched_at) to the moment a worker claims it (started_at), and from ready
 * (dependencies ended) to claimed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createOrchestratorClient, unwrap, type OrchestratorApi } from '@cutover/orchestrator-client';
import { createTestDatabases, freePort, sql, startEmbeddedPostgres } from '@cutover/testing';
import { processCpu, treeCpu } from './copy-cluster';
import { spawnService, stopService, type Service } from './copy-cutover';

const { values: args } = parseArgs({
  options: {
    tasks: { type: 'string', default: '2000' },
    width: { type: 'string', default: '16' },
    /** The run's threads (default: the width). */
    threads: { type: 'string' },
    replicas: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '0' },
  },
});

const POLL_MS = Number(process.env.BENCH_POLL_MS ?? 250);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Round {
  tasksPerSecond: number;
  dispatchP50: number;
  dispatchP95: number;
  readyP50: number;
  execP50: number;
  /** Script executions recorded on the source beyond one per task (a task executed twice). */
  duplicates: number;
  cpu: number[];
  agentCpu: number;
  /** CPU s of every process of the bench (services, PostgreSQL, the bench itself) ÷ (wall × cores). */
  busy: number;
}

const CORES = availableParallelism();

async function main(): Promise<void> {
  const total = Number(args.tasks);
  const width = Number(args.width);
  const threads = Number(args.threads ?? args.width);
  const replicas = Number(args.replicas);
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
  // Every script records its key: a task executed twice shows as a second row.
  await sql(dbs.urls.source, 'CREATE TABLE bench_exec (key text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())');
  // The agent and every orchestrator run in their own processes, as deployed: in one process they
  // would share one event loop and measure each other.
  const token = randomBytes(24).toString('hex');
  const agentPort = await freePort();
  const agent = await spawnService(
    'transfer-agent',
    {
      AGENT_ENGINE: 'postgres',
      AGENT_DATABASE_URL: dbs.urls.source,
      AGENT_TOKEN: token,
      AGENT_PORT: String(agentPort),
      AGENT_MAX_OPERATIONS: '64',
    },
    agentPort,
  );
  const adminKey = randomBytes(24).toString('hex');
  const secretKey = randomBytes(24).toString('hex');
  const orchestrators: Service[] = [];
  try {
    // One after the other: the first migrates the state database and creates the admin key.
    for (let i = 0; i < replicas; i++) {
      const port = await freePort();
      const env = {
        DATABASE_URL: dbs.urls.state,
        ORCHESTRATOR_SECRET_KEY: secretKey,
        ORCHESTRATOR_ADMIN_KEY: adminKey,
        ORCHESTRATOR_PORT: String(port),
      };
      orchestrators.push(await spawnService('orchestrator', env, port));
    }
    const api = createOrchestratorClient({ baseUrl: orchestrators[0].url, apiKey: adminKey });
    const agentRow = unwrap(await api.POST('/v1/agents', { body: { name: 'bench', baseUrl: agent.url, token } }));
    const system = unwrap(await api.POST('/v1/systems', { body: { name: 'bench', role: 'production-source', agentId: agentRow.id } }));
    const rounds: Round[] = [];
    const warmup = Number(args.warmup);
    for (let n = 1 - warmup; n <= Number(args.repeat); n++) {
      const r = await round(api, dbs.urls, system.id, { total, width, threads }, orchestrators, agent);
      if (n > 0) rounds.push(r);
      console.log(
        `${n > 0 ? `round ${n}` : `warm-up ${n + warmup}, not counted`}: ${r.tasksPerSecond.toFixed(0)} tasks/s; dispatch p50 ${r.dispatchP50.toFixed(1)} ms, p95 ${r.dispatchP95.toFixed(1)} ms; ready → claimed p50 ${r.readyP50.toFixed(1)} ms; agent round trip p50 ${r.execP50.toFixed(1)} ms; executed twice: ${r.duplicates}; orchestrator CPU s ${r.cpu.map((c) => c.toFixed(1)).join(' + ')}, agent ${r.agentCpu.toFixed(1)}; all the bench's processes kept ${(r.busy * 100).toFixed(0)}% of ${CORES} cores busy`,
      );
    }
    const col = (f: (r: Round) => number, d = 1) =>
      `${median(rounds.map(f)).toFixed(d)} (${rounds.map((r) => f(r).toFixed(d)).join(', ')})`;
    console.log(
      [
        '',
        `${total} tasks, width ${width}, threads ${threads}, ${replicas} orchestrator replica(s), median of ${rounds.length}${warmup > 0 ? ` after ${warmup} warm-up round(s)` : ''} (every round in brackets):`,
        `| replicas | tasks/s | dispatch p50 ms | dispatch p95 ms | ready → claimed p50 ms | executed twice |`,
        `| ${replicas} | ${col((r) => r.tasksPerSecond, 0)} | ${col((r) => r.dispatchP50)} | ${col((r) => r.dispatchP95)} | ${col((r) => r.readyP50)} | ${rounds.reduce((a, r) => a + r.duplicates, 0)} |`,
      ].join('\n'),
    );
  } finally {
    await Promise.all([...orchestrators, agent].map(stopService));
    await dbs.drop();
    await stop?.();
  }
}

async function round(
  api: OrchestratorApi,
  urls: { state: string; source: string },
  systemId: string,
  { total, width, threads }: { total: number; width: number; threads: number },
  orchestrators: Service[],
  agent: Service,
): Promise<Round> {
  await sql(urls.source, 'TRUNCATE bench_exec');
  const key = (i: number) => `t${String(i).padStart(5, '0')}`;
  const tasks = Array.from({ length: total }, (_, i) => ({
    key: key(i),
    systemId,
    sql: `INSERT INTO bench_exec (key) VALUES ('${key(i)}')`,
    dependsOn: i >= width ? [key(i - width)] : [],
  }));
  const cpu0 = orchestrators.map((o) => processCpu(o.child.pid!));
  const agent0 = processCpu(agent.child.pid!);
  const all0 = treeCpu([process.pid]);
  const t0 = Date.now();
  const run = unwrap(await api.POST('/v1/runs', { body: { threads, tasks } }));
  // The end is the run's own finishedAt (same host clock), so the poll can be slow: each GET counts
  // every task of the run, and polling every 20 ms took CPU from the run it measured.
  let finishedAt: string | null;
  for (;;) {
    const r = unwrap(await api.GET('/v1/runs/{id}', { params: { path: { id: run.id } } }));
    if (r.status !== 'running') {
      if (r.status !== 'ended') throw new Error(`run ${r.status}`);
      finishedAt = r.finishedAt;
      break;
    }
    await new Promise((res) => setTimeout(res, POLL_MS));
  }
  const cpu = orchestrators.map((o, i) => processCpu(o.child.pid!) - cpu0[i]);
  const agentCpu = processCpu(agent.child.pid!) - agent0;
  // Measured to the poll that saw the end, so over that wall, not the run's own.
  const busy = (treeCpu([process.pid]) - all0) / (((Date.now() - t0) / 1000) * CORES);
  const wall = (Date.parse(finishedAt!) - t0) / 1000;
  const rows = await sql<{ dispatch_ms: number; ready_ms: number; exec_ms: number }>(
    urls.state,
    `SELECT extract(epoch FROM started_at - dispatched_at) * 1000 AS dispatch_ms, extract(epoch FROM started_at - ready_at) * 1000 AS ready_ms,
            extract(epoch FROM finished_at - started_at) * 1000 AS exec_ms FROM task WHERE run_id = $1`,
    [run.id],
  );
  const [executed] = await sql<{ n: string; distinct: string }>(
    urls.source,
    'SELECT count(*) AS n, count(DISTINCT key) AS distinct FROM bench_exec',
  );
  if (Number(executed.distinct) !== total) throw new Error(`${executed.distinct} of ${total} tasks left a trace on the source`);
  const sorted = (f: (r: (typeof rows)[number]) => number) => rows.map((r) => Number(f(r))).sort((a, b) => a - b);
  const dispatch = sorted((r) => r.dispatch_ms);
  return {
    tasksPerSecond: total / wall,
    dispatchP50: pct(dispatch, 50),
    dispatchP95: pct(dispatch, 95),
    readyP50: pct(
      sorted((r) => r.ready_ms),
      50,
    ),
    execP50: pct(
      sorted((r) => r.exec_ms),
      50,
    ),
    duplicates: Number(executed.n) - total,
    cpu,
    agentCpu,
    busy,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
