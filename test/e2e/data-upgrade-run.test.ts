import { formatTableRef, type TableRef } from '@cutover/contracts';
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { TestDatabases } from '@cutover/testing';
import {
  closeSteps,
  registerSystems,
  runTasks,
  SKIP_CHECKLIST,
  startTestOrchestrator,
  waitForRun,
  type TaskView,
  type TestOrchestrator,
  type AgentProcess,
  type TestAgent,
} from '@cutover/testing/services';
import { engineTest, testEngines } from '../support/engines';
import { count, COPIED, PACKAGE, SOURCE, TARGET } from '../support/data-upgrade-fixtures';

for (const engine of testEngines())
  describe(`data upgrade run: parallel split copy, deferred indexes, post-sync scripts, verification, resume after SIGKILL [${engine.kind}]`, () => {
    const { it, before, after } = engineTest(engine);
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
      dbs = await engine.databases(['source', 'target']);
      await Promise.all([engine.sql(dbs.urls.source, engine.pick(SOURCE)), engine.sql(dbs.urls.target, engine.pick(TARGET))]);
      objectsBefore = await engine.secondaryObjects(dbs.urls.target, 'ax');
      [source, target] = await Promise.all([engine.startAgent(dbs.urls.source), engine.spawnAgent(dbs.urls.target)]);
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

    after(() =>
      closeSteps([
        ['the orchestrator', o?.close],
        ['the source agent', source?.close],
        ['the target agent', target?.kill],
        ['the databases', dbs?.drop],
      ]),
    );

    it('refuses to launch until source and target are in single-user mode', async () => {
      const { response, error } = await o.api.POST('/v1/upgrades/{id}/data-upgrade/runs', {
        params: { path: { id: upgradeId } },
        body: {},
      });
      assert.equal(response.status, 409);
      assert.match((error as { detail: string }).detail, /single-user mode; not yet: prod \(production-source\), target \(target\)/);
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
        const progress = await o.call<{
          tables: { table: TableRef; rangesDone: number; ranges: number; phase: string; rowsDone: number }[];
        }>('GET', `/v1/upgrades/${upgradeId}/data-upgrade/runs/${runId}/progress`);
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
      const { response, error } = await o.api.POST('/v1/upgrades/{id}/data-upgrade/runs', {
        params: { path: { id: upgradeId } },
        body: {},
      });
      assert.equal(response.status, 409);
      assert.match((error as { detail: string }).detail, /rerun-failed recopies only the ranges that did not end/);
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
        const [s, t] = await Promise.all([engine.digest(dbs.urls.source, table), engine.digest(dbs.urls.target, targetTable)]);
        if (targetTable.name === 'party') {
          // party-names (post-sync) changed every name afterwards: compare what it did.
          assert.equal(await count(engine, dbs.urls.target, `SELECT count(*) AS n FROM ax.party WHERE name NOT LIKE '% (migrated)'`), 0);
          assert.equal(t.rows, s.rows);
          continue;
        }
        assert.deepEqual(t, s, `${formatTableRef(table)}: same rows and content`);
      }
      const fixed = await count(engine, dbs.urls.target, `SELECT count(*) AS n FROM ax.inventtrans WHERE note = 'fixed'`);
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
      const csv = await o.api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/report', {
        params: { path: { id: upgradeId, runId }, query: { format: 'csv' } },
        parseAs: 'text',
      });
      assert.match(csv.response.headers.get('content-type') ?? '', /text\/csv/);
      const lines = String(csv.data).trim().split('\r\n');
      assert.equal(lines[0].split(',')[0], 'sourceTable');
      assert.equal(lines.length, COPIED.length + 1);
      assert.ok(lines.some((l) => l.startsWith('ax.inventtrans,ax.inventtrans,done,600000,600000,true,')));
    });

    it('secondary indexes and constraints exist again; post-sync scripts ran after their tables, and only those', async () => {
      assert.deepEqual(await engine.secondaryObjects(dbs.urls.target, 'ax'), objectsBefore);
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
      const wrong = await count(
        engine,
        dbs.urls.target,
        `SELECT count(*) AS n FROM ax.inventsum s JOIN (SELECT itemid, sum(qty) AS total FROM ax.inventtrans GROUP BY itemid) t
         ON t.itemid = s.itemid WHERE s.qty <> t.total`,
      );
      assert.equal(wrong, 0, 'inventsum was computed from the complete table');
      assert.equal(await count(engine, dbs.urls.target, `SELECT count(*) AS n FROM ax.inventsum`), 97, 'one sum per item');
    });
  });
