import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  startTestOrchestrator,
  waitForRun,
  type RunView,
  type TestOrchestrator,
  startTestAgent,
  type TestAgent,
} from '@cutover/testing/services';

const DDL = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g FROM generate_series(1, 100) g;`;

const PACKAGE = {
  name: 'order',
  version: '1.0.0',
  copyRules: { include: [{ schema: 'ax', name: 'custtable' }] },
  manualTasks: [{ key: 'check-setup', title: 'Check the setup', description: 'A required manual step', required: true }],
  scripts: [
    {
      key: 'shadow',
      phase: 'live',
      description: 'shadow',
      reads: [{ schema: 'ax', name: 'custtable' }],
      writes: [{ schema: 'ax', name: 'cust_shadow' }],
      dependsOn: [],
      sql: { postgres: 'CREATE TABLE IF NOT EXISTS ax.cust_shadow AS SELECT * FROM ax.custtable' },
    },
    {
      key: 'shadow-delta',
      phase: 'delta',
      description: 'delta',
      reads: [{ schema: 'ax', name: 'custtable' }],
      writes: [{ schema: 'ax', name: 'cust_shadow' }],
      dependsOn: ['shadow'],
      sql: { postgres: 'SELECT count(*) FROM pg_temp."delta_custtable"' },
    },
    {
      key: 'final',
      phase: 'single-user',
      description: 'final',
      reads: [{ schema: 'ax', name: 'cust_shadow' }],
      writes: [{ schema: 'ax', name: 'cust_shadow' }],
      dependsOn: [],
      sql: { postgres: 'UPDATE ax.cust_shadow SET name = upper(name)' },
    },
  ],
};

interface ChecklistView {
  key: string;
  status: string;
  blockedReason: string | null;
  overrides: { by: string; reason: string; skipped: string[] }[];
}
interface Refusal {
  detail: string;
  openPrerequisites: { key: string; title: string }[];
}

/** The seeds' order is enforced at run start, overridable by an admin with a reason; nothing fails silently. */
describe('cutover order: checklist prerequisites at every run start', () => {
  let dbs: TestDatabases<'state' | 'source' | 'target'>;
  let agents: TestAgent[];
  let o: TestOrchestrator;
  let systems: Record<string, string>;
  let upgradeId: string;
  let operatorKey: string;

  before(async () => {
    dbs = await createTestDatabases(['state', 'source', 'target']);
    await sql(dbs.urls.source, DDL);
    await sql(dbs.urls.target, DDL);
    // The source agent's watchdog is off here, so that the orchestrator's own recheck of sessions
    // at single-user start (its second line of defense) is what the test sees.
    agents = await Promise.all([startTestAgent(dbs.urls.source, { singleUserWatchMs: 0 }), startTestAgent(dbs.urls.target)]);
    o = await startTestOrchestrator(dbs.urls.state);
    systems = await registerSystems(o, [
      { name: 'prod', role: 'production-source', agent: agents[0] },
      { name: 'target', role: 'target', agent: agents[1] },
    ]);
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', PACKAGE);
    upgradeId = (
      await o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'order',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
        threads: 2,
      })
    ).id;
    operatorKey = (await o.call<{ key: string }>('POST', '/v1/api-keys', { name: 'operator', role: 'operator' })).key;
  });

  after(async () => {
    await o?.close();
    await Promise.all((agents ?? []).map((a) => a.close()));
    await dbs?.drop();
  });

  const start = (path: string, body: unknown = {}, options: { key?: string; expect?: number } = {}) =>
    o.call<RunView & Refusal>('POST', `/v1/upgrades/${upgradeId}/${path}`, body, options);
  const run = async (path: string, body: unknown = {}) => waitForRun(o, (await start(path, body)).id);
  const checklist = async (key: string) =>
    (await o.call<ChecklistView[]>('GET', `/v1/upgrades/${upgradeId}/checklist`)).find((t) => t.key === key)!;
  const singleUser = (system: string, enter: boolean) =>
    o.call('POST', `/v1/systems/${systems[system]}/single-user${enter ? '' : '/exit'}`, enter ? { force: true } : {});

  it('live preprocessing waits for the required "prepare application data" task (409 naming it)', async () => {
    assert.equal((await run('readiness/runs')).status, 'ended');
    const refused = await start('live/runs', {}, { expect: 409 });
    assert.deepEqual(
      refused.openPrerequisites.map((p) => [p.key, p.title]),
      [['manual:check-setup', 'Check the setup']],
    );
    assert.match(refused.detail, /manual:check-setup \(Check the setup\).*override/);
    await o.call('POST', `/v1/upgrades/${upgradeId}/checklist/manual:check-setup/complete`, {});
    assert.equal((await run('live/runs')).status, 'ended');
  });

  it('a step performed out of order is marked blocked with the reason, not silently left open', async () => {
    await singleUser('prod', true); // before any delta run
    const entered = await checklist('enter-single-user-mode-source');
    assert.equal(entered.status, 'blocked');
    assert.match(entered.blockedReason ?? '', /run-delta-preprocessing/);
    await singleUser('prod', false);
    assert.equal((await run('delta/runs')).status, 'ended');
    await singleUser('prod', true);
    const again = await checklist('enter-single-user-mode-source');
    assert.deepEqual([again.status, again.blockedReason], ['done', null]);
  });

  it('single-user preprocessing is refused without backup and recovery model, each named', async () => {
    const refused = await start('single-user/runs', {}, { expect: 409 });
    assert.deepEqual(
      refused.openPrerequisites.map((p) => p.key),
      ['backup-source-database', 'set-recovery-model-simple'],
    );
    // The recovery model itself waits for the backup.
    const early = await start('recovery-model/runs', {}, { expect: 409 });
    assert.deepEqual(
      early.openPrerequisites.map((p) => p.key),
      ['backup-source-database'],
    );
    assert.match(early.detail, /backup-source-database \(Back up the source database\)/);
  });

  it('single-user preprocessing rechecks sessions at start: a superuser that connected after entry is listed (409)', async () => {
    const dba = `dba_${Math.random().toString(36).slice(2, 8)}`;
    await sql(dbs.urls.source, `CREATE ROLE ${dba} LOGIN SUPERUSER PASSWORD 'dba'`);
    const url = new URL(dbs.urls.source);
    url.username = dba;
    url.password = 'dba';
    const { Client } = await import('pg');
    const session = new Client({ connectionString: url.toString(), application_name: 'sneaky-tool' });
    session.on('error', () => undefined);
    await session.connect(); // superusers keep CONNECT after single-user entry on PostgreSQL
    try {
      const refused = await o.call<{ detail: string; sessions: { login: string; application: string; ownLogin: boolean }[] }>(
        'POST',
        `/v1/upgrades/${upgradeId}/single-user/runs`,
        { override: { reason: 'prerequisites are not what this checks' } },
        { expect: 409 },
      );
      assert.deepEqual(
        refused.sessions.map((x) => [x.login, x.application, x.ownLogin]),
        [[dba, 'sneaky-tool', false]],
      );
      assert.match(refused.detail, new RegExp(`${dba}@[^ ]+ \\(sneaky-tool\\)`));
    } finally {
      await session.end();
    }
    const step = await checklist('run-single-user-preprocessing');
    assert.deepEqual(step.overrides, [], 'a refused start records no override');
  });

  it('only an admin overrides, with a reason; the override is an event and shows on the checklist', async () => {
    const reason = 'backup taken by the DBA outside Cutover, ticket 4711';
    await start('single-user/runs', { override: { reason } }, { key: operatorKey, expect: 403 });
    await start('single-user/runs', { override: { reason: '' } }, { expect: 400 });
    const created = await start('single-user/runs', { override: { reason } });
    assert.equal((await waitForRun(o, created.id)).status, 'ended');
    const events = await o.call<{ type: string; actor: string; reason: string }[]>('GET', `/v1/runs/${created.id}/events`);
    const overridden = events.find((e) => e.type === 'prerequisites-overridden');
    assert.ok(overridden, 'the override is a run event');
    assert.equal(overridden.actor, 'bootstrap-admin');
    assert.equal(overridden.reason, `${reason} (open: backup-source-database, set-recovery-model-simple)`);
    const step = await checklist('run-single-user-preprocessing');
    assert.equal(step.status, 'done', 'the overridden prerequisite does not block completion');
    assert.deepEqual(
      step.overrides.map((x) => [x.by, x.reason, x.skipped]),
      [['bootstrap-admin', reason, ['backup-source-database', 'set-recovery-model-simple']]],
    );
    assert.equal((await checklist('backup-source-database')).status, 'open', 'the backup itself is still not done');
  });
});
