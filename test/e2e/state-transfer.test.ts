import type { TableRef } from '@cutover/contracts';
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  runTasks,
  startTestOrchestrator,
  waitForRun,
  type RunView,
  type TestOrchestrator,
  type TestAgent,
} from '@cutover/testing/services';
import { engineTest, testEngines } from '../support/engines';
/** Fixtures per engine: schemas, data, package, reference queries, business writes. */
import * as st from '../support/state-transfer-fixtures';

for (const engine of testEngines())
  describe(`state transfer: preprocess a restored test system, move its state to production, delta on production [${engine.kind}]`, () => {
    const { it, before, after } = engineTest(engine);
    const { sql, digest, pick } = engine;
    let dbs: TestDatabases<'state' | 'prod' | 'test' | 'target' | 'direct'>;
    let agents: TestAgent[];
    let o: TestOrchestrator;
    let upgradeId: string;
    /** The reference: the same package run directly (live, then delta) on a twin of production. */
    let directUpgradeId: string;
    let runId: string;
    const base = () => `/v1/upgrades/${upgradeId}`;
    const run = async (path: string, body: unknown = {}) => waitForRun(o, (await o.call<RunView>('POST', `${base()}/${path}`, body)).id);
    const businessDigests = () => Promise.all(st.BUSINESS_TABLES.map((t) => digest(dbs.urls.prod, t)));

    before(async () => {
      dbs = await engine.databases(['prod', 'test', 'target', 'direct']);
      await Promise.all([sql(dbs.urls.prod, pick(st.PROD_SCHEMA) + pick(st.PROD_DATA)), sql(dbs.urls.target, pick(st.TARGET_SCHEMA))]);
      agents = await Promise.all([dbs.urls.prod, dbs.urls.test, dbs.urls.target, dbs.urls.direct].map((url) => engine.startAgent(url)));
      o = await startTestOrchestrator(dbs.urls.state);
      const systems = await registerSystems(o, [
        { name: 'prod', role: 'production-source', agent: agents[0] },
        { name: 'test', role: 'test-source', agent: agents[1] },
        { name: 'target', role: 'target', agent: agents[2] },
        { name: 'direct', role: 'production-source', agent: agents[3] },
      ]);
      const pkg = await o.call<{ id: string }>('POST', '/v1/packages', st.PACKAGE);
      upgradeId = (
        await o.call<{ id: string }>('POST', '/v1/upgrades', {
          name: 'state-transfer',
          sourceSystemId: systems.prod,
          targetSystemId: systems.target,
          testSystemId: systems.test,
          packageId: pkg.id,
          threads: 3,
          rangeRows: 1000,
        })
      ).id;
      directUpgradeId = (
        await o.call<{ id: string }>('POST', '/v1/upgrades', {
          name: 'direct-reference',
          sourceSystemId: systems.direct,
          targetSystemId: systems.target,
          packageId: pkg.id,
        })
      ).id;
    });

    after(async () => {
      await o?.close();
      await Promise.all((agents ?? []).map((a) => a.close()));
      await dbs?.drop();
    });

    it('the backup point needs change tracking on production; recorded after the readiness check', async () => {
      const refused = await o.call<{ detail: string }>('POST', `${base()}/state-transfer/backup-point`, {}, { expect: 409 });
      assert.match(refused.detail, /change tracking is not enabled on production prod: run the readiness check on production first/);
      assert.equal((await run('readiness/runs')).status, 'ended');
      const status = await o.call<st.Status>('POST', `${base()}/state-transfer/backup-point`, {});
      assert.match(status.backupPoint!.watermark, /^\d+:\d+:/);
      assert.deepEqual(status.next, ['preprocess-test-system', 'start-state-transfer']);
    });

    it('production is restored into the test system and preprocessed there while production keeps working', async () => {
      // Committed after the backup point but before the backup: in the test copy and in the next delta (processed twice, harmlessly).
      await sql(dbs.urls.prod, `UPDATE ax.custtable SET name = 'early rename' WHERE accountnum = 'C10'`);
      await st.restoreProduction(engine, dbs.urls.prod, dbs.urls.test);
      // The reference twin starts from the same data and is preprocessed directly, as production would be without the transfer.
      await st.restoreProduction(engine, dbs.urls.prod, dbs.urls.direct);
      for (const step of ['readiness', 'live'])
        assert.equal(
          (await waitForRun(o, (await o.call<RunView>('POST', `/v1/upgrades/${directUpgradeId}/${step}/runs`, {})).id)).status,
          'ended',
        );
      assert.equal((await run('readiness/runs', { system: 'test' })).status, 'ended');
      assert.equal((await run('live/runs', { system: 'test' })).status, 'ended');
      const onTest = await o.call<{ scripts: { scriptKey: string }[] }>('GET', `${base()}/preprocessing?system=test`);
      assert.equal(onTest.scripts.length, 5);
      const onProd = await o.call<{ scripts: unknown[] }>('GET', `${base()}/preprocessing`);
      assert.deepEqual(onProd.scripts, [], 'production ran nothing');
      const checklist = await o.call<{ key: string; status: string }[]>('GET', `${base()}/checklist`);
      assert.equal(
        checklist.find((t) => t.key === 'run-live-preprocessing')!.status,
        'open',
        'test runs do not complete production’s checklist',
      );
      const [{ n }] = await sql<{ n: number | string }>(dbs.urls.prod, st.SHADOW_ON_PROD);
      assert.equal(Number(n), 0, 'production carries no preprocessing');
      await Promise.all([sql(dbs.urls.prod, pick(st.WRITES)), sql(dbs.urls.direct, pick(st.WRITES))]);
    });

    it('a dry run discovers the tables from the package with their sizes, leaving out the change log and the sequence table', async () => {
      const dry = await o.call<{
        problems: string[];
        run: null;
        tables: { table: TableRef; reason: string; rows: number; existsOnProduction: boolean; ranges: number; writtenBy: string[] }[];
        excluded: { table: TableRef; reason: string }[];
      }>('POST', `${base()}/state-transfer/runs`, { dryRun: true });
      assert.deepEqual(dry.problems, []);
      assert.equal(dry.run, null);
      assert.deepEqual(
        dry.tables.map((t) => [t.table, t.reason, t.rows, t.existsOnProduction]),
        [
          [{ schema: 'ax', name: 'address_shadow' }, 'written-by-script', 2500, false],
          [{ schema: 'ax', name: 'dirparty_shadow' }, 'written-by-script', 3000, false],
          [{ schema: 'cutover', name: 'script_status' }, 'framework', 5, true],
        ],
      );
      assert.ok(dry.tables.find((t) => t.table.name === 'dirparty_shadow')!.ranges >= 3, 'split into key ranges');
      assert.deepEqual(
        dry.excluded.map((e) => e.table),
        [{ schema: 'ax', name: 'numberseq' }],
      );
      assert.ok(!dry.tables.some((t) => t.table.name === 'change_log'));
      assert.deepEqual(
        (await o.call<{ items: { kind: string }[] }>('GET', '/v1/runs')).items.filter((r) => r.kind === 'state-transfer'),
        [],
      );
    });

    it('the transfer copies test → production as tasks that can be paused and rerun; business tables stay untouched', async () => {
      const before = await businessDigests();
      const started = await o.call<{ run: { id: string; hold: boolean } }>('POST', `${base()}/state-transfer/runs`, {
        threads: 3,
        hold: true,
      });
      runId = started.run.id;
      assert.equal(started.run.hold, true);
      const tasks = await runTasks(o, runId);
      const copy = tasks.find((t) => t.key === 'copy:ax.dirparty_shadow:0002')!;
      assert.deepEqual(tasks.find((t) => t.key === 'prepare:ax.dirparty_shadow')!.dependsOn, ['ensure:ax.dirparty_shadow']);
      await o.call('POST', `/v1/runs/${runId}/tasks/${copy.id}/pause`);
      await o.call('POST', `/v1/runs/${runId}/release`);
      // Everything else goes through; the paused range holds its table's verify and finish back.
      const deadline = Date.now() + 60_000;
      for (;;) {
        const t = await runTasks(o, runId);
        if (t.filter((x) => x.status === 'ended').length === t.length - 3) break;
        assert.ok(Date.now() < deadline, `the other tasks did not end: ${JSON.stringify(t.map((x) => [x.key, x.status]))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const held = new Map((await runTasks(o, runId)).map((t) => [t.key, t.status]));
      assert.equal(held.get(copy.key), 'paused');
      assert.equal(held.get('verify:ax.dirparty_shadow'), 'waiting');
      assert.equal((await o.call<RunView>('GET', `/v1/runs/${runId}`)).status, 'running');
      // Break the source of the paused range: resumed, it fails; repaired, a rerun of that one task finishes the run.
      await sql(dbs.urls.test, pick(st.MOVE_SHADOW)('dirparty_shadow', 'dirparty_shadow_moved'));
      await o.call('POST', `/v1/runs/${runId}/tasks/${copy.id}/resume`);
      assert.equal((await waitForRun(o, runId)).status, 'error');
      const failed = (await runTasks(o, runId)).find((t) => t.key === copy.key)!;
      assert.equal(failed.status, 'error');
      assert.match(failed.error!, /dirparty_shadow/);
      await sql(dbs.urls.test, pick(st.MOVE_SHADOW)('dirparty_shadow_moved', 'dirparty_shadow'));
      await o.call('POST', `/v1/runs/${runId}/tasks/${copy.id}/rerun`);
      assert.equal((await waitForRun(o, runId)).status, 'ended');
      const rerun = (await runTasks(o, runId)).find((t) => t.key === copy.key)!;
      assert.equal(rerun.attempt, 2);
      assert.deepEqual(await businessDigests(), before, 'production’s business tables are untouched by the transfer');
      for (const table of [
        { schema: 'ax', name: 'dirparty_shadow' },
        { schema: 'ax', name: 'address_shadow' },
        { schema: 'cutover', name: 'script_status' },
      ])
        assert.deepEqual(await digest(dbs.urls.prod, table), await digest(dbs.urls.test, table), `${table} equals the test system's`);
      assert.ok(
        (await engine.secondaryObjects(dbs.urls.prod, 'ax')).includes('dirparty_shadow_name'),
        'the created shadow table got its secondary index from the test system',
      );
    });

    it('the state is carried over: live scripts count as done on production, its delta watermarks are the backup point', async () => {
      const status = await o.call<st.Status & { progress: { table: string; checksumMatch: boolean }[] }>('GET', `${base()}/state-transfer`);
      assert.equal(status.lastRun!.status, 'ended');
      assert.ok(
        status.progress.every((p) => p.checksumMatch),
        JSON.stringify(status.progress),
      );
      assert.deepEqual(
        status.carried!.scripts,
        st.PACKAGE.scripts
          .filter((s) => s.phase === 'live')
          .map((s) => s.key)
          .sort(),
      );
      assert.equal(status.carried!.watermark, status.backupPoint!.watermark);
      assert.deepEqual(status.next, ['apply-number-sequences', 'run-delta-preprocessing', 'enter-single-user-mode-source']);
      const prod = await o.call<{ scripts: { scriptKey: string }[]; watermarks: { scriptKey: string; watermark: string }[] }>(
        'GET',
        `${base()}/preprocessing`,
      );
      assert.equal(prod.scripts.length, 5);
      assert.deepEqual(
        prod.watermarks.map((w) => w.watermark),
        [status.backupPoint!.watermark, status.backupPoint!.watermark, status.backupPoint!.watermark],
      );
      const again = await o.call<{ detail: string }>('POST', `${base()}/live/runs`, {}, { expect: 409 });
      assert.match(again.detail, /already ended for this package/);
      const checklist = new Map(
        (await o.call<{ key: string; status: string }[]>('GET', `${base()}/checklist`)).map((t) => [t.key, t.status]),
      );
      assert.equal(checklist.get('state-transfer'), 'done');
      assert.equal(checklist.get('run-live-preprocessing'), 'done');
      assert.equal(checklist.get('manual:review-parties'), 'open');
      assert.equal(checklist.get('run-delta-preprocessing'), 'open');
    });

    it('number sequences per company: preview, refused when production changed since, applied as previewed and recorded', async () => {
      const preview = await o.call<st.Sequences>('GET', `${base()}/state-transfer/number-sequences`);
      // CRM_1 is kept per company and moved in opposite directions: the test system drew numbers for
      // dat, production kept drawing for ceu after the backup. CRM_2 is declared with one row.
      assert.deepEqual(
        preview.sequences.map((s) => [s.key, s.scope, s.test.next, s.production.next, s.valueToSet.next, s.inSync]),
        [
          ['CRM_1', [{ column: 'dataareaid', value: 'ceu' }], '3000', '3100', '3100', true],
          ['CRM_1', [{ column: 'dataareaid', value: 'dat' }], '4000', '1000', '4000', false],
          ['CRM_2', [], '500', '510', '510', true],
        ],
      );
      const confirm = preview.sequences.map((s) => ({
        key: s.key,
        scope: s.scope,
        productionNext: s.production.next,
        productionMax: s.production.max,
      }));
      const stale = await o.call<{ detail: string }>(
        'POST',
        `${base()}/state-transfer/number-sequences/apply`,
        { sequences: [{ ...confirm[1], productionNext: '999' }] },
        { expect: 409 },
      );
      assert.match(stale.detail, /CRM_1 \(dataareaid = dat\): production now holds next 1000/);
      const noSuchCompany = await o.call<{ detail: string }>(
        'POST',
        `${base()}/state-transfer/number-sequences/apply`,
        { sequences: [{ ...confirm[1], scope: [{ column: 'dataareaid', value: 'usmf' }] }] },
        { expect: 409 },
      );
      assert.match(noSuchCompany.detail, /CRM_1 \(dataareaid = usmf\): no such row/);
      const bad = await o.call<{ detail: string }>(
        'POST',
        `${base()}/state-transfer/number-sequences/apply`,
        { sequences: [{ ...confirm[0], key: 'CRM_9' }] },
        { expect: 400 },
      );
      assert.match(bad.detail, /declares no number sequence CRM_9/);
      const applied = await o.call<st.Sequences>('POST', `${base()}/state-transfer/number-sequences/apply`, { sequences: confirm });
      assert.deepEqual(await sql(dbs.urls.prod, pick(st.SEQUENCES)), [
        { dataareaid: 'ceu', seq: 'CRM_1', next_rec: '3100' },
        { dataareaid: 'dat', seq: 'CRM_1', next_rec: '4000' },
        { dataareaid: 'dat', seq: 'CRM_2', next_rec: '510' },
      ]);
      assert.ok(applied.sequences.every((s) => s.inSync));
      const again = await o.call<st.Sequences>('POST', `${base()}/state-transfer/number-sequences/apply`, { sequences: confirm });
      assert.deepEqual(again.applied.map((a) => [a.key, a.nextSet, a.changed]).sort(), [
        ['CRM_1', '3100', false],
        ['CRM_1', '3100', false],
        ['CRM_1', '4000', false],
        ['CRM_1', '4000', true],
        ['CRM_2', '510', false],
        ['CRM_2', '510', false],
      ]);
    });

    it('a delta on production processes exactly the changes since the backup: its shadow tables equal a direct preprocessing of its data', async () => {
      assert.notDeepEqual(
        await sql(dbs.urls.prod, st.PARTIES),
        await sql(dbs.urls.prod, pick(st.EXPECTED_PARTIES)),
        'stale before the delta',
      );
      const delta = await run('delta/runs');
      assert.equal(delta.status, 'ended');
      assert.deepEqual(await sql(dbs.urls.prod, st.PARTIES), await sql(dbs.urls.prod, pick(st.EXPECTED_PARTIES)));
      assert.deepEqual(await sql(dbs.urls.prod, st.ADDRESSES), await sql(dbs.urls.prod, pick(st.EXPECTED_ADDRESSES)));
      // And equal to a live + delta run done directly on the twin that lived through the same writes.
      const direct = await waitForRun(o, (await o.call<RunView>('POST', `/v1/upgrades/${directUpgradeId}/delta/runs`, {})).id);
      assert.equal(direct.status, 'ended');
      for (const [query, what] of [
        [st.PARTIES, 'parties'],
        [st.ADDRESSES, 'addresses'],
      ] as const)
        assert.deepEqual(await sql(dbs.urls.prod, query), await sql(dbs.urls.direct, query), `${what} equal a direct live + delta run`);
      assert.deepEqual(
        await digest(dbs.urls.prod, { schema: 'ax', name: 'dirparty_shadow' }),
        await digest(dbs.urls.direct, { schema: 'ax', name: 'dirparty_shadow' }),
        'every column, every row',
      );
      const status = await o.call<st.Status>('GET', `${base()}/state-transfer`);
      assert.deepEqual(status.next, ['enter-single-user-mode-source']);
    });
  });
