import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { OrchestratorSchemas } from '@cutover/orchestrator-client';
import { sql } from '@cutover/testing';
import { upgradeFixture, waitForRun, type RunView } from '@cutover/testing/services';

const DDL = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g FROM generate_series(1, 100) g;`;

const PACKAGE: OrchestratorSchemas['UploadPackageDto'] = {
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
  const world = upgradeFixture({
    sql: { source: DDL, target: DDL },
    // The source agent's watchdog is off here, so that the orchestrator's own recheck of sessions
    // at single-user start (its second line of defense) is what the test sees.
    agents: { source: { overrides: { singleUserWatchMs: 0 } } },
    package: PACKAGE,
    upgrade: { name: 'order', threads: 2 },
  });
  let operatorKey: string;

  before(async () => {
    operatorKey = (await world.o.call<{ key: string }>('POST', '/v1/api-keys', { name: 'operator', role: 'operator' })).key;
  });

  const start = (path: string, body: unknown = {}, options: { key?: string; expect?: number } = {}) =>
    world.o.call<RunView & Refusal>('POST', `/v1/upgrades/${world.upgradeId}/${path}`, body, options);
  const run = async (path: string, body: unknown = {}) => waitForRun(world.o, (await start(path, body)).id);
  const checklist = async (key: string) =>
    (await world.o.call<ChecklistView[]>('GET', `/v1/upgrades/${world.upgradeId}/checklist`)).find((t) => t.key === key)!;
  const singleUser = (system: 'prod' | 'target', enter: boolean) =>
    world.o.call('POST', `/v1/systems/${world.systems[system]}/single-user${enter ? '' : '/exit'}`, enter ? { force: true } : {});

  it('live preprocessing waits for the required "prepare application data" task (409 naming it)', async () => {
    assert.equal((await run('readiness/runs')).status, 'ended');
    const refused = await start('live/runs', {}, { expect: 409 });
    assert.deepEqual(
      refused.openPrerequisites.map((p) => [p.key, p.title]),
      [['manual:check-setup', 'Check the setup']],
    );
    assert.match(refused.detail, /manual:check-setup \(Check the setup\).*override/);
    await world.o.call('POST', `/v1/upgrades/${world.upgradeId}/checklist/manual:check-setup/complete`, {});
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
    await sql(world.dbs.urls.source, `CREATE ROLE ${dba} LOGIN SUPERUSER PASSWORD 'dba'`);
    const url = new URL(world.dbs.urls.source);
    url.username = dba;
    url.password = 'dba';
    const { Client } = await import('pg');
    const session = new Client({ connectionString: url.toString(), application_name: 'sneaky-tool' });
    session.on('error', () => undefined);
    await session.connect(); // superusers keep CONNECT after single-user entry on PostgreSQL
    try {
      const refused = await world.o.call<{ detail: string; sessions: { login: string; application: string; ownLogin: boolean }[] }>(
        'POST',
        `/v1/upgrades/${world.upgradeId}/single-user/runs`,
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
    assert.equal((await waitForRun(world.o, created.id)).status, 'ended');
    const events = await world.o.call<{ type: string; actor: string; reason: string }[]>('GET', `/v1/runs/${created.id}/events`);
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
