import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  runTasks,
  SKIP_CHECKLIST,
  startTestOrchestrator,
  waitForRun,
  type TestOrchestrator,
} from '../support/orchestrator';
import { startTestAgent, writeBeforeCutOff, type TestAgent } from '../support/services';

const TABLES = `CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, qty int NOT NULL);
  CREATE TABLE ax.custtable (recid bigint PRIMARY KEY, name text NOT NULL);`;

/**
 * The write guard of single-user mode covers every table, not only the ones delta scripts read:
 * a write by another login (a superuser, whom CONNECT does not stop) to a copy-set table on the
 * source after entry, or to the target during the data upgrade, fails the data upgrade's guards,
 * each naming the table, the login and the rows.
 */
describe('single-user write guard: every table of source and target', () => {
  let dbs: TestDatabases<'state' | 'source' | 'target'>;
  let agents: TestAgent[];
  let o: TestOrchestrator;
  let systems: Record<string, string>;
  const dba = `dba_${Math.random().toString(36).slice(2, 8)}`;
  const as = (url: string) => {
    const u = new URL(url);
    u.username = dba;
    u.password = 'dba';
    return u.toString();
  };

  before(async () => {
    dbs = await createTestDatabases(['state', 'source', 'target']);
    await sql(
      dbs.urls.source,
      `${TABLES} INSERT INTO ax.inventtrans SELECT g, g FROM generate_series(1, 5000) g;
       INSERT INTO ax.custtable SELECT g, 'c' || g FROM generate_series(1, 100) g;
       CREATE ROLE ${dba} LOGIN SUPERUSER PASSWORD 'dba'`,
    );
    await sql(dbs.urls.target, TABLES);
    agents = await Promise.all([startTestAgent(dbs.urls.source), startTestAgent(dbs.urls.target)]);
    o = await startTestOrchestrator(dbs.urls.state);
  });

  after(async () => {
    await o?.close();
    await Promise.all((agents ?? []).map((a) => a.close()));
    await dbs?.drop();
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
    await writeBeforeCutOff(as(dbs.urls.source), 'UPDATE ax.inventtrans SET qty = -qty WHERE recid <= 2');
    const seen = await o.call<{ changes: unknown[]; guardedTables: number }>('GET', `/v1/systems/${systems.prod}/single-user/violations`);
    assert.equal(seen.guardedTables, 2, 'every table of the source is guarded');
    assert.equal(seen.changes.length, 1);
    // Launched held, so the target's write lands during the data upgrade, before any copy.
    const run = await o.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/data-upgrade/runs`, { hold: true, ...SKIP_CHECKLIST });
    await writeBeforeCutOff(as(dbs.urls.target), `INSERT INTO ax.custtable VALUES (900001, 'planted')`);
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
      assert.deepEqual(await sql(url, `SELECT tgname FROM pg_trigger WHERE tgname = 'cutover_write_guard'`), []);
    }
    await sql(as(dbs.urls.source), 'UPDATE ax.inventtrans SET qty = 0 WHERE recid = 3');
  });
});
