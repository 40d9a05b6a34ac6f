import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { engineTest, testEngines, tsqlSeries, type ByEngine } from '../support/engines';
import { runTasks, SKIP_CHECKLIST, upgradeFixture, waitForRun } from '@cutover/testing/services';

const TABLE: ByEngine<string> = {
  postgres: `CREATE SCHEMA ax; CREATE TABLE ax.items (id bigint PRIMARY KEY, v text NOT NULL);`,
  mssql: `CREATE SCHEMA ax\nGO\nCREATE TABLE ax.items (id bigint PRIMARY KEY, v nvarchar(100) NOT NULL);`,
};
const SOURCE: ByEngine<string> = {
  postgres: `${TABLE.postgres} INSERT INTO ax.items SELECT g, 'v' || g FROM generate_series(1, 90000) g; ANALYZE;`,
  mssql: `${TABLE.mssql}\nGO\nINSERT INTO ax.items SELECT g, CONCAT(N'v', g) FROM ${tsqlSeries(90000)}; UPDATE STATISTICS ax.items;`,
};
const TARGET: ByEngine<string> = {
  postgres: `${TABLE.postgres} CREATE INDEX items_v ON ax.items (v);`,
  mssql: `${TABLE.mssql}\nGO\nCREATE INDEX items_v ON ax.items (v);`,
};
const items = { schema: 'ax', name: 'items' };

for (const engine of testEngines())
  describe(`data upgrade verification: a range that differs is copied again, alone, and checked again [${engine.kind}]`, () => {
    const suite = engineTest(engine);
    const { it } = suite;
    const fx = upgradeFixture(
      {
        engine,
        sql: { source: engine.pick(SOURCE), target: engine.pick(TARGET) },
        package: { name: 'verify', version: '1', scripts: [], copyRules: { include: [{ schema: 'ax', name: '*' }] } },
        upgrade: { rangeRows: 30000 },
        singleUser: true,
      },
      suite,
    );

    it('a target range changed behind the copy is found, copied again and verified; the others are left alone', async () => {
      const { o, dbs, upgradeId } = fx;
      // Held at creation, so the verification can be paused before anything runs. Launched twice at
      // once (a double click): exactly one run starts, the other launch is refused.
      const launches = await Promise.all(
        [1, 2].map(() =>
          o.api.POST('/v1/upgrades/{id}/data-upgrade/runs', {
            params: { path: { id: upgradeId } },
            body: { threads: 2, hold: true, ...SKIP_CHECKLIST },
          }),
        ),
      );
      assert.deepEqual(launches.map((r) => r.response.status).sort(), [201, 409]);
      const refused = launches.find((r) => r.response.status === 409)!.error as { detail: string };
      assert.match(refused.detail, /is still running/);
      const run = launches.find((r) => r.response.status === 201)!.data!;
      assert.equal(run.hold, true);
      const verify = (await runTasks(o, run.id)).find((t) => t.key === 'verify:ax.items')!;
      await o.call('POST', `/v1/runs/${run.id}/tasks/${verify.id}/pause`, undefined, { expect: 204 });
      await o.call('POST', `/v1/runs/${run.id}/release`);
      for (let deadline = Date.now() + 60_000; ;) {
        const tasks = await runTasks(o, run.id);
        if (tasks.filter((t) => t.key.startsWith('copy:') || t.key.startsWith('finish:')).every((t) => t.status === 'ended')) break;
        assert.ok(Date.now() < deadline, 'the copies did not end');
        await new Promise((r) => setTimeout(r, 50));
      }
      // Something goes wrong on the target behind the copy: one row lost in range 1, one changed in range 2.
      await engine.sql(dbs.urls.target, `DELETE FROM ax.items WHERE id = 10; UPDATE ax.items SET v = 'corrupt' WHERE id = 45000`);
      assert.notDeepEqual(await engine.digest(dbs.urls.target, items), await engine.digest(dbs.urls.source, items));
      await o.call('POST', `/v1/runs/${run.id}/tasks/${verify.id}/resume`, undefined, { expect: 204 });
      const done = await waitForRun(o, run.id);
      assert.equal(done.status, 'ended');
      const result = await o.call<{ attempt: number; result: { verifyTable: { match: boolean; recopied: string[]; targetRows: number } } }>(
        'GET',
        `/v1/runs/${run.id}/tasks/${verify.id}`,
      );
      assert.equal(result.attempt, 1);
      assert.deepEqual(
        result.result.verifyTable.recopied,
        ['copy:ax.items:0001', 'copy:ax.items:0002'],
        'only the two ranges that differed',
      );
      assert.equal(result.result.verifyTable.match, true);
      assert.equal(result.result.verifyTable.targetRows, 90000);
      assert.deepEqual(await engine.digest(dbs.urls.target, items), await engine.digest(dbs.urls.source, items));
      const copies = (await runTasks(o, run.id)).filter((t) => t.key.startsWith('copy:'));
      assert.ok(
        copies.every((t) => t.attempt === 1),
        'the copy tasks themselves ran once',
      );
      const report = await o.call<{ tables: { checksumMatch: boolean }[] }>(
        'GET',
        `/v1/upgrades/${upgradeId}/data-upgrade/runs/${run.id}/report`,
      );
      assert.equal(report.tables[0].checksumMatch, true);
    });
  });
