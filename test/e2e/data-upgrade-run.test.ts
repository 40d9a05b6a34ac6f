import { formatTableRef, type TableRef } from '@cutover/contracts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  runTasks,
  SKIP_CHECKLIST,
  startTestOrchestrator,
  waitForRun,
  type TaskView,
  type TestOrchestrator,
} from '../support/orchestrator';
import { spawnTestAgent, startTestAgent, type AgentProcess, type TestAgent } from '../support/services';
import { digest } from '../support/digest';
import { script } from '../support/packages';

/** AX-like: one large table with skewed keys, a text-keyed table, a table without a key, small tables, a shadow table. */
const TABLES = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL, datephysical date, note text);
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  CREATE TABLE ax.ledgertrans (voucher text NOT NULL, amount numeric(32,16) NOT NULL);
  CREATE TABLE ax.small_1 (id int PRIMARY KEY, v text); CREATE TABLE ax.small_2 (id int PRIMARY KEY, v text);
  CREATE TABLE ax.small_3 (id int PRIMARY KEY, v text);`;
const SOURCE = `${TABLES}
  CREATE TABLE ax.party_shadow (party_key text PRIMARY KEY, name text NOT NULL);
  -- 90% of the rows in the lowest 1% of the key space.
  INSERT INTO ax.inventtrans SELECT CASE WHEN g <= 540000 THEN g ELSE 540000 + (g - 540000) * 1000 END, 'I' || (g % 97),
    (g % 1000) / 7.0, DATE '2020-01-01' + (g % 1500), CASE WHEN g % 5 = 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 600000) g;
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g, 'city ' || (g % 7) FROM generate_series(1, 3000) g;
  INSERT INTO ax.ledgertrans SELECT 'V' || (g % 300), g / 3.0 FROM generate_series(1, 5000) g;
  INSERT INTO ax.small_1 SELECT g, 'a' || g FROM generate_series(1, 100) g;
  INSERT INTO ax.small_2 SELECT g, 'b' || g FROM generate_series(1, 100) g;
  INSERT INTO ax.small_3 SELECT g, 'c' || g FROM generate_series(1, 100) g;
  ANALYZE;`;
const TARGET = `${TABLES}
  CREATE TABLE ax.party (party_key text PRIMARY KEY, name text NOT NULL);
  CREATE TABLE ax.inventsum (itemid text PRIMARY KEY, qty numeric NOT NULL);
  CREATE INDEX inventtrans_item ON ax.inventtrans (itemid, datephysical);
  CREATE INDEX inventtrans_note ON ax.inventtrans (note) WHERE note IS NOT NULL;
  ALTER TABLE ax.inventtrans ADD CONSTRAINT inventtrans_qty_sane CHECK (qty >= 0);
  ALTER TABLE ax.custtable ADD CONSTRAINT custtable_name_unique UNIQUE (name);
  CREATE INDEX ledgertrans_voucher ON ax.ledgertrans (voucher);`;

const PACKAGE = {
  name: 'data-upgrade-e2e',
  version: '1',
  copyRules: {
    include: [{ schema: 'ax', name: '*' }],
    rename: [{ from: { schema: 'ax', name: 'party_shadow' }, to: { schema: 'ax', name: 'party' } }],
  },
  scripts: [
    script(
      'party-live',
      'live',
      [{ schema: 'ax', name: 'custtable' }],
      [{ schema: 'ax', name: 'party_shadow' }],
      `INSERT INTO ax.party_shadow SELECT 'C-' || accountnum, upper(name) FROM ax.custtable ON CONFLICT DO NOTHING`,
    ),
    script(
      'party-delta',
      'delta',
      [{ schema: 'ax', name: 'custtable' }],
      [{ schema: 'ax', name: 'party_shadow' }],
      `DELETE FROM ax.party_shadow s USING pg_temp."delta_custtable" d WHERE s.party_key = 'C-' || d.accountnum;
INSERT INTO ax.party_shadow SELECT 'C-' || c.accountnum, upper(c.name) FROM ax.custtable c JOIN pg_temp."delta_custtable" d ON d.accountnum = c.accountnum WHERE d.op <> 'D'`,
      ['party-live'],
    ),
    // Writes the large table in single-user mode: its copy must wait for it, the others must not.
    script(
      'fix-inventtrans',
      'single-user',
      [{ schema: 'ax', name: 'inventtrans' }],
      [{ schema: 'ax', name: 'inventtrans' }],
      `UPDATE ax.inventtrans SET note = 'fixed' WHERE recid % 1000 = 0`,
    ),
    script(
      'inventsum',
      'post-sync',
      [{ schema: 'ax', name: 'inventtrans' }],
      [{ schema: 'ax', name: 'inventsum' }],
      `INSERT INTO ax.inventsum SELECT itemid, sum(qty) FROM ax.inventtrans GROUP BY itemid`,
    ),
    script(
      'party-names',
      'post-sync',
      [{ schema: 'ax', name: 'party' }],
      [{ schema: 'ax', name: 'party' }],
      `UPDATE ax.party SET name = name || ' (migrated)'`,
    ),
  ],
};

const COPIED = [
  { schema: 'ax', name: 'custtable' },
  { schema: 'ax', name: 'inventtrans' },
  { schema: 'ax', name: 'ledgertrans' },
  { schema: 'ax', name: 'party_shadow' },
  { schema: 'ax', name: 'small_1' },
  { schema: 'ax', name: 'small_2' },
  { schema: 'ax', name: 'small_3' },
];

const deferred = (url: string) =>
  sql<{ name: string }>(
    url,
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'ax' AND indexname NOT LIKE '%pkey'
     UNION SELECT conname FROM pg_constraint WHERE connamespace = 'ax'::regnamespace AND contype IN ('c', 'u', 'f') ORDER BY 1`,
  );

describe('data upgrade run: parallel split copy, deferred indexes, post-sync scripts, verification, resume after SIGKILL', () => {
  let dbs: TestDatabases<'state' | 'source' | 'target'>;
  let source: TestAgent;
  let target: AgentProcess;
  let o: TestOrchestrator;
  let systems: Record<string, string>;
  let upgradeId: string;
  let runId: string;
  let objectsBefore: string[];
  const endedBeforeKill = new Set<string>();
  const failedByKill = new Set<string>();

  before(async () => {
    dbs = await createTestDatabases(['state', 'source', 'target']);
    await Promise.all([sql(dbs.urls.source, SOURCE), sql(dbs.urls.target, TARGET)]);
    objectsBefore = (await deferred(dbs.urls.target)).map((r) => r.name);
    [source, target] = await Promise.all([startTestAgent(dbs.urls.source), spawnTestAgent(dbs.urls.target)]);
    // A short grace: copy tasks whose agent is gone fail quickly instead of riding it out.
    o = await startTestOrchestrator(dbs.urls.state, { agentGraceSeconds: 2 });
    systems = await registerSystems(o, [
      { name: 'prod', role: 'production-source', agent: source },
      { name: 'target', role: 'target', agent: target as unknown as TestAgent },
    ]);
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', PACKAGE);
    upgradeId = (
      await o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'data-upgrade',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
        threads: 4,
        rangeRows: 60000,
      })
    ).id;
    for (const step of ['readiness', 'live']) {
      const run = await o.call<{ id: string }>('POST', `/v1/upgrades/${upgradeId}/${step}/runs`, {});
      assert.equal((await waitForRun(o, run.id)).status, 'ended', `${step} run ended`);
    }
  });

  after(async () => {
    await o?.close();
    await Promise.all([source?.close(), target?.kill()]);
    await dbs?.drop();
  });

  it('refuses to launch until source and target are in single-user mode', async () => {
    const res = await fetch(`${o.url}/v1/upgrades/${upgradeId}/data-upgrade/runs`, {
      method: 'POST',
      headers: { ...o.admin, 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(res.status, 409);
    assert.match(
      ((await res.json()) as { detail: string }).detail,
      /single-user mode; not yet: prod \(production-source\), target \(target\)/,
    );
  });

  it('launches one DAG: source scripts first only for the tables they write, copies split and parallel', async () => {
    for (const id of [systems.prod, systems.target]) await o.call('POST', `/v1/systems/${id}/single-user`, { force: true });
    const run = await o.call<{ id: string; threads: number }>('POST', `/v1/upgrades/${upgradeId}/data-upgrade/runs`, {
      threads: 4,
      ...SKIP_CHECKLIST,
    });
    runId = run.id;
    assert.equal(run.threads, 4);
    const tasks = await runTasks(o, runId);
    const byKey = new Map(tasks.map((t) => [t.key, t]));
    const copies = tasks.filter((t) => t.key.startsWith('copy:ax.inventtrans:'));
    assert.ok(copies.length >= 8, `inventtrans is split into ranges: ${copies.length}`);
    for (const c of copies)
      assert.deepEqual(c.dependsOn, ['fix-inventtrans', 'prepare:ax.inventtrans'], 'the large table waits for the script writing it');
    assert.deepEqual(byKey.get('copy:ax.small_1:0001')!.dependsOn, ['prepare:ax.small_1'], 'a table no script writes starts at once');
    assert.deepEqual(
      byKey.get('copy:ax.party:0001')!.dependsOn,
      ['party-delta', 'prepare:ax.party'],
      'the shadow table waits for the final delta',
    );
    assert.deepEqual(
      byKey.get('inventsum')!.dependsOn,
      ['finish:ax.inventtrans', 'verify:ax.inventtrans'],
      'post-sync waits only for the tables it reads',
    );
    assert.ok(byKey.has('verify-single-user'), 'the run ends with the single-user guard');
  });

  it('the destination agent is killed mid-copy: the copies in flight fail, the ended ones stay ended', async () => {
    // Wait until some inventtrans ranges ended while others are still copying.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const progress = await o.call<{ tables: { table: TableRef; rangesDone: number; ranges: number; phase: string; rowsDone: number }[] }>(
        'GET',
        `/v1/upgrades/${upgradeId}/data-upgrade/runs/${runId}/progress`,
      );
      const inv = progress.tables.find((t) => t.table.name === 'inventtrans')!;
      if (inv.rangesDone >= 2 && inv.rangesDone <= inv.ranges - 3) {
        assert.equal(inv.phase, 'copying');
        break;
      }
      assert.ok(inv.rangesDone <= inv.ranges - 3, 'the copy finished before the kill could happen: make the table larger');
      assert.ok(Date.now() < deadline, 'the copy never got going');
      await new Promise((r) => setTimeout(r, 20));
    }
    await target.kill();
    for (const t of await runTasks(o, runId)) if (t.key.startsWith('copy:') && t.status === 'ended') endedBeforeKill.add(t.key);
    const stopped = await waitForRun(o, runId, ['error']);
    assert.equal(stopped.status, 'error');
    for (const t of await runTasks(o, runId)) if (t.status === 'error') failedByKill.add(t.key);
    assert.ok(
      [...failedByKill].some((k) => k.startsWith('copy:ax.inventtrans:')),
      `copies in flight failed: ${[...failedByKill].join(', ')}`,
    );
    const errors = (await runTasks(o, runId)).filter((t) => t.status === 'error').map((t) => t.error ?? '');
    assert.ok(
      errors.every((e) => /unreachable/.test(e)),
      `failures name the unreachable agent: ${errors[0]}`,
    );
  });

  it('relaunching refuses and points to rerun-failed; the agent restarts and rerun-failed finishes the run', async () => {
    const res = await fetch(`${o.url}/v1/upgrades/${upgradeId}/data-upgrade/runs`, {
      method: 'POST',
      headers: { ...o.admin, 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as { detail: string }).detail, /rerun-failed recopies only the ranges that did not end/);
    target = await target.restart();
    await o.call('POST', `/v1/runs/${runId}/rerun-failed`);
    const run = await waitForRun(o, runId, ['ended', 'error'], 180_000);
    const failed = (await runTasks(o, runId)).filter((t) => t.status !== 'ended');
    assert.equal(run.status, 'ended', `still failing: ${failed.map((t) => `${t.key}: ${t.error}`).join('; ')}`);
    const tasks = new Map((await runTasks(o, runId)).map((t) => [t.key, t]));
    assert.ok(endedBeforeKill.size >= 2);
    for (const key of endedBeforeKill) assert.equal(tasks.get(key)!.attempt, 1, `${key} ended before the kill and was not copied again`);
    for (const key of failedByKill) assert.equal(tasks.get(key)!.attempt, 2, `${key} was rerun once`);
    const reran = [...tasks.values()].filter((t) => t.attempt > 1).map((t) => t.key);
    assert.deepEqual(reran.sort(), [...failedByKill].sort(), 'only the tasks that did not end ran again');
  });

  it('every table is exact on the target (independent digest), and the report says so, as JSON and CSV', async () => {
    for (const table of COPIED) {
      const targetTable = table.name === 'party_shadow' ? { schema: 'ax', name: 'party' } : table;
      const [s, t] = await Promise.all([digest(dbs.urls.source, table), digest(dbs.urls.target, targetTable)]);
      if (targetTable.name === 'party') {
        // party-names (post-sync) changed every name afterwards: compare what it did.
        const [{ n }] = await sql<{ n: number }>(
          dbs.urls.target,
          `SELECT count(*)::int AS n FROM ax.party WHERE name NOT LIKE '% (migrated)'`,
        );
        assert.equal(n, 0);
        assert.equal(t.rows, s.rows);
        continue;
      }
      assert.deepEqual(t, s, `${formatTableRef(table)}: same rows and content`);
    }
    const [{ fixed }] = await sql<{ fixed: number }>(
      dbs.urls.target,
      `SELECT count(*)::int AS fixed FROM ax.inventtrans WHERE note = 'fixed'`,
    );
    assert.equal(fixed, 60540, 'the copy saw the single-user script’s writes');
    const report = await o.call<{
      tables: { table: TableRef; sourceRows: number; targetRows: number; checksumMatch: boolean; rowsPerSecond: number }[];
    }>('GET', `/v1/upgrades/${upgradeId}/data-upgrade/runs/${runId}/report`);
    assert.equal(report.tables.length, COPIED.length);
    for (const t of report.tables) {
      assert.equal(t.checksumMatch, true, `${formatTableRef(t.table)} verified`);
      assert.equal(t.targetRows, t.sourceRows);
      assert.ok(t.rowsPerSecond > 0);
    }
    assert.equal(report.tables.find((t) => t.table.name === 'inventtrans')!.sourceRows, 600000);
    const csv = await fetch(`${o.url}/v1/upgrades/${upgradeId}/data-upgrade/runs/${runId}/report?format=csv`, { headers: o.admin });
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    assert.equal(lines[0].split(',')[0], 'sourceTable');
    assert.equal(lines.length, COPIED.length + 1);
    assert.ok(lines.some((l) => l.startsWith('ax.inventtrans,ax.inventtrans,done,600000,600000,true,')));
  });

  it('secondary indexes and constraints exist again; post-sync scripts ran after their tables, and only those', async () => {
    assert.deepEqual(
      (await deferred(dbs.urls.target)).map((r) => r.name),
      objectsBefore,
    );
    const tasks = new Map((await runTasks(o, runId)).map((t) => [t.key, t] as [string, TaskView]));
    const at = (key: string, field: 'startedAt' | 'finishedAt') => Date.parse(tasks.get(key)![field]!);
    for (const [post, table] of [
      ['inventsum', 'ax.inventtrans'],
      ['party-names', 'ax.party'],
    ]) {
      for (const dep of [`verify:${table}`, `finish:${table}`])
        assert.ok(at(post, 'startedAt') >= at(dep, 'finishedAt'), `${post} started after ${dep} ended`);
    }
    for (const key of tasks.keys())
      if (key.startsWith('copy:ax.inventtrans:'))
        assert.ok(at(key, 'startedAt') >= at('fix-inventtrans', 'finishedAt'), `${key} after fix-inventtrans`);
    const [sums] = await Promise.all([
      sql<{ ok: boolean }>(
        dbs.urls.target,
        `SELECT bool_and(s.qty = t.total) AS ok FROM ax.inventsum s JOIN (SELECT itemid, sum(qty) AS total FROM ax.inventtrans GROUP BY itemid) t USING (itemid)`,
      ),
    ]);
    assert.equal(sums[0].ok, true, 'inventsum was computed from the complete table');
  });
});
