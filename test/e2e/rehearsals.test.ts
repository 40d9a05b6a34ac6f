import assert from 'node:assert/strict';
import { availableParallelism, hostname } from 'node:os';
import { describe } from 'node:test';
import type { TableRef } from '@cutover/contracts';
import type { TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  SKIP_CHECKLIST,
  startTestOrchestrator,
  waitForRun,
  type TestOrchestrator,
  type TestAgent,
} from '@cutover/testing/services';
import { engineTest, testEngines } from '../support/engines';
import { PACKAGE } from '../support/data-upgrade-fixtures';
import { cutover } from '../support/cli';

/** The data-upgrade suite's AX-like shape at a small size: inventtrans splits into 4 ranges of 5,000 rows. */
const TABLES = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL, datephysical date, note text);
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  CREATE TABLE ax.ledgertrans (voucher text NOT NULL, amount numeric(32,16) NOT NULL);
  CREATE TABLE ax.small_1 (id int PRIMARY KEY, v text); CREATE TABLE ax.small_2 (id int PRIMARY KEY, v text);
  CREATE TABLE ax.small_3 (id int PRIMARY KEY, v text);`;
const SOURCE = `${TABLES}
  CREATE TABLE ax.party_shadow (party_key text PRIMARY KEY, name text NOT NULL);
  INSERT INTO ax.inventtrans SELECT g, 'I' || (g % 97), (g % 1000) / 7.0, DATE '2020-01-01' + (g % 1500), 'n' || g FROM generate_series(1, 20000) g;
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g, 'city ' || (g % 7) FROM generate_series(1, 500) g;
  INSERT INTO ax.ledgertrans SELECT 'V' || (g % 300), g / 3.0 FROM generate_series(1, 1000) g;
  INSERT INTO ax.small_1 SELECT g, 'a' || g FROM generate_series(1, 100) g;
  INSERT INTO ax.small_2 SELECT g, 'b' || g FROM generate_series(1, 100) g;
  INSERT INTO ax.small_3 SELECT g, 'c' || g FROM generate_series(1, 100) g;
  ANALYZE;`;
const TARGET = `${TABLES}
  CREATE TABLE ax.party (party_key text PRIMARY KEY, name text NOT NULL);
  CREATE TABLE ax.inventsum (itemid text PRIMARY KEY, qty numeric NOT NULL);
  CREATE INDEX inventtrans_item ON ax.inventtrans (itemid, datephysical);`;
const EMPTY_TARGET = `TRUNCATE ax.inventtrans, ax.custtable, ax.ledgertrans, ax.small_1, ax.small_2, ax.small_3, ax.party, ax.inventsum`;

interface Rehearsal {
  id: string;
  label: string;
  runs: { id: string; kind: string; elapsedSeconds: number | null }[];
  windowSeconds: number | null;
  tables: { target: TableRef; rows: number; ranges: number; seconds: number | null; rowsPerSecond: number | null; failed: string[] }[];
  scripts: { key: string; phase: string; seconds: number | null; status: string }[];
}
interface Step {
  runKind: string;
  key: string;
  kind: string;
  phase: string;
  startSeconds: number;
  endSeconds: number;
  seconds: number;
  waitedSeconds: number;
  method: string;
}
interface Forecast {
  threads: number;
  durations: { rehearsalId: string; meanConcurrency: number; basis: string };
  windowSeconds: number;
  criticalPath: Step[];
  criticalPathSeconds: number;
  longestChainSeconds: number;
  workSeconds: number;
  phases: { phase: string; tasks: number; workSeconds: number; criticalSeconds: number }[];
  threadsCurve: { threads: number; windowSeconds: number; gainSeconds: number }[];
  rehearsalWindowSeconds: number;
  tables: {
    source: TableRef;
    rehearsalRows: number;
    productionRows: number;
    factor: number;
    basis: string;
    rangesRehearsed: number;
    rangesForecast: number;
  }[];
  estimated: { key: string; method: string }[];
  notRehearsed: TableRef[];
  capacity: {
    tasks: number | null;
    basis: string;
    fittedTasks: number | null;
    bound: { tasks: number; hosts: { host: string; cpus: number; systems: string[] }[]; basis: string } | null;
    rehearsals: { id: string; label: string; threads: number[] }[];
  };
}

const engine = testEngines().find((e) => e.kind === 'postgres')!;
const near = (a: number, b: number, what: string, tolerance = 0.01) => assert.ok(Math.abs(a - b) <= tolerance, `${what}: ${a} vs ${b}`);

describe('rehearsals: two mock cutovers recorded and compared, and a forecast of production with its critical path', () => {
  const { it, before, after } = engineTest(engine);
  let dbs: TestDatabases<'state' | 'source' | 'target'>;
  let agents: TestAgent[];
  let o: TestOrchestrator;
  let systems: Record<string, string>;
  let upgradeId: string;
  let viewer: string;
  let operator: string;
  let readinessRunId: string;
  const mocks: Rehearsal[] = [];
  const both = async (action: 'enter' | 'exit') => {
    for (const id of [systems.prod, systems.target])
      await o.call('POST', `/v1/systems/${id}/single-user${action === 'exit' ? '/exit' : ''}`, action === 'enter' ? { force: true } : {});
  };
  const run = async (path: string, body: object = SKIP_CHECKLIST) => {
    const started = await o.call<{ id: string }>('POST', `/v1/upgrades/${upgradeId}/${path}`, body);
    assert.equal((await waitForRun(o, started.id, ['ended', 'error'], 120_000)).status, 'ended', `${path} ended`);
    return started.id;
  };

  before(async () => {
    dbs = await engine.databases(['source', 'target']);
    await Promise.all([engine.sql(dbs.urls.source, SOURCE), engine.sql(dbs.urls.target, TARGET)]);
    agents = await Promise.all([engine.startAgent(dbs.urls.source), engine.startAgent(dbs.urls.target)]);
    o = await startTestOrchestrator(dbs.urls.state);
    systems = await registerSystems(o, [
      { name: 'prod', role: 'production-source', agent: agents[0] },
      { name: 'target', role: 'target', agent: agents[1] },
    ]);
    viewer = (await o.call<{ key: string }>('POST', '/v1/api-keys', { name: 'viewer', role: 'viewer' })).key;
    operator = (await o.call<{ key: string }>('POST', '/v1/api-keys', { name: 'operator', role: 'operator' })).key;
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', PACKAGE);
    upgradeId = (
      await o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'rehearsals',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
        threads: 4,
        rangeRows: 5000,
      })
    ).id;
    readinessRunId = await run('readiness/runs', {});
    await run('live/runs', {});
  });

  after(async () => {
    await o?.close();
    await Promise.all((agents ?? []).map((a) => a.close()));
    await dbs?.drop();
  });

  it('mock 1: one data upgrade run (final delta and single-user scripts in its DAG), recorded by an operator', async () => {
    await both('enter');
    const runId = await run('data-upgrade/runs', { threads: 4, ...SKIP_CHECKLIST });
    const body = { label: 'mock 1', systemId: systems.prod, runIds: [runId] };
    await o.call('POST', `/v1/upgrades/${upgradeId}/rehearsals`, body, { key: viewer, expect: 403 });
    const mock = await o.call<Rehearsal>('POST', `/v1/upgrades/${upgradeId}/rehearsals`, body, { key: operator, expect: 201 });
    assert.equal(mock.runs.length, 1);
    assert.ok(mock.windowSeconds! > 0);
    const inv = mock.tables.find((t) => t.target.name === 'inventtrans')!;
    assert.deepEqual([inv.rows, inv.ranges, inv.failed], [20000, 4, []]);
    assert.ok(inv.seconds! > 0 && inv.rowsPerSecond! > 0);
    assert.equal(mock.tables.length, 7, 'every table of the copy set');
    const phases = new Map(mock.scripts.map((s) => [s.key, s.phase]));
    assert.equal(phases.get('party-delta'), 'final-delta');
    assert.equal(phases.get('fix-inventtrans'), 'single-user-scripts');
    assert.equal(phases.get('inventsum'), 'post-sync');
    mocks.push(mock);
  });

  it('refuses a taken label (409), a run of another kind or twice (400), an unknown system (400)', async () => {
    const base = `/v1/upgrades/${upgradeId}/rehearsals`;
    const runIds = mocks[0].runs.map((r) => r.id);
    await o.call('POST', base, { label: 'mock 1', systemId: systems.prod, runIds }, { expect: 409 });
    const wrong = await o.call<{ errors: { field: string; message: string }[] }>(
      'POST',
      base,
      { label: 'x', systemId: systems.prod, runIds: [readinessRunId] },
      { expect: 400 },
    );
    assert.match(wrong.errors[0].message, /is a readiness run; a rehearsal holds single-user-preprocessing and data-upgrade runs/);
    await o.call('POST', base, { label: 'x', systemId: systems.prod, runIds: [...runIds, ...runIds] }, { expect: 400 });
    await o.call('POST', base, { label: 'x', systemId: '00000000-0000-4000-8000-000000000000', runIds }, { expect: 400 });
    await o.call('POST', base, { label: 'x', systemId: systems.prod, runIds: [] }, { expect: 400 });
  });

  it('mock 2: single-user preprocessing, then the data upgrade, on an emptied target', async () => {
    await both('exit');
    await engine.sql(dbs.urls.target, EMPTY_TARGET);
    await both('enter');
    const single = await run('single-user/runs');
    const copy = await run('data-upgrade/runs', { threads: 2, ...SKIP_CHECKLIST });
    // Given in any order, kept in the order they ran.
    const mock = await o.call<Rehearsal>('POST', `/v1/upgrades/${upgradeId}/rehearsals`, {
      label: 'mock 2',
      systemId: systems.prod,
      runIds: [copy, single],
    });
    assert.deepEqual(
      mock.runs.map((r) => r.kind),
      ['single-user-preprocessing', 'data-upgrade'],
    );
    assert.equal(mock.scripts.find((s) => s.key === 'fix-inventtrans')!.phase, 'single-user-scripts');
    mocks.push(mock);
    await both('exit');
  });

  it('lists both, reads one, and compares them: per table and script, new failures then the slowest movers first', async () => {
    const page = await o.call<{ items: Rehearsal[]; total: number }>('GET', `/v1/upgrades/${upgradeId}/rehearsals`, undefined, {
      key: viewer,
    });
    assert.deepEqual(
      page.items.map((r) => r.label),
      ['mock 1', 'mock 2'],
    );
    const got = await o.call<Rehearsal>('GET', `/v1/upgrades/${upgradeId}/rehearsals/${mocks[1].id}`, undefined, { key: viewer });
    assert.equal(got.tables.length, 7);
    const cmp = await o.call<{
      windowChangePercent: number;
      items: {
        kind: string;
        name: string;
        changeSeconds: number | null;
        changePercent: number | null;
        newFailure: boolean;
        base: unknown;
      }[];
    }>('GET', `/v1/upgrades/${upgradeId}/rehearsals/compare?base=${mocks[0].id}&candidate=${mocks[1].id}`, undefined, { key: viewer });
    assert.equal(typeof cmp.windowChangePercent, 'number');
    const names = cmp.items.map((i) => i.name);
    for (const n of ['ax.inventtrans', 'ax.party', 'fix-inventtrans', 'party-delta', 'inventsum']) assert.ok(names.includes(n), n);
    assert.ok(cmp.items.every((i) => !i.newFailure));
    const changes = cmp.items.filter((i) => i.changeSeconds !== null).map((i) => i.changeSeconds!);
    assert.deepEqual(
      changes,
      [...changes].sort((a, b) => b - a),
      'slowest movers first',
    );
    for (const i of cmp.items.filter((x) => x.changePercent !== null))
      assert.equal(Math.sign(i.changePercent!), Math.sign(i.changeSeconds!));
    await o.call('GET', `/v1/upgrades/${upgradeId}/rehearsals/compare?base=${mocks[0].id}`, undefined, { expect: 400 });
    await o.call('GET', `/v1/upgrades/${upgradeId}/rehearsals/00000000-0000-4000-8000-000000000000`, undefined, { expect: 404 });
  });

  it('forecasts production grown to twice the large table, with a critical path that bounds a consistent window', async () => {
    await engine.sql(
      dbs.urls.source,
      `INSERT INTO ax.inventtrans SELECT 1000000 + g, 'I' || (g % 97), 1, NULL, 'grown' FROM generate_series(1, 20000) g;
       CREATE TABLE ax.not_rehearsed (id int PRIMARY KEY); ANALYZE`,
    );
    const f = await o.call<Forecast>('GET', `/v1/upgrades/${upgradeId}/forecast?rehearsal=${mocks[1].id}&threads=4`, undefined, {
      key: viewer,
    });
    assert.equal(f.threads, 4);
    // mock 1 ran other runs (no preprocessing): not the same data, so mock 2's own times are scaled.
    assert.equal(f.durations.rehearsalId, mocks[1].id);
    assert.ok(f.durations.meanConcurrency > 0);
    assert.match(f.durations.basis, /^this rehearsal's own task times/);
    const inv = f.tables.find((t) => t.source.name === 'inventtrans')!;
    // ANALYZE samples: production's rows are its statistics' estimate, as a launch's plan would see them.
    assert.deepEqual([inv.rehearsalRows, inv.basis, inv.rangesRehearsed], [20000, 'rows', 4]);
    near(inv.productionRows, 40000, 'production rows from its catalog', 800);
    assert.equal(inv.rangesForecast, Math.ceil(inv.productionRows / 5000), 'cut into as many ranges as a launch would cut');
    near(inv.factor, inv.productionRows / 20000, 'inventtrans scales by its rows', 0.001);

    assert.equal(f.tables.find((t) => t.source.name === 'small_1')!.factor, 1);
    assert.deepEqual(f.notRehearsed, [{ schema: 'ax', name: 'not_rehearsed' }]);
    assert.deepEqual(f.estimated, [], 'every task of the rehearsal ended: all measured');
    // The window and its critical path agree.
    const path = f.criticalPath;
    assert.ok(path.length >= 3, 'a chain, not a single task');
    assert.equal(path[0].kind === 'run-boundary', false);
    near(path[0].startSeconds, path[0].waitedSeconds, 'the chain starts at 0 (plus its wait)');
    near(path.at(-1)!.endSeconds, f.windowSeconds, 'the chain ends the window');
    for (let i = 1; i < path.length; i++) near(path[i].startSeconds, path[i - 1].endSeconds + path[i].waitedSeconds, `step ${path[i].key}`);
    near(
      f.criticalPathSeconds + path.reduce((n, s) => n + s.waitedSeconds, 0),
      f.windowSeconds,
      'durations plus waits are the window',
      0.02,
    );
    assert.ok(f.windowSeconds >= f.criticalPathSeconds && f.windowSeconds >= f.longestChainSeconds - 0.01);
    assert.ok(f.windowSeconds >= f.workSeconds / 4 - 0.01 && f.windowSeconds <= f.workSeconds + 0.01);
    assert.ok(
      path.some((s) => s.kind === 'run-boundary'),
      'mock 2 has two runs: the chain crosses from single-user preprocessing to the data upgrade',
    );
    // Phases and the threads curve.
    assert.deepEqual(
      f.phases.map((p) => p.phase),
      ['final-delta', 'single-user-scripts', 'copy', 'verify', 'indexes', 'post-sync', 'other'],
    );
    near(
      f.phases.reduce((n, p) => n + p.workSeconds, 0),
      f.workSeconds,
      'phases add up to the work',
      0.05,
    );
    near(
      f.phases.reduce((n, p) => n + p.criticalSeconds, 0),
      f.criticalPathSeconds,
      'phases share the critical path',
      0.05,
    );
    assert.equal(f.phases.find((p) => p.phase === 'copy')!.tasks, 7 + inv.rangesForecast + 6, 'a prepare per table, the ranges');
    assert.deepEqual(
      f.threadsCurve.map((p) => p.threads),
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    near(f.threadsCurve[0].windowSeconds, f.workSeconds, 'one thread runs everything in a row', 0.05);
    near(f.threadsCurve[3].windowSeconds, f.windowSeconds, 'the curve at 4 is the forecast');
    for (const [i, p] of f.threadsCurve.entries()) {
      assert.ok(p.windowSeconds >= f.longestChainSeconds - 0.01, `${p.threads} threads: not below the longest chain`);
      // List scheduling may lose a little with more threads (Graham): never much.
      if (i > 0) assert.ok(p.windowSeconds <= f.threadsCurve[i - 1].windowSeconds * 1.05 + 0.01, `${p.threads} threads: non-increasing`);
    }
    // The capacity: fitted from both mocks (same rehearsal system; 4 and 2 threads). The cores the
    // agents report (both on this machine, one host) bound it unless the fit over the two thread
    // counts found contention above them, which it then keeps and says so.
    assert.deepEqual(
      f.capacity.rehearsals.map((r) => [r.label, r.threads.includes(2)]),
      [
        ['mock 2', true],
        ['mock 1', false],
      ],
    );
    assert.deepEqual(f.capacity.bound, {
      tasks: availableParallelism(),
      hosts: [{ host: hostname(), cpus: availableParallelism(), systems: ['prod', 'target'] }],
      basis: `prod and target share one host, ${hostname()}: its ${availableParallelism()} cores`,
    });
    assert.ok(f.capacity.tasks !== null, f.capacity.basis);
    if (f.capacity.tasks > availableParallelism()) {
      assert.equal(f.capacity.tasks, f.capacity.fittedTasks, 'only a fit is kept above the cores');
      assert.match(f.capacity.basis, /above the cores \(\d+\), kept: rehearsals at 2 thread counts/);
    }
    assert.ok(f.windowSeconds >= f.workSeconds / f.capacity.tasks - 0.01, 'no faster than the capacity lets the work go');
    const one = await o.call<Forecast>('GET', `/v1/upgrades/${upgradeId}/forecast?rehearsal=${mocks[0].id}`);
    assert.equal(one.threads, 4, "the upgrade's threads by default");
    assert.ok(!one.criticalPath.some((s) => s.kind === 'run-boundary'));
  });

  it('the CLI: cutover forecast and cutover rehearsals compare, by label', async () => {
    const env = { CUTOVER_URL: o.url, CUTOVER_API_KEY: viewer, CUTOVER_UPGRADE: upgradeId };
    const json = await cutover(['--json', 'forecast', '--rehearsal', 'mock 2', '--threads', '2'], env);
    assert.equal(json.code, 0, json.stderr);
    const f = JSON.parse(json.stdout) as Forecast;
    assert.equal(f.threads, 2);
    assert.ok(f.criticalPath.length > 0);
    const text = await cutover(['forecast', '--rehearsal', 'mock 1'], env);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^forecast window at 4 threads: /);
    assert.match(text.stdout, /critical path \(/);
    assert.match(text.stdout, /threads curve: 1:\d+s 2:/);
    assert.match(text.stdout, /not in the rehearsal \(not forecast\): ax\.not_rehearsed/);
    const cmp = await cutover(['rehearsals', 'compare', 'mock 1', 'mock 2'], env);
    assert.equal(cmp.code, 0, cmp.stderr);
    assert.match(cmp.stdout, /^mock 1 \S+ → mock 2 \S+ \([-+]?[\d.]+%\)/);
    assert.match(cmp.stdout, /ax\.inventtrans/);
    const unknown = await cutover(['forecast', '--rehearsal', 'mock 9'], env);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no rehearsal labelled "mock 9" \(labels: mock 1, mock 2\)/);
  });

  it('refuses a bad forecast query (400) and an unknown rehearsal (404)', async () => {
    const base = `/v1/upgrades/${upgradeId}/forecast`;
    await o.call('GET', `${base}?rehearsal=${mocks[0].id}&threads=0`, undefined, { expect: 400 });
    await o.call('GET', `${base}?rehearsal=nope`, undefined, { expect: 400 });
    await o.call('GET', base, undefined, { expect: 400 });
    await o.call('GET', `${base}?rehearsal=00000000-0000-4000-8000-000000000000`, undefined, { expect: 404 });
  });
});
