import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChildProcess } from 'node:child_process';
import type { TestDatabases } from '@cutover/testing';
import { COPIED, PACKAGE, SOURCE, TARGET } from '../support/data-upgrade-fixtures';
import { testEngines } from '../support/engines';
import {
  registerSystems,
  SKIP_CHECKLIST,
  spawnOrchestrator,
  testSecret,
  waitForRun,
  type OrchestratorClient,
  type RunView,
  type AgentProcess,
  type TestAgent,
} from '@cutover/testing/services';
import { scrape, sumOf, type Sample } from '../support/prometheus';

const engine = testEngines().find((e) => e.kind === 'postgres')!;
/** The data-upgrade fixture at a size that copies in seconds (inventtrans still splits into ranges). */
const SMALL_SOURCE = SOURCE.postgres.replace(/600000/g, '40000').replace(/540000/g, '36000');
const METRICS_TOKEN = randomBytes(16).toString('hex');
const JSON_LOGS = { LOG_FORMAT: 'json' };

/** Every line a process wrote, parsed; a line that is not a JSON object fails the test. */
function parseLines(logs: string[], who: string): Record<string, unknown>[] {
  return logs
    .join('')
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => {
      try {
        const parsed = JSON.parse(line) as unknown;
        assert.ok(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), `${who}: not an object: ${line}`);
        return parsed as Record<string, unknown>;
      } catch (error) {
        throw new Error(`${who} wrote a line that is not JSON: ${line}`, { cause: error });
      }
    });
}

describe('observability: /metrics around a data-upgrade copy, one request id across services, JSON logs, health probes', () => {
  let dbs: TestDatabases<'state' | 'source' | 'target'>;
  let source: AgentProcess;
  let target: AgentProcess;
  let orchestrator: ChildProcess;
  let o: OrchestratorClient;
  const logs = { orchestrator: [] as string[], source: [] as string[], target: [] as string[] };
  const adminKey = `admin-${randomBytes(16).toString('hex')}`;
  const requestId = `e2e-copy-${randomBytes(6).toString('hex')}`;
  const metricsAuth = { Authorization: `Bearer ${METRICS_TOKEN}` };
  let upgradeId: string;
  let before_: { orchestrator: Sample[]; source: Sample[]; target: Sample[] };
  let after_: { orchestrator: Sample[]; source: Sample[]; target: Sample[]; orchestratorText: string };
  let run: RunView;
  /** How much a series (summed over the labels given) grew between the scrapes before and after the copy. */
  const grew = (side: 'orchestrator' | 'source' | 'target', name: string, labels: Record<string, string>) =>
    sumOf(after_[side], name, labels) - sumOf(before_[side], name, labels);

  before(async () => {
    dbs = await engine.databases(['source', 'target']);
    await Promise.all([engine.sql(dbs.urls.source, SMALL_SOURCE), engine.sql(dbs.urls.target, TARGET.postgres)]);
    [source, target] = await Promise.all([
      engine.spawnAgent(dbs.urls.source, { env: JSON_LOGS, logLevel: 'debug', logs: logs.source }),
      engine.spawnAgent(dbs.urls.target, { env: JSON_LOGS, logLevel: 'debug', logs: logs.target }),
    ]);
    const spawned = await spawnOrchestrator(dbs.urls.state, testSecret(), adminKey, {
      // Fewer workers than the upgrade's 4 threads: admissions hand out more tasks than this process
      // has slots for, so both paths run, its own fetch after COMMIT and the NOTIFY for the rest.
      env: { ...JSON_LOGS, METRICS_TOKEN, ORCHESTRATOR_WORKERS: '2' },
      logLevel: 'debug',
      logs: logs.orchestrator,
    });
    orchestrator = spawned.child;
    o = spawned.client;
    const systems = await registerSystems(o, [
      { name: 'prod', role: 'production-source', agent: source as unknown as TestAgent },
      { name: 'target', role: 'target', agent: target as unknown as TestAgent },
    ]);
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', PACKAGE);
    upgradeId = (
      await o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'observability',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
        threads: 4,
        rangeRows: 5000,
      })
    ).id;
    for (const step of ['readiness', 'live']) {
      const r = await o.call<{ id: string }>('POST', `/v1/upgrades/${upgradeId}/${step}/runs`, {});
      assert.equal((await waitForRun(o, r.id)).status, 'ended', `${step} run ended`);
    }
    for (const id of [systems.prod, systems.target]) await o.call('POST', `/v1/systems/${id}/single-user`, { force: true });
  });

  after(async () => {
    // OBSERVABILITY_LOG_DIR=dir keeps the three processes' logs (and the last scrape) to look at.
    const dir = process.env.OBSERVABILITY_LOG_DIR;
    if (dir) {
      for (const [who, lines] of Object.entries(logs)) writeFileSync(join(dir, `${who}.log`), lines.join(''));
      if (after_) writeFileSync(join(dir, 'orchestrator.metrics'), after_.orchestratorText);
    }
    if (orchestrator && orchestrator.exitCode === null) {
      const exited = new Promise((r) => orchestrator.once('exit', r));
      orchestrator.kill('SIGTERM');
      await exited;
    }
    await Promise.all([source?.kill(), target?.kill()]);
    await dbs?.drop();
  });

  it('/metrics is scraped before and after the copy; the copy is started with our X-Request-Id, echoed back', async () => {
    before_ = {
      orchestrator: (await scrape(o.url, metricsAuth)).samples,
      source: (await scrape(source.url)).samples,
      target: (await scrape(target.url)).samples,
    };
    const res = await fetch(`${o.url}/v1/upgrades/${upgradeId}/data-upgrade/runs`, {
      method: 'POST',
      headers: { ...o.admin, 'Content-Type': 'application/json', 'X-Request-Id': requestId },
      body: JSON.stringify({ threads: 4, ...SKIP_CHECKLIST }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    assert.equal(res.headers.get('x-request-id'), requestId, 'the caller’s request id is echoed');
    run = await waitForRun(o, ((await res.json()) as { id: string }).id);
    assert.equal(run.status, 'ended', JSON.stringify(run.counts));
    const orchestratorScrape = await scrape(o.url, metricsAuth);
    after_ = {
      orchestrator: orchestratorScrape.samples,
      orchestratorText: orchestratorScrape.text,
      source: (await scrape(source.url)).samples,
      target: (await scrape(target.url)).samples,
    };
  });

  it('rows and bytes counters grew by the rows copied, in the orchestrator and both agents', async () => {
    let copied = 0;
    for (const t of COPIED) {
      const name = t.name === 'party_shadow' ? 'party' : t.name;
      copied += Number((await engine.sql<{ n: string }>(dbs.urls.target, `SELECT count(*) AS n FROM ax.${name}`))[0].n);
    }
    assert.ok(copied > 40000, `rows copied: ${copied}`);
    assert.equal(grew('orchestrator', 'cutover_rows_copied_total', { run_kind: 'data-upgrade' }), copied, 'orchestrator rows copied');
    assert.equal(grew('target', 'cutover_agent_rows_total', { direction: 'imported' }), copied, 'target agent rows imported');
    assert.equal(grew('source', 'cutover_agent_rows_total', { direction: 'exported' }), copied, 'source agent rows exported');
    const bytes = grew('orchestrator', 'cutover_bytes_copied_total', { run_kind: 'data-upgrade' });
    assert.ok(bytes > copied, `bytes copied: ${bytes}`);
    assert.equal(
      grew('target', 'cutover_agent_bytes_total', { direction: 'imported' }),
      bytes,
      'the target imported the bytes the orchestrator counted',
    );
    assert.ok(grew('source', 'cutover_agent_bytes_total', { direction: 'exported' }) >= bytes, 'the source exported them');
    assert.ok(
      grew('target', 'cutover_agent_operations_total', { type: 'copy-range', status: 'succeeded' }) >= 8,
      'copy-range operations counted',
    );
    assert.equal(sumOf(after_.source, 'cutover_agent_export_streams_open'), 0, 'no export stream is left open');
  });

  it('the queue counts its fetches by what woke them: jobs beyond this process’s slots were found through NOTIFY, not left to the poll', () => {
    const grewFetched = (reason?: string) =>
      grew('orchestrator', 'cutover_queue_jobs_fetched_total', { queue: 'cutover.tasks', ...(reason ? { reason } : {}) });
    const tasks = run.counts.total;
    assert.ok(grewFetched() >= tasks, `jobs fetched during the run: ${grewFetched()}, tasks: ${tasks}`);
    // Without either path every job would wait for the 2 s poll: a broken one shows here, not as a slow run.
    assert.ok(grewFetched('notify') > 0, `jobs found by fetches NOTIFY asked for: ${grewFetched('notify')}`);
    assert.ok(grewFetched('poll') < tasks / 4, `jobs left to the poll: ${grewFetched('poll')} of ${tasks}`);
    assert.ok(sumOf(after_.orchestrator, 'cutover_queue_fetches_total', { queue: 'cutover.tasks' }) > 0, 'fetches are counted');
  });

  it('task and run gauges match the API’s counts', async () => {
    const runs = (await o.call<{ items: RunView[] }>('GET', '/v1/runs?limit=100')).items;
    for (const status of <const>['waiting', 'ready', 'executing', 'ended', 'error', 'canceled']) {
      const api = runs.reduce((n, r) => n + (r.counts[status] ?? 0), 0);
      assert.equal(sumOf(after_.orchestrator, 'cutover_tasks', { status }), api, `tasks ${status}`);
    }
    assert.equal(sumOf(after_.orchestrator, 'cutover_runs', { kind: 'data-upgrade', status: 'ended' }), 1);
    assert.equal(sumOf(after_.orchestrator, 'cutover_runs'), runs.length);
    assert.ok(sumOf(after_.orchestrator, 'cutover_checklist_tasks') > 0, 'checklist tasks are counted');
    assert.equal(sumOf(after_.orchestrator, 'cutover_queue_depth', { queue: 'cutover.tasks' }), 0);
  });

  it('histograms have buckets; labels are bounded (route templates, no ids)', () => {
    const buckets = (name: string, labels: Record<string, string> = {}) =>
      after_.orchestrator.filter((s) => s.name === `${name}_bucket` && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
    const durations = buckets('cutover_task_duration_seconds', { kind: 'copy-range', status: 'ended' });
    assert.ok(durations.length >= 10, 'task durations have buckets');
    assert.ok(durations.find((b) => b.labels.le === '+Inf')!.value >= 8, 'every copy-range attempt is in +Inf');
    assert.ok(buckets('cutover_task_dispatch_latency_seconds', { kind: 'copy-range' }).some((b) => b.labels.le === '+Inf' && b.value > 0));
    const http = buckets('cutover_http_request_duration_seconds', { route: '/v1/runs/:id', method: 'GET', status: '200' });
    assert.ok(http.length > 0 && http.at(-1)!.value > 0, 'requests are histogrammed by route template');
    assert.ok(
      after_.orchestrator.some((s) => s.name === 'process_cpu_seconds_total'),
      'process metrics',
    );
    assert.ok(
      after_.target.some((s) => s.name === 'cutover_db_pool_connections_in_use'),
      'agent pool metrics',
    );
    assert.ok(
      after_.orchestrator.some((s) => s.name === 'cutover_db_pool_waiting'),
      'orchestrator pool metrics',
    );
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    for (const side of ['orchestrator', 'source', 'target'] as const)
      for (const s of after_[side])
        for (const v of Object.values(s.labels))
          assert.ok(!uuid.test(v) && !v.includes('inventtrans'), `${side}: unbounded label ${s.name}=${v}`);
  });

  it('one request id is in the orchestrator’s and both agents’ log lines for the copy, with run, task and attempt', () => {
    const mine = (who: keyof typeof logs) => parseLines(logs[who], who).filter((l) => l.requestId === requestId);
    const orchestratorLines = mine('orchestrator');
    assert.ok(
      orchestratorLines.some((l) => l.msg === 'request completed' && l.method === 'POST'),
      'the request itself',
    );
    for (const who of ['source', 'target'] as const) {
      const lines = mine(who);
      assert.ok(lines.length > 0, `${who} logged the request id`);
      assert.ok(
        lines.some((l) => l.runId === run.id && typeof l.taskId === 'string' && typeof l.attempt === 'number'),
        `${who} names run, task and attempt`,
      );
    }
    assert.ok(
      mine('target').some((l) => typeof l.operationId === 'string' && /^[0-9a-f-]{36}\.\d+/.test(l.operationId)),
      'the target’s lines of a copy-range operation name it',
    );
  });

  it('problem+json bodies carry the request id; /metrics takes METRICS_TOKEN when set; health probes answer', async () => {
    const res = await fetch(`${o.url}/v1/runs/00000000-0000-4000-8000-000000000000`, {
      headers: { ...o.admin, 'X-Request-Id': 'probe-404' },
    });
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { requestId: string }).requestId, 'probe-404');
    const fresh = await fetch(`${target.url}/v1/operations/nope`, { headers: { ...target.auth, 'X-Request-Id': 'bad id with spaces' } });
    const given = fresh.headers.get('x-request-id')!;
    assert.match(given, /^[0-9a-f-]{36}$/, 'an invalid caller id is replaced by a new one');
    assert.equal(((await fresh.json()) as { requestId: string }).requestId, given);
    const refused = await fetch(`${o.url}/metrics`);
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    for (const url of [o.url, source.url, target.url])
      for (const probe of ['/health', '/health/live', '/health/ready']) {
        const h = await fetch(`${url}${probe}`);
        assert.equal(h.status, 200, `${url}${probe}`);
      }
  });

  it('every log line of the three processes parses as JSON, and none holds a token or key', () => {
    const secrets = { 'admin key': adminKey, 'source token': source.token, 'target token': target.token, 'metrics token': METRICS_TOKEN };
    for (const who of ['orchestrator', 'source', 'target'] as const) {
      const lines = parseLines(logs[who], who);
      assert.ok(lines.length > 20, `${who} logged (${lines.length} lines)`);
      for (const l of lines)
        assert.ok(typeof l.level === 'number' && typeof l.time === 'string' && typeof l.service === 'string', JSON.stringify(l));
      const text = logs[who].join('');
      for (const [what, value] of Object.entries(secrets)) assert.ok(!text.includes(value), `${what} appears in the ${who} log`);
      assert.ok(!/grant=(?!REDACTED)/.test(text), `a grant appears in the ${who} log`);
    }
  });
});
