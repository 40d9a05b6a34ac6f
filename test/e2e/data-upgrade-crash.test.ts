import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe } from 'node:test';
import type { TestDatabases } from '@cutover/testing';
import { engineTest, testEngines, tsqlSeries, type ByEngine } from '../support/engines';
import { registerSystems, runTasks, SKIP_CHECKLIST, spawnOrchestrator, waitForRun, type TestAgent } from '@cutover/testing/services';

const TABLES: ByEngine<string> = {
  postgres: `CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL, note text);
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);`,
  mssql: `CREATE SCHEMA ax
GO
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid nvarchar(20) NOT NULL, qty numeric(32,16) NOT NULL, note nvarchar(40));
  CREATE TABLE ax.custtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL);
GO`,
};
const SOURCE: ByEngine<string> = {
  postgres: `${TABLES.postgres}
  INSERT INTO ax.inventtrans SELECT g * 7, 'I' || (g % 97), g / 8.0, 'n' || g FROM generate_series(1, 600000) g;
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g FROM generate_series(1, 2000) g;
  ANALYZE;`,
  mssql: `${TABLES.mssql}
  INSERT INTO ax.inventtrans SELECT g * 7, CONCAT(N'I', g % 97), CONVERT(numeric(32,16), g / 8.0), CONCAT(N'n', g) FROM ${tsqlSeries(600000)};
  INSERT INTO ax.custtable SELECT CONCAT(N'C', g), CONCAT(N'customer ', g) FROM ${tsqlSeries(2000)};
  EXEC sp_updatestats;`,
};
const TARGET: ByEngine<string> = {
  postgres: `${TABLES.postgres}
  CREATE INDEX inventtrans_item ON ax.inventtrans (itemid);
  ALTER TABLE ax.inventtrans ADD CONSTRAINT inventtrans_qty CHECK (qty >= 0);`,
  mssql: `${TABLES.mssql}
  CREATE INDEX inventtrans_item ON ax.inventtrans (itemid);
  ALTER TABLE ax.inventtrans ADD CONSTRAINT inventtrans_qty CHECK (qty >= 0);`,
};

for (const engine of testEngines())
  describe(`data upgrade: the orchestrator killed (SIGKILL) mid-copy and restarted [${engine.kind}]`, () => {
    const { it, before, after } = engineTest(engine);
    let dbs: TestDatabases<'state' | 'source' | 'target'>;
    let source: TestAgent;
    let target: TestAgent;
    const children: ChildProcess[] = [];

    before(async () => {
      dbs = await engine.databases(['source', 'target']);
      await Promise.all([engine.sql(dbs.urls.source, engine.pick(SOURCE)), engine.sql(dbs.urls.target, engine.pick(TARGET))]);
      [source, target] = await Promise.all([engine.startAgent(dbs.urls.source), engine.startAgent(dbs.urls.target)]);
    });

    after(async () => {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
      await Promise.all([source?.close(), target?.close()]);
      await dbs?.drop();
    });

    it('the restarted orchestrator follows the copies in flight: no range copied twice, exact result', async () => {
      const secret = randomBytes(24).toString('hex');
      const adminKey = randomBytes(24).toString('hex');
      const first = await spawnOrchestrator(dbs.urls.state, secret, adminKey);
      children.push(first.child);
      const systems = await registerSystems(first.client, [
        { name: 'prod', role: 'production-source', agent: source },
        { name: 'target', role: 'target', agent: target },
      ]);
      const pkg = await first.client.call<{ id: string }>('POST', '/v1/packages', {
        name: 'crash',
        version: '1',
        scripts: [],
        copyRules: { include: [{ schema: 'ax', name: '*' }] },
      });
      const upgrade = await first.client.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'crash',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
        rangeRows: 50000,
      });
      for (const id of Object.values(systems)) await first.client.call('POST', `/v1/systems/${id}/single-user`, { force: true });
      const run = await first.client.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/data-upgrade/runs`, {
        threads: 4,
        ...SKIP_CHECKLIST,
      });
      for (;;) {
        const tasks = await runTasks(first.client, run.id);
        const copies = tasks.filter((t) => t.key.startsWith('copy:ax.inventtrans:'));
        const ended = copies.filter((t) => t.status === 'ended').length;
        if (ended >= 2 && copies.some((t) => t.status === 'executing')) break;
        assert.ok(ended < copies.length - 2, 'the copy ended before the kill: make the table larger');
        await new Promise((r) => setTimeout(r, 20));
      }
      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));
      const second = await spawnOrchestrator(dbs.urls.state, secret, adminKey);
      children.push(second.child);
      const done = await waitForRun(second.client, run.id, ['ended', 'error'], 180_000);
      const tasks = await runTasks(second.client, run.id);
      assert.equal(
        done.status,
        'ended',
        tasks
          .filter((t) => t.error)
          .map((t) => `${t.key}: ${t.error}`)
          .join('; '),
      );
      assert.ok(
        tasks.every((t) => t.attempt === 1),
        'every task ended on its first attempt: the copies in flight were followed, not started again',
      );
      const results = await Promise.all(
        tasks
          .filter((t) => t.key.startsWith('copy:'))
          .map((t) => second.client.call<{ result: { copyRange: { deletedFirst: number } } }>('GET', `/v1/runs/${run.id}/tasks/${t.id}`)),
      );
      assert.ok(results.length >= 12);
      for (const r of results) assert.equal(r.result.copyRange.deletedFirst, 0, 'no range was copied into twice');
      for (const table of [
        { schema: 'ax', name: 'inventtrans' },
        { schema: 'ax', name: 'custtable' },
      ]) {
        assert.deepEqual(await engine.digest(dbs.urls.target, table), await engine.digest(dbs.urls.source, table), `${table.name} exact`);
      }
      assert.deepEqual(
        await engine.secondaryObjects(dbs.urls.target, 'ax'),
        ['inventtrans_item', 'inventtrans_qty'],
        'index and check constraint recreated',
      );
      second.child.kill('SIGTERM');
    });
  });
