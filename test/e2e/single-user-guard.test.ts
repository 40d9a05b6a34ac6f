import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  runTasks,
  SKIP_CHECKLIST,
  startTestOrchestrator,
  waitForRun,
  type TestOrchestrator,
  type TestAgent,
} from '@cutover/testing/services';
import { engineTest, testEngines, tsqlSeries, type ByEngine } from '../support/engines';

const TABLES: ByEngine<string> = {
  postgres: `CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, qty int NOT NULL);
  CREATE TABLE ax.custtable (recid bigint PRIMARY KEY, name text NOT NULL);`,
  mssql: `CREATE SCHEMA ax
GO
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, qty int NOT NULL);
  CREATE TABLE ax.custtable (recid bigint PRIMARY KEY, name nvarchar(60) NOT NULL);
GO
`,
};
const ROWS: ByEngine<string> = {
  postgres: `INSERT INTO ax.inventtrans SELECT g, g FROM generate_series(1, 5000) g;
       INSERT INTO ax.custtable SELECT g, 'c' || g FROM generate_series(1, 100) g;`,
  mssql: `INSERT INTO ax.inventtrans SELECT g, g FROM ${tsqlSeries(5000)};
       INSERT INTO ax.custtable SELECT g, CONCAT(N'c', g) FROM ${tsqlSeries(100)};`,
};
/** The write guard's triggers left on a database (PostgreSQL: cutover_write_guard; SQL Server: cutover_guard_<object id>). */
const GUARD_TRIGGERS: ByEngine<string> = {
  postgres: `SELECT tgname FROM pg_trigger WHERE tgname = 'cutover_write_guard'`,
  mssql: `SELECT name FROM sys.triggers WHERE name LIKE N'cutover[_]guard[_]%'`,
};

/**
 * The write guard of single-user mode covers every table, not only the ones delta scripts read:
 * a write by another login (a superuser, whom CONNECT does not stop) to a copy-set table on the
 * source after entry, or to the target during the data upgrade, fails the data upgrade's guards,
 * each naming the table, the login and the rows.
 */
for (const engine of testEngines())
  describe(`single-user write guard: every table of source and target [${engine.kind}]`, () => {
    const { it, before, after } = engineTest(engine);
    const sql = engine.sql;
    let dbs: TestDatabases<'state' | 'source' | 'target'>;
    let agents: TestAgent[];
    let o: TestOrchestrator;
    let systems: Record<string, string>;
    const dba = `dba_${Math.random().toString(36).slice(2, 8)}`;
    let login: Awaited<ReturnType<typeof engine.superLogin>> | undefined;
    const as = (url: string) => login!.as(url);

    before(async () => {
      dbs = await engine.databases(['source', 'target']);
      await sql(dbs.urls.source, engine.pick(TABLES) + engine.pick(ROWS));
      await sql(dbs.urls.target, engine.pick(TABLES));
      login = await engine.superLogin(dba);
      agents = await Promise.all([engine.startAgent(dbs.urls.source), engine.startAgent(dbs.urls.target)]);
      o = await startTestOrchestrator(dbs.urls.state);
    });

    after(async () => {
      await o?.close();
      await Promise.all((agents ?? []).map((a) => a.close()));
      await dbs?.drop();
      await login?.drop();
    });

    it('a foreign write to a copy-set table no delta script reads, on either side, fails the data upgrade naming table and login', async () => {
      systems = await registerSystems(o, [
        { name: 'prod', role: 'production-source', agent: agents[0] },
        { name: 'target', role: 'target', agent: agents[1] },
      ]);
      const pkg = await o.call<{ id: string }>('POST', '/v1/packages', {
        name: 'guard',
        version: '1',
        scripts: [],
        copyRules: { include: [{ schema: 'ax', name: '*' }] },
      });
      const upgrade = await o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'guard',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
      });
      for (const id of Object.values(systems)) {
        const entered = await o.call<{ mode: string }>('POST', `/v1/systems/${id}/single-user`, { force: true });
        assert.equal(entered.mode, 'single-user');
      }
      // Both writes get in before the watchdog ends the superuser's session (the writer retries).
      await engine.writeBeforeCutOff(as(dbs.urls.source), 'UPDATE ax.inventtrans SET qty = -qty WHERE recid <= 2');
      const seen = await o.call<{ changes: unknown[]; guardedTables: number }>('GET', `/v1/systems/${systems.prod}/single-user/violations`);
      assert.equal(seen.guardedTables, 2, 'every table of the source is guarded');
      assert.equal(seen.changes.length, 1);
      // Launched held, so the target's write lands during the data upgrade, before any copy.
      const run = await o.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/data-upgrade/runs`, { hold: true, ...SKIP_CHECKLIST });
      await engine.writeBeforeCutOff(as(dbs.urls.target), `INSERT INTO ax.custtable VALUES (900001, 'planted')`);
      await o.call('POST', `/v1/runs/${run.id}/release`);
      const done = await waitForRun(o, run.id);
      assert.equal(done.status, 'error');
      const tasks = await runTasks(o, run.id);
      const source = tasks.find((t) => t.key === 'verify-single-user')!;
      const target = tasks.find((t) => t.key === 'verify-single-user-target')!;
      assert.equal(source.status, 'error');
      assert.match(source.error!, new RegExp(`ax\\.inventtrans: 2 row\\(s\\) changed by ${dba}`));
      assert.doesNotMatch(source.error!, /custtable/, 'the agent’s own work on the source is no violation');
      assert.equal(target.status, 'error');
      assert.match(target.error!, new RegExp(`ax\\.custtable: 1 row\\(s\\) changed by ${dba}`));
      assert.doesNotMatch(target.error!, /inventtrans/, 'the target agent’s copies are no violation');
      assert.ok(
        tasks.filter((t) => t.key.startsWith('copy:')).every((t) => t.status === 'ended'),
        'the copies themselves ran',
      );
    });

    it('leaving single-user mode removes the guard from every table', async () => {
      for (const id of Object.values(systems)) await o.call('POST', `/v1/systems/${id}/single-user/exit`, {});
      for (const url of [dbs.urls.source, dbs.urls.target]) {
        assert.deepEqual(await sql(url, engine.pick(GUARD_TRIGGERS)), []);
      }
      await sql(as(dbs.urls.source), 'UPDATE ax.inventtrans SET qty = 0 WHERE recid = 3');
    });
  });
