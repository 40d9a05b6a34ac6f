/**
 * Property-based fuzz of both services, generated from their OpenAPI specs: every operation gets
 * requests shaped by its parameters and body schema (valid values, wrong types, missing and extra
 * fields, NUL, lone surrogates, invalid UTF-8, huge strings, junk bodies where none belongs), mostly
 * with the right credentials. Real services, real PostgreSQL, real pg-boss. Asserts: no 5xx, every
 * 4xx is problem+json with title and detail, and no 4xx leaves a row behind.
 *
 * Rows: one statement counts every table of the orchestrator's state (public schema; pg-boss's own
 * schema is the queue, not state) before each request and again after each 4xx. Requests go one at
 * a time and any run a 2xx started is canceled and finished before the next request, so nothing
 * else writes in between and a difference is the request's. On the agent, whose only state is the
 * operations it holds, the count of GET /v1/operations plays that part.
 *
 * Nothing is skipped. Long-polls get waitSeconds 0 or 1; the event stream of an existing run never
 * ends by design, so that route is fuzzed with ids of no run.
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed below>; FUZZ_RUNS sets requests per operation.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { Client } from 'pg';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  startTestOrchestrator,
  waitForRun,
  type TestOrchestrator,
  runOperation,
  startTestAgent,
  type TestAgent,
} from '@cutover/testing/services';
import { requestArb, type FuzzContext, type FuzzRequest, type OpenApiDoc } from '../support/openapi-fuzz';
import { script } from '../support/packages';
import { rawRequest } from '../support/raw-http';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Requests per operation with a body (more input to get wrong) and without: 26 × 50 + 44 × 15 ≈ 2,000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const RUNS_WITH_BODY = process.env.FUZZ_RUNS ? RUNS : 50;
/** FUZZ_ONLY=<regex> fuzzes only the matching operations (`orchestrator POST /v1/runs`). */
const ONLY = new RegExp(process.env.FUZZ_ONLY ?? '');
const spec = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'openapi', name), 'utf8')) as OpenApiDoc;

/**
 * The two 4xx that write by design, one row each: launching a data upgrade stores the fresh plan
 * it decided on (README: "plans again"), so the plan an operator then reads says why the launch
 * was refused; a refused re-registration of an existing agent is recorded as an agent event (an
 * attempted takeover is exactly what the audit trail is for).
 */
const PLANNED_ON_REFUSAL: Record<string, string> = {
  'POST /v1/upgrades/{id}/data-upgrade/runs': 'data_upgrade_plan',
  'POST /v1/agents/register': 'agent_event',
};

/** Row counts after a 4xx, with the one table a refused launch may add to at most one row of forgiven. */
function unexplained(before: Record<string, number>, after: Record<string, number>, allowed: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [table, n] of Object.entries(after)) {
    const added = n - (before[table] ?? 0);
    if (added !== 0 && !(table === allowed && added === 1)) out[table] = added;
  }
  return out;
}

/** Every operation of a spec, as [method, path template]. */
function operations(doc: OpenApiDoc): [string, string][] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m): [string, string] => [m, path]));
}

/** A per-operation seed, so one operation's failure reproduces without the others. */
function seedFor(key: string): number {
  let h = SEED;
  for (const c of key) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

describe(`fuzz from both OpenAPI specs (seed ${SEED})`, () => {
  let dbs: TestDatabases<'state' | 'source' | 'target'>;
  let o: TestOrchestrator;
  let source: TestAgent;
  let target: TestAgent;
  let state: Client;
  let countAll = '';
  const statuses = new Map<number, number>();
  let orchestratorCtx: FuzzContext;
  let agentCtx: FuzzContext;
  const registrationToken = 'fuzz-registration-token-0123';

  before(async () => {
    dbs = await createTestDatabases(['state', 'source', 'target']);
    for (const url of [dbs.urls.source, dbs.urls.target]) {
      await sql(
        url,
        `CREATE TABLE public.fuzz_t (id int PRIMARY KEY, v text); INSERT INTO public.fuzz_t SELECT g, 'v' || g FROM generate_series(1, 20) g`,
      );
    }
    o = await startTestOrchestrator(dbs.urls.state, { registrationToken });
    [source, target] = await Promise.all([startTestAgent(dbs.urls.source), startTestAgent(dbs.urls.target)]);
    orchestratorCtx = await seedOrchestrator();
    await runOperation(source, { id: 'fuzz-known', type: 'execute-script', executeScript: { sql: 'SELECT 1' } });
    agentCtx = {
      doc: spec('transfer-agent.json'),
      known: { id: ['fuzz-known'], table: ['public.fuzz_t', 'public.missing'], keyColumns: ['id'], tables: ['public.fuzz_t'] },
      auth: {
        right: source.auth,
        weaker: [],
        wrong: [{ Authorization: 'Bearer wrong-token' }, { Authorization: `Basic ${source.token}` }],
      },
    };
    state = new Client({ connectionString: dbs.urls.state });
    await state.connect();
    // One statement counts every table of the orchestrator's state (not pg-boss's schema).
    const tables = await state.query<{ expr: string }>(
      `SELECT string_agg(format('%L, (SELECT count(*) FROM public.%I)', table_name, table_name), ', ' ORDER BY table_name) AS expr
         FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    countAll = `SELECT json_build_object(${tables.rows[0].expr}) AS counts`;
  });

  after(async () => {
    await state?.end();
    await Promise.all([source?.close(), target?.close()]);
    await o?.close();
    await dbs?.drop();
  });

  /** Systems, a package, an upgrade and an ended run, so requests with their ids get past the 404s. */
  async function seedOrchestrator(): Promise<FuzzContext> {
    const systems = await registerSystems(o, [
      { name: 'prod', role: 'production-source', agent: source },
      { name: 'target', role: 'target', agent: target },
    ]);
    const agents = (await o.call<{ items: { id: string }[] }>('GET', '/v1/agents')).items.map((a) => a.id);
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', {
      name: 'fuzz',
      version: '1',
      scripts: [script('touch', 'live', [], [{ schema: 'public', name: 'fuzz_t' }], 'UPDATE public.fuzz_t SET v = v')],
    });
    const upgrade = await o.call<{ id: string }>('POST', '/v1/upgrades', {
      name: 'fuzz',
      sourceSystemId: systems.prod,
      targetSystemId: systems.target,
      packageId: pkg.id,
    });
    const run = await o.call<{ id: string }>('POST', '/v1/runs', {
      threads: 1,
      tasks: [{ key: 'one', systemId: systems.prod, sql: 'SELECT 1' }],
    });
    await waitForRun(o, run.id);
    const tasks = (await o.call<{ items: { id: string }[] }>('GET', `/v1/runs/${run.id}/tasks`)).items.map((t) => t.id);
    const checklist = (await o.call<{ key: string }[]>('GET', `/v1/upgrades/${upgrade.id}/checklist`)).map((t) => t.key);
    const viewer = (await o.call<{ key: string }>('POST', '/v1/api-keys', { name: 'fuzz-viewer', role: 'viewer' })).key;
    const ids = [...agents, ...Object.values(systems), pkg.id, upgrade.id];
    return {
      doc: spec('orchestrator.json'),
      known: { uuid: ids, id: [...ids, run.id], runId: [run.id], taskId: tasks, key: checklist },
      auth: {
        right: o.admin,
        weaker: [{ 'X-API-Key': viewer }],
        wrong: [{ 'X-API-Key': 'wrong-key-0123456789abcdef' }, { Authorization: 'Bearer wrong' }],
      },
    };
  }

  /** Ends every run a 2xx started, so background work never adds rows while a 4xx is checked. */
  async function quiesce(): Promise<void> {
    const running = await state.query<{ id: string }>(`SELECT id FROM run WHERE status = 'running'`);
    for (const { id } of running.rows) {
      await o.call('POST', `/v1/runs/${id}/cancel`, { reason: 'fuzz: quiesce' }, { expect: 204 });
      await waitForRun(o, id);
    }
    try {
      await o.drain(10_000);
    } catch (error) {
      const busy = await state.query(
        `SELECT t.id, t.status, t.kind, t.payload, r.status AS run FROM task t JOIN run r ON r.id = t.run_id WHERE t.status NOT IN ('ended','error','canceled')`,
      );
      throw new Error(`${(error as Error).message}; unfinished tasks: ${JSON.stringify(busy.rows).slice(0, 2000)}`, { cause: error });
    }
  }

  const counts = async () => (await state.query<{ counts: Record<string, number> }>(countAll)).rows[0].counts;
  /** The agent keeps no database state of its own: its rows are the operations it holds. */
  const agentOperations = async () => ({
    operations: ((await (await fetch(`${source.url}/v1/operations`, { headers: source.auth })).json()) as unknown[]).length,
  });

  async function check(baseUrl: string, req: FuzzRequest, rowsOf: () => Promise<Record<string, number>>, route: string): Promise<void> {
    const rowsBefore = await rowsOf();
    const res = await rawRequest(baseUrl, req.method, req.path, { headers: req.headers, body: req.body, timeoutMs: 20_000 });
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (process.env.FUZZ_TRACE) console.error(`${res.status} ${String(req[fc.toStringMethod]()).slice(0, 400)}`);
    assert.ok(res.status < 500, `answered ${res.status}: ${res.text.slice(0, 500)}`);
    if (res.status >= 400) {
      assert.match(res.contentType, /^application\/problem\+json/, `a ${res.status} is problem+json: ${res.text.slice(0, 200)}`);
      assert.ok(
        typeof res.json?.title === 'string' && typeof res.json.detail === 'string' && res.json.detail !== '',
        res.text.slice(0, 300),
      );
      const added = unexplained(rowsBefore, await rowsOf(), PLANNED_ON_REFUSAL[route]);
      assert.deepEqual(added, {}, `a ${res.status} (${String(res.json.detail)}) left rows behind`);
    } else if (req.method !== 'GET') {
      await quiesce();
    }
  }

  const suites = [
    { name: 'orchestrator', file: 'orchestrator.json', ctx: () => orchestratorCtx, url: () => o.url, rows: () => counts() },
    { name: 'transfer-agent', file: 'transfer-agent.json', ctx: () => agentCtx, url: () => source.url, rows: () => agentOperations() },
  ];
  for (const suite of suites) {
    for (const [method, path] of operations(spec(suite.file))) {
      const key = `${suite.name} ${method.toUpperCase()} ${path}`;
      it(key, { skip: ONLY.test(key) ? false : `FUZZ_ONLY=${process.env.FUZZ_ONLY} leaves it out` }, async () => {
        let ctx = suite.ctx();
        const op = ctx.doc.paths[path][method];
        // Each service's own-credential routes: the right credential is that route's.
        if (path === '/v1/agents/register') ctx = { ...ctx, auth: { ...ctx.auth, right: { 'X-Registration-Token': registrationToken } } };
        if (path === '/v1/agents/{id}/heartbeat') ctx = { ...ctx, auth: { ...ctx.auth, right: source.auth } };
        // The event stream of an existing run never ends (that is its job): only unknown ids here.
        if (path.endsWith('/events/stream')) ctx = { ...ctx, known: { ...ctx.known, id: [] } };
        await fc.assert(
          fc.asyncProperty(requestArb(ctx, method, path, op), (req) =>
            check(suite.url(), req, suite.rows, `${method.toUpperCase()} ${path}`),
          ),
          { numRuns: op.requestBody ? RUNS_WITH_BODY : RUNS, seed: seedFor(key) },
        );
      });
    }
  }

  it('status distribution', (t) => {
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const list = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    t.diagnostic(`fuzz seed ${SEED}: ${total} requests; ${list.join(', ')}`);
    if (!process.env.FUZZ_ONLY) assert.ok(total >= RUNS * 100, `every operation was fuzzed (${total} requests)`);
  });
});
