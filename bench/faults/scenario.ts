import { randomBytes } from 'node:crypto';
import { createTestDatabases, freePort, sql, type TestDatabases } from '@cutover/testing';
import { digest } from '../../test/support/digest';
import {
  orchestratorClient,
  registerSystems,
  runTasks,
  SKIP_CHECKLIST,
  type OrchestratorClient,
  type RunView,
  type TestAgent,
} from '@cutover/testing/services';
import { script } from '../../test/support/packages';
import { injectors, type FaultKind, type Injection } from './kinds';
import { NETWORK } from './network';
import { agentService, orchestratorService, type Service } from './processes';
import { viaHost, type PgServer, type SmallDisk } from './servers';

export interface Suite {
  state: PgServer;
  source: PgServer;
  target: PgServer;
  sourceDb: string;
  disk: SmallDisk | null;
  netns: boolean;
  rows: number;
  ranges: number;
  random: () => number;
}

export interface Outcome {
  kind: FaultKind;
  status: string;
  exact: boolean;
  seconds: number;
  /** When the fault was injected: how many of the big table's ranges had been copied. */
  atRange: string;
  retries: number;
  humanActions: number;
  crashes: number;
  scriptRuns: number;
  note: string;
  /** The harness itself failed (a process did not come up, a database could not be made): not a result of the fault. */
  harnessError?: boolean;
  /** A sample of the retried failures' reasons. */
  reasons: string[];
}

const TABLES = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL, note text) %TS%;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);`;

export const sourceSql = (rows: number) => `${TABLES.replace('%TS%', '')}
  INSERT INTO ax.inventtrans SELECT g * 7, 'I' || (g % 97), g / 8.0, 'note ' || g FROM generate_series(1, ${rows}) g;
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g FROM generate_series(1, 5000) g;
  ANALYZE;`;

const targetSql = (tablespace: string | null) => `${TABLES.replace('%TS%', tablespace ? `TABLESPACE ${tablespace}` : '')}
  CREATE INDEX inventtrans_item ON ax.inventtrans (itemid);
  CREATE SCHEMA audit;
  CREATE TABLE audit.script_log (key text NOT NULL, rows bigint NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());`;

/** One post-sync script that leaves a row per execution: it must have run exactly once. */
const PACKAGE = {
  version: '1',
  copyRules: { include: [{ schema: 'ax', name: '*' }] },
  scripts: [
    script(
      'mark',
      'post-sync',
      [{ schema: 'ax', name: 'inventtrans' }],
      [{ schema: 'audit', name: 'script_log' }],
      `INSERT INTO audit.script_log (key, rows) SELECT 'mark', count(*) FROM ax.inventtrans`,
    ),
  ],
};
const TABLE_REFS = [
  { schema: 'ax', name: 'inventtrans' },
  { schema: 'ax', name: 'custtable' },
];

interface Cluster {
  dbs: TestDatabases<'state' | 'target'>;
  sourceAgent: Service;
  targetAgent: Service;
  orchestrators: Service[];
  client: OrchestratorClient;
}

/**
 * Any live replica answers (one of them may have been killed): the failover is in the client's
 * fetch, so typed calls (`api.GET`, as runTasks makes) fail over as well as `call`. A failover
 * in `call` alone left `api` bound to the first replica, and a run whose first replica was killed
 * ended in "fetch failed" when its tasks were read for the check.
 */
function failoverClient(orchestrators: Service[], adminKey: string): OrchestratorClient {
  const failover: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
    let last: unknown;
    for (const replica of orchestrators.filter((o) => o.alive)) {
      const url = new URL(request.url);
      url.host = new URL(replica.url).host;
      try {
        return await fetch(url, { method: request.method, headers: request.headers, body, signal: request.signal });
      } catch (error) {
        last = error;
        if (!/fetch failed|ECONNREFUSED/.test(String((error as Error).message))) throw error;
      }
    }
    throw last ?? new Error('no orchestrator replica is alive');
  };
  return orchestratorClient(orchestrators[0].url, adminKey, failover);
}

async function startCluster(suite: Suite, kind: FaultKind): Promise<Cluster> {
  const dbs = await createTestDatabases(['state'], suite.state.url).then(async (s) => {
    const t = await createTestDatabases(['target'], suite.target.url);
    return {
      urls: { ...s.urls, ...t.urls },
      names: { ...s.names, ...t.names },
      drop: () => Promise.all([s.drop(), t.drop()]).then(() => undefined),
    };
  });
  await sql(dbs.urls.target, targetSql(kind === 'disk' ? 'cutf_small' : null));
  const ns = (side: 'source' | 'target') => (suite.netns ? NETWORK[side] : null);
  const agent = async (side: 'source' | 'target', url: string) => {
    const n = ns(side);
    return agentService(
      `${side}-agent`,
      n ? viaHost(url, n.db) : url,
      randomBytes(24).toString('hex'),
      await freePort(),
      n?.service ?? '127.0.0.1',
      n?.ns ?? null,
    );
  };
  const sourceAgent = await agent('source', suite.sourceDb);
  const targetAgent = await agent('target', dbs.urls.target);
  const [secret, adminKey] = [randomBytes(24).toString('hex'), randomBytes(24).toString('hex')];
  const orchestrators = [
    orchestratorService('orchestrator-a', dbs.urls.state, secret, adminKey, await freePort()),
    orchestratorService('orchestrator-b', dbs.urls.state, secret, adminKey, await freePort()),
  ];
  await Promise.all([sourceAgent.start(), targetAgent.start()]);
  for (const o of orchestrators) await o.start(); // one at a time: both would run the migrations
  return { dbs, sourceAgent, targetAgent, orchestrators, client: failoverClient(orchestrators, adminKey) };
}

async function launch(c: Cluster, suite: Suite): Promise<string> {
  const asAgent = (s: Service) => ({ url: s.url, token: s.env.AGENT_TOKEN }) as unknown as TestAgent;
  const systems = await registerSystems(c.client, [
    { name: 'prod', role: 'production-source', agent: asAgent(c.sourceAgent) },
    { name: 'target', role: 'target', agent: asAgent(c.targetAgent) },
  ]);
  const pkg = await c.client.call<{ id: string }>('POST', '/v1/packages', { ...PACKAGE, name: 'faults' });
  const upgrade = await c.client.call<{ id: string }>('POST', '/v1/upgrades', {
    name: 'faults',
    sourceSystemId: systems.prod,
    targetSystemId: systems.target,
    packageId: pkg.id,
    rangeRows: Math.ceil(suite.rows / suite.ranges),
  });
  for (const id of Object.values(systems)) await c.client.call('POST', `/v1/systems/${id}/single-user`, { force: true });
  const run = await c.client.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/data-upgrade/runs`, {
    threads: 4,
    ...SKIP_CHECKLIST,
  });
  return run.id;
}

/** Waits until a random number of the big table's ranges are copied (a random moment mid-copy). */
async function randomMoment(c: Cluster, runId: string, suite: Suite): Promise<string> {
  const k = 2 + Math.floor(suite.random() * Math.max(suite.ranges - 5, 1));
  for (;;) {
    const copies = (await runTasks(c.client, runId)).filter((t) => t.key.startsWith('copy:ax.inventtrans:'));
    const ended = copies.filter((t) => t.status === 'ended').length;
    if (copies.length > 0 && (ended >= k || ended === copies.length)) return `${ended}/${copies.length}`;
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function waitEnd(c: Cluster, runId: string, timeoutMs: number): Promise<RunView | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const run = await c.client.call<RunView>('GET', `/v1/runs/${runId}`).catch(() => null);
    if (run && ['ended', 'error', 'canceled'].includes(run.status) && run.counts.executing === 0) return run;
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

/** One data upgrade with one fault of `kind` at a random moment; checks the result independently. */
export async function faultRun(suite: Suite, kind: FaultKind): Promise<Outcome> {
  const c = await startCluster(suite, kind);
  const started = Date.now();
  const outcome: Outcome = {
    kind,
    status: 'timeout',
    exact: false,
    seconds: 0,
    atRange: '-',
    retries: 0,
    humanActions: 0,
    crashes: 0,
    scriptRuns: 0,
    note: '',
    reasons: [],
  };
  try {
    const runId = await launch(c, suite);
    const injection: Injection = injectors[kind]({ ...c, ...suite, disk: suite.disk, random: suite.random });
    if (kind !== 'none' && kind !== 'disk') {
      outcome.atRange = await randomMoment(c, runId, suite);
      await injection.inject();
    }
    let run = await waitEnd(c, runId, 900_000);
    if (run && kind === 'disk') {
      await injection.afterFailure!(run);
      const errors = (await runTasks(c.client, runId)).map((t) => t.error ?? '').join(' ');
      outcome.note =
        run.status !== 'error'
          ? 'the disk did not fill up'
          : /No space left|could not extend/i.test(errors)
            ? 'failed naming the full disk'
            : 'failed WITHOUT naming the disk';
      if (run.status === 'error') {
        outcome.humanActions++;
        await c.client.call('POST', `/v1/runs/${runId}/rerun-failed`, { reason: 'faults: space freed on the target' });
        run = await waitEnd(c, runId, 900_000);
      }
    }
    outcome.seconds = (Date.now() - started) / 1000;
    outcome.status = run?.status ?? 'timeout';
    await check(c, suite, runId, outcome);
  } catch (error) {
    outcome.note = `${outcome.note} harness error: ${(error as Error).message}`.trim();
    outcome.harnessError = true;
  } finally {
    outcome.crashes = [c.sourceAgent, c.targetAgent, ...c.orchestrators].reduce((n, s) => n + s.crashes, 0);
    for (const s of [...c.orchestrators, c.sourceAgent, c.targetAgent]) await s.stop().catch(() => undefined);
    await c.dbs.drop().catch(() => undefined);
  }
  return outcome;
}

async function check(c: Cluster, suite: Suite, runId: string, outcome: Outcome): Promise<void> {
  const tasks = await runTasks(c.client, runId);
  const events = await c.client.call<{ type: string; reason: string | null }[]>('GET', `/v1/runs/${runId}/events?limit=1000`);
  const retries = events.filter((e) => e.type === 'retry');
  outcome.retries = retries.length;
  outcome.reasons = [...new Set(retries.map((e) => (e.reason ?? '').replace(/^.*? failed: /, '').slice(0, 120)))].slice(0, 4);
  const failed = tasks.filter((t) => t.error).map((t) => `${t.key}: ${t.error}`);
  if (outcome.status !== 'ended' && failed.length > 0) outcome.note = `${outcome.note} ${failed.slice(0, 2).join('; ')}`.trim();
  let exact = outcome.status === 'ended';
  for (const table of TABLE_REFS) {
    const [s, t] = await Promise.all([digest(suite.sourceDb, table), digest(c.dbs.urls.target, table)]);
    if (s.rows !== t.rows || s.md5 !== t.md5) exact = false;
  }
  const [log] = await sql<{ n: number }>(c.dbs.urls.target, `SELECT count(*)::int AS n FROM audit.script_log`);
  outcome.scriptRuns = log.n;
  outcome.exact = exact && log.n === 1;
}
