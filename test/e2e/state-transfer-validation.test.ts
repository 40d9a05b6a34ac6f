import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  startTestOrchestrator,
  waitForRun,
  type RunView,
  type TestOrchestrator,
  type TestAgent,
} from '@cutover/testing/services';
import { engineTest, testEngines, type ByEngine } from '../support/engines';
import { PACKAGE, PROD_DATA, PROD_SCHEMA, restoreProduction, TARGET_SCHEMA } from '../support/state-transfer-fixtures';

interface Refusal {
  detail: string;
  problems: string[];
}

/** Production's metadata changes after the backup; the test system records a status row of another package version. */
const DRIFT: ByEngine<{ addColumn: string; foreignStatus: string }> = {
  postgres: {
    addColumn: 'ALTER TABLE ax.vendtable ADD COLUMN rating int',
    foreignStatus: `INSERT INTO cutover.script_status VALUES ('parties-from-vendors', repeat('ab', 32), 'live', now(), 'ended', NULL)`,
  },
  mssql: {
    addColumn: 'ALTER TABLE ax.vendtable ADD rating int',
    foreignStatus: `INSERT INTO cutover.script_status VALUES (N'parties-from-vendors', REPLICATE('ab', 32), N'live', SYSUTCDATETIME(), N'ended', NULL)`,
  },
};

for (const engine of testEngines())
  describe(`state transfer validation: every failed condition at once, nothing started [${engine.kind}]`, () => {
    const { it, before, after } = engineTest(engine);
    const sql = engine.sql;
    let dbs: TestDatabases<'state' | 'prod' | 'test' | 'target'>;
    let agents: TestAgent[];
    let o: TestOrchestrator;
    let systems: Record<string, string>;
    let packageId: string;
    let upgradeId: string;
    const base = () => `/v1/upgrades/${upgradeId}`;
    const run = async (path: string, body: unknown = {}) => waitForRun(o, (await o.call<RunView>('POST', `${base()}/${path}`, body)).id);
    const refused = () => o.call<Refusal>('POST', `${base()}/state-transfer/runs`, {}, { expect: 409 });

    before(async () => {
      dbs = await engine.databases(['prod', 'test', 'target']);
      await Promise.all([
        sql(dbs.urls.prod, engine.pick(PROD_SCHEMA) + engine.pick(PROD_DATA)),
        sql(dbs.urls.target, engine.pick(TARGET_SCHEMA)),
      ]);
      agents = await Promise.all([dbs.urls.prod, dbs.urls.test, dbs.urls.target].map((url) => engine.startAgent(url)));
      o = await startTestOrchestrator(dbs.urls.state);
      systems = await registerSystems(o, [
        { name: 'prod', role: 'production-source', agent: agents[0] },
        { name: 'test', role: 'test-source', agent: agents[1] },
        { name: 'target', role: 'target', agent: agents[2] },
      ]);
      packageId = (await o.call<{ id: string }>('POST', '/v1/packages', PACKAGE)).id;
      upgradeId = (
        await o.call<{ id: string }>('POST', '/v1/upgrades', {
          name: 'validation',
          sourceSystemId: systems.prod,
          targetSystemId: systems.target,
          testSystemId: systems.test,
          packageId,
        })
      ).id;
    });

    after(async () => {
      await o?.close();
      await Promise.all((agents ?? []).map((a) => a.close()));
      await dbs?.drop();
    });

    it('an upgrade without a test system has nothing to transfer and cannot preprocess on one', async () => {
      const other = await o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'no-test-system',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId,
      });
      for (const [method, path, body] of [
        ['POST', 'state-transfer/runs', {}],
        ['POST', 'state-transfer/backup-point', {}],
        ['POST', 'live/runs', { system: 'test' }],
        ['GET', 'readiness?system=test', undefined],
        ['GET', 'preprocessing?system=test', undefined],
      ] as const) {
        const res = await o.call<{ detail: string }>(method, `/v1/upgrades/${other.id}/${path}`, body, { expect: 409 });
        assert.match(res.detail, /has no test system/, path);
      }
      await o.call('POST', `/v1/upgrades/${other.id}/live/runs`, { system: 'staging' }, { expect: 400 });
    });

    it('before anything: no backup point, no tracking, no live preprocessing on the test system — all reported together', async () => {
      const r = await refused();
      assert.ok(r.problems.some((p) => /no backup point is recorded/.test(p)));
      assert.ok(r.problems.some((p) => /change tracking is not enabled on production prod/.test(p)));
      assert.ok(r.problems.some((p) => /live preprocessing has not ended on the test system test/.test(p)));
      assert.ok(r.problems.some((p) => /cutover\.script_status cannot be read on the test system/.test(p)));
    });

    it('schema change on production after the backup, package hash mismatch, live not ended: refused naming each, nothing started', async () => {
      assert.equal((await run('readiness/runs')).status, 'ended');
      await o.call('POST', `${base()}/state-transfer/backup-point`, {});
      await restoreProduction(engine, dbs.urls.prod, dbs.urls.test);
      assert.equal((await run('readiness/runs', { system: 'test' })).status, 'ended');
      // Metadata changed on production after the backup; the test database holds a status row of another package version.
      await sql(dbs.urls.prod, engine.pick(DRIFT).addColumn);
      await sql(dbs.urls.test, engine.pick(DRIFT).foreignStatus);
      const r = await refused();
      const has = (re: RegExp) =>
        assert.ok(
          r.problems.some((p) => re.test(p)),
          `${re}: ${r.problems.join('\n')}`,
        );
      has(
        /^live preprocessing has not ended on the test system test for package [0-9a-f]{12}…: create-shadow-tables, parties-from-customers/,
      );
      has(
        /^package hash mismatch: the test system's cutover\.script_status records parties-from-vendors as ended for package abababababab…, but production has registered package [0-9a-f]{12}…/,
      );
      has(/^schema mismatch: ax\.vendtable differs between production and the test system \(column rating exists on production only\)/);
      // Consequences of the missing live run, named too.
      has(/^ax\.dirparty_shadow \(written by create-shadow-tables, .*\) does not exist on the test system test/);
      has(/^ax\.address_shadow \(written by .*\) does not exist on the test system test/);
      assert.equal(r.problems.length, 5, r.problems.join('\n'));
      assert.match(r.detail, /cannot start \(5 problem\(s\)\)/);
      const runs = await o.call<{ items: { kind: string }[] }>('GET', '/v1/runs');
      assert.deepEqual(
        runs.items.filter((x) => x.kind === 'state-transfer'),
        [],
        'no partial start',
      );
    });

    it('each condition clears on its own; a dry run then finds nothing wrong', async () => {
      await sql(dbs.urls.test, 'DELETE FROM cutover.script_status');
      assert.equal((await run('live/runs', { system: 'test' })).status, 'ended');
      assert.deepEqual(
        (await refused()).problems.map((p) => p.split(':')[0]),
        ['schema mismatch'],
      );
      await sql(dbs.urls.prod, 'ALTER TABLE ax.vendtable DROP COLUMN rating');
      const dry = await o.call<{ problems: string[]; tables: { table: string }[] }>('POST', `${base()}/state-transfer/runs`, {
        dryRun: true,
      });
      assert.deepEqual(dry.problems, []);
      assert.deepEqual(
        dry.tables.map((t) => t.table),
        [
          { schema: 'ax', name: 'address_shadow' },
          { schema: 'ax', name: 'dirparty_shadow' },
          { schema: 'cutover', name: 'script_status' },
        ],
      );
    });

    it('production in single-user mode is refused', async () => {
      await o.call('POST', `/v1/systems/${systems.prod}/single-user`, { force: true });
      try {
        assert.ok((await refused()).problems.some((p) => /production prod is in single-user mode/.test(p)));
      } finally {
        await o.call('POST', `/v1/systems/${systems.prod}/single-user/exit`, {});
      }
    });
  });
