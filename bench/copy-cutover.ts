import type { TableRef } from '@cutover/contracts';
/**
 * bench/copy's Cutover contender: a real orchestrator and two transfer-agents, each in its own
 * process, driven over HTTP exactly as an operator would (register, plan, single-user, launch).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createOrchestratorClient, unwrap, type OrchestratorApi, type OrchestratorComponents } from '@cutover/orchestrator-client';
import { freePort, waitForHealth } from '@cutover/testing';
import { processCpu } from './copy-cluster';

export interface Service {
  url: string;
  child: ChildProcess;
}

export async function spawnService(entry: string, env: Record<string, string>, port: number): Promise<Service> {
  // BENCH_CPU_PROF=<dir>: each service writes a V8 CPU profile there when it exits (open it in
  // Chrome DevTools); NODE_OPTIONS cannot carry --cpu-prof.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, join(__dirname, '..', 'services', entry, 'src', 'main.js')], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, () => child.exitCode === null, 60_000);
  return { url, child };
}

export async function stopService(s: Service): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (s.child.exitCode === null) s.child.kill('SIGKILL');
}

export interface PlannedTable {
  source: TableRef;
  target: TableRef;
  status: string;
  rows: number;
  bytes: number;
  keyColumns: string[];
  keyReason: string;
  ranges: { from: string[] | null; to: string[] | null }[];
  priority: number;
}

interface TaskView {
  key: string;
  kind: string;
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
  rows: number;
  bytes: number;
  error: string | null;
}

export interface TableReport {
  sourceTable: TableRef;
  table: TableRef;
  status: string;
  sourceRows: number | null;
  targetRows: number | null;
  checksumMatch: boolean | null;
  ranges: number;
  rowsCopied: number;
  copySeconds: number | null;
  verifySeconds: number | null;
  finishSeconds: number | null;
}

export interface KindTiming {
  kind: string;
  tasks: number;
  /** First start → last finish of the tasks of this kind. */
  span: number;
  /** Sum of the tasks' own durations (task-seconds). */
  busy: number;
}

export interface CutoverResult {
  seconds: number;
  dataSeconds: number;
  rows: number;
  bytes: number;
  ranges: number;
  kinds: KindTiming[];
  report: TableReport[];
  /** CPU seconds of the services' processes during the run. */
  cpu: { orchestrator: number; sourceAgent: number; targetAgent: number };
}

export interface Cutover {
  plan(): Promise<PlannedTable[]>;
  run(threads: number, options?: { entered?: boolean }): Promise<CutoverResult>;
  stop(): Promise<void>;
  /** For benches that go on from a run (bench/forecast): the admin's client, the upgrade, the source and target system ids. */
  api: OrchestratorApi;
  upgradeId: string;
  systems: string[];
  /** The id of the latest run that `run` started. */
  lastRunId(): string | null;
  /** Makes a fresh upgrade of the same systems and package the current one (`upgradeId`); its id. */
  anotherUpgrade(name: string): Promise<string>;
  /** Puts both systems in single-user mode (`run` does it unless told the caller did). */
  enterSingleUser(): Promise<void>;
  /** Polls a run until it is over; its final status. */
  waitRun(runId: string): Promise<string>;
}

/** A script of the bench's package (the orchestrator's manifest shape). */
export type BenchScript = OrchestratorComponents['schemas']['ScriptDto'];

/** `include`: the package's copy rules (default every table of schema ax). */
export async function startCutover(
  urls: { state: string; source: string; target: string },
  jobs: number,
  rangeRows: number,
  include: TableRef[] = [{ schema: 'ax', name: '*' }],
  scripts: BenchScript[] = [],
): Promise<Cutover> {
  const adminKey = randomBytes(24).toString('hex');
  const orchestratorPort = await freePort();
  const services: Service[] = [];
  const stop = async () => {
    await Promise.all(services.map(stopService));
  };
  try {
    services.push(
      await spawnService(
        'orchestrator',
        {
          DATABASE_URL: urls.state,
          ORCHESTRATOR_SECRET_KEY: randomBytes(24).toString('hex'),
          ORCHESTRATOR_ADMIN_KEY: adminKey,
          ORCHESTRATOR_PORT: String(orchestratorPort),
        },
        orchestratorPort,
      ),
    );
    const agents: { url: string; token: string }[] = [];
    for (const role of ['source', 'target'] as const) {
      const token = randomBytes(24).toString('hex');
      const port = await freePort();
      const agent = await spawnService(
        'transfer-agent',
        {
          AGENT_ENGINE: 'postgres',
          AGENT_DATABASE_URL: urls[role],
          AGENT_TOKEN: token,
          AGENT_PORT: String(port),
          AGENT_MAX_OPERATIONS: String(Math.max(8, 2 * jobs)),
        },
        port,
      );
      services.push(agent);
      agents.push({ url: agent.url, token });
    }
    const base = services[0].url;
    const api = createOrchestratorClient({ baseUrl: base, apiKey: adminKey });
    const systems: string[] = [];
    for (const [i, role] of (['production-source', 'target'] as const).entries()) {
      const agent = unwrap(
        await api.POST('/v1/agents', { body: { name: `bench-${role}`, baseUrl: agents[i].url, token: agents[i].token } }),
      );
      systems.push(unwrap(await api.POST('/v1/systems', { body: { name: `bench-${role}`, role, agentId: agent.id } })).id);
    }
    const pkg = unwrap(
      await api.POST('/v1/packages', {
        // Without scripts the run is the copy alone (prepare, copy ranges, verify, finish) and the single-user guard.
        body: { name: 'bench-copy', version: '1', scripts, copyRules: { include } },
      }),
    );
    const newUpgrade = async (name: string) =>
      unwrap(
        await api.POST('/v1/upgrades', {
          body: { name, sourceSystemId: systems[0], targetSystemId: systems[1], packageId: pkg.id, threads: jobs, rangeRows },
        }),
      );
    const upgrade = await newUpgrade('bench-copy');
    const upgradePath = () => ({ params: { path: { id: upgrade.id } } });
    /** Scripts run once per upgrade and package: a bench that runs them again does it in a fresh upgrade of the same systems. */
    const anotherUpgrade = async (name: string): Promise<string> => {
      Object.assign(upgrade, await newUpgrade(name));
      return upgrade.id;
    };
    const plan = async (): Promise<PlannedTable[]> => unwrap(await api.POST('/v1/upgrades/{id}/data-upgrade/plan', upgradePath())).tables;

    const tasksOf = async (runId: string, status?: 'error'): Promise<TaskView[]> => {
      const all: TaskView[] = [];
      for (let offset = 0; ; offset += 1000) {
        const query = { limit: 1000, offset, ...(status ? { status } : {}) };
        const page = unwrap(await api.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId }, query } }));
        all.push(...(page.items as TaskView[]));
        if (all.length >= page.total || page.items.length === 0) return all;
      }
    };

    const enterSingleUser = async () => {
      for (const id of systems) unwrap(await api.POST('/v1/systems/{id}/single-user', { params: { path: { id } }, body: { force: true } }));
    };
    const waitRun = async (runId: string): Promise<string> => {
      for (;;) {
        const { status } = unwrap(await api.GET('/v1/runs/{id}', { params: { path: { id: runId } } }));
        if (['ended', 'error', 'canceled'].includes(status)) return status;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    let lastRun: string | null = null;
    const run = async (threads: number, options: { entered?: boolean } = {}): Promise<CutoverResult> => {
      if (!options.entered) await enterSingleUser();
      const cpu0 = services.map((x) => processCpu(x.child.pid!));
      const t0 = performance.now();
      const created = unwrap(
        await api.POST('/v1/upgrades/{id}/data-upgrade/runs', {
          ...upgradePath(),
          body: { threads, override: { reason: 'benchmark of the copy alone' } },
        }),
      );
      lastRun = created.id;
      const status = await waitRun(created.id);
      const seconds = (performance.now() - t0) / 1000;
      const [orchestrator, sourceAgent, targetAgent] = services.map((x, i) => processCpu(x.child.pid!) - cpu0[i]);
      if (status !== 'ended') {
        const failed = await tasksOf(created.id, 'error');
        throw new Error(`data upgrade run ${created.id} ${status}:\n${failed.map((t) => `  ${t.key} (${t.kind}): ${t.error}`).join('\n')}`);
      }
      const tasks = await tasksOf(created.id);
      const reportPath = { params: { path: { id: upgrade.id, runId: created.id } } };
      // The report's JSON has no schema in the document (it also answers CSV): its shape is named here.
      const report = (unwrap(await api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/report', reportPath)) as { tables: TableReport[] })
        .tables;
      // A partitioned table has no copy of its own (ranges 0): its partitions are verified, each on its own.
      const bad = report.filter((t) => t.ranges > 0 && (t.checksumMatch !== true || t.sourceRows !== t.targetRows));
      if (bad.length > 0) throw new Error(`Cutover's report shows differences: ${JSON.stringify(bad)}`);
      const kinds = [...new Set(tasks.map((t) => t.kind))].map((kind) => timing(kind, tasks));
      const copies = tasks.filter((t) => t.kind === 'copy-range');
      return {
        seconds,
        dataSeconds: kinds.find((k) => k.kind === 'copy-range')?.span ?? NaN,
        rows: copies.reduce((n, t) => n + Number(t.rows), 0),
        bytes: copies.reduce((n, t) => n + Number(t.bytes), 0),
        ranges: copies.length,
        kinds,
        report,
        cpu: { orchestrator, sourceAgent, targetAgent },
      };
    };
    return {
      plan,
      run,
      stop,
      api,
      get upgradeId() {
        return upgrade.id;
      },
      anotherUpgrade,
      systems,
      lastRunId: () => lastRun,
      enterSingleUser,
      waitRun,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function timing(kind: string, tasks: TaskView[]): KindTiming {
  const of = tasks.filter((t) => t.kind === kind && t.startedAt && t.finishedAt);
  const start = Math.min(...of.map((t) => Date.parse(t.startedAt!)));
  const end = Math.max(...of.map((t) => Date.parse(t.finishedAt!)));
  const busy = of.reduce((n, t) => n + Date.parse(t.finishedAt!) - Date.parse(t.startedAt!), 0);
  return { kind, tasks: of.length, span: of.length ? (end - start) / 1000 : 0, busy: busy / 1000 };
}
