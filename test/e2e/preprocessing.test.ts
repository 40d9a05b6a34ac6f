import type { TableRef } from '@cutover/contracts';
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { OrchestratorSchemas } from '@cutover/orchestrator-client';
import { sql } from '@cutover/testing';
import { runTasks, SKIP_CHECKLIST, upgradeFixture, waitForRun, type RunView, writeBeforeCutOff } from '@cutover/testing/services';
import { engineTest, testEngines } from '../support/engines';
/** Fixtures per engine: schemas, data, package, business writes, engine-specific expectations. */
import * as fx from '../support/preprocessing-fixtures';

interface DeltaResult {
  runDeltaScript: { keys: { inserted: number; updated: number; deleted: number }[]; noChanges: boolean };
}

for (const engine of testEngines())
  describe(`preprocessing on the source: readiness, live, delta (real agents) [${engine.kind}]`, () => {
    const { it, itOn, before, after } = engineTest(engine);
    const world = upgradeFixture(
      {
        engine,
        sql: { source: engine.pick(fx.SOURCE_DDL), target: engine.pick(fx.TARGET_DDL) },
        package: fx.PACKAGE as OrchestratorSchemas['UploadPackageDto'],
        upgrade: { name: 'party', threads: 2 },
      },
      { before, after },
    );

    const run = async (path: string, body: unknown = {}) =>
      waitForRun(world.o, (await world.o.call<RunView>('POST', `/v1/upgrades/${world.upgradeId}/${path}`, body)).id);
    const shadow = () => engine.sql(world.dbs.urls.source, 'SELECT party_key, kind, name, city FROM ax.dirparty_shadow ORDER BY 1');
    const expected = () => engine.sql(world.dbs.urls.source, engine.pick(fx.EXPECTED));
    /** Task results from the orchestrator's state database, by task id or by run. */
    const results = async <T>(by: 'id' | 'run_id', id: string) =>
      (await sql<{ result: T }>(world.dbs.urls.state, `SELECT result FROM task WHERE ${by} = $1`, [id])).map((x) => x.result);

    it('live preprocessing refuses before a passing readiness check', async () => {
      const res = await world.o.call<{ detail: string }>('POST', `/v1/upgrades/${world.upgradeId}/live/runs`, {}, { expect: 409 });
      assert.match(res.detail, /run the readiness check first/);
    });

    it('readiness passes, records each check, enables change tracking and completes its checklist task', async () => {
      const r = await run('readiness/runs');
      assert.equal(r.status, 'ended');
      const readiness = await world.o.call<{ ready: boolean; latest: { check: string; status: string; message: string }[] }>(
        'GET',
        `/v1/upgrades/${world.upgradeId}/readiness`,
      );
      assert.equal(readiness.ready, true);
      const checks = new Set(readiness.latest.map((c) => c.check));
      for (const c of ['agent', 'engine', 'sql-present', 'permissions', 'tables-exist', 'delta-coverage', 'change-tracking'])
        assert.ok(checks.has(c), `check ${c} recorded`);
      assert.ok(
        readiness.latest.every((c) => c.status === 'pass'),
        JSON.stringify(readiness.latest),
      );
      assert.match(readiness.latest.find((c) => c.check === 'change-tracking')!.message, engine.pick(fx.TRACKING_MESSAGE));
      const checklist = await world.o.call<{ key: string; status: string }[]>('GET', `/v1/upgrades/${world.upgradeId}/checklist`);
      assert.equal(checklist.find((t) => t.key === 'check-upgrade-readiness')!.status, 'done');
      const state = await world.o.call<{ watermarks: { scriptKey: string }[] }>('GET', `/v1/upgrades/${world.upgradeId}/preprocessing`);
      assert.deepEqual(
        state.watermarks.map((w) => w.scriptKey),
        ['party-delta-customers', 'party-delta-vendors'],
      );
    });

    it('live preprocessing produces the shadow rows, writes the framework table, and is not repeated for the same package', async () => {
      const r = await run('live/runs');
      assert.equal(r.status, 'ended');
      assert.deepEqual(await shadow(), await expected());
      const status = await engine.sql<{ script_key: string; phase: string }>(
        world.dbs.urls.source,
        'SELECT script_key, phase FROM cutover.script_status ORDER BY 1',
      );
      assert.deepEqual(status, [
        { script_key: 'party-from-customers', phase: 'live' },
        { script_key: 'party-from-vendors', phase: 'live' },
      ]);
      const checklist = await world.o.call<{ key: string; status: string }[]>('GET', `/v1/upgrades/${world.upgradeId}/checklist`);
      assert.equal(checklist.find((t) => t.key === 'run-live-preprocessing')!.status, 'done');
      const again = await world.o.call<{ detail: string }>('POST', `/v1/upgrades/${world.upgradeId}/live/runs`, {}, { expect: 409 });
      assert.match(again.detail, /already ended for this package/);
    });

    it('delta reprocesses exactly the changed keys, and the shadow table equals a fresh live run over the final data', async () => {
      await engine.sql(world.dbs.urls.source, engine.pick(fx.DELTA_WRITES));
      assert.notDeepEqual(await shadow(), await expected(), 'before the delta the shadow table is stale');
      // Readiness checked again between the writes and the delta keeps each delta's watermark: the writes are not skipped.
      assert.equal((await run('readiness/runs')).status, 'ended');
      const r = await run('delta/runs');
      assert.equal(r.status, 'ended');
      assert.deepEqual(await shadow(), await expected());
      const tasks = await world.o.call<{ items: { key: string; id: string }[] }>('GET', `/v1/runs/${r.id}/tasks`);
      const customers = tasks.items.find((t) => t.key === 'party-delta-customers')!;
      const task = await world.o.call<{ status: string }>('GET', `/v1/runs/${r.id}/tasks/${customers.id}`);
      assert.equal(task.status, 'ended');
      const [result] = await results<DeltaResult>('id', customers.id);
      assert.deepEqual(
        result.runDeltaScript.keys.map((k) => [k.inserted, k.updated, k.deleted]),
        [[2, 2, 1]],
        'C900, C901 inserted; C5 (twice) and C6 updated; C7 deleted',
      );
      assert.equal(result.runDeltaScript.noChanges, false);
      // The AX-shaped table (no primary key): exactly the changed (DATAAREAID, ACCOUNTNUM) keys, dat/V3 untouched.
      const vendors = tasks.items.find((t) => t.key === 'party-delta-vendors')!;
      const [v] = await results<DeltaResult>('id', vendors.id);
      assert.deepEqual(
        v.runDeltaScript.keys.map((k) => [k.inserted, k.updated, k.deleted]),
        [[1, 1, 1]],
        'dat/V900 inserted; ceu/V3 updated; ceu/V4 deleted',
      );
    });

    it('a second delta with no changes in between does nothing and says so', async () => {
      const before = await shadow();
      const r = await run('delta/runs');
      assert.equal(r.status, 'ended');
      assert.ok((await results<DeltaResult>('run_id', r.id)).every((x) => x.runDeltaScript.noChanges));
      assert.deepEqual(await shadow(), before);
      const tasks = await runTasks(world.o, r.id);
      assert.equal(tasks.length, 2);
    });

    it('the two preparations: backup reports clearly why it cannot run here, the recovery model is set where the engine has one', async () => {
      const backup = await run('backup/runs');
      assert.equal(backup.status, 'error');
      const [task] = await runTasks(world.o, backup.id);
      assert.match(task.error!, /AGENT_BACKUP_DIR/);
      // The recovery model waits for the backup: SIMPLE breaks the log-backup chain until the next full backup.
      const refused = await world.o.call<{ detail: string }>(
        'POST',
        `/v1/upgrades/${world.upgradeId}/recovery-model/runs`,
        {},
        { expect: 409 },
      );
      assert.match(refused.detail, /backup-source-database/);
      const recovery = await run('recovery-model/runs', { override: { reason: 'test: no backup possible here' } });
      assert.equal(recovery.status, 'ended');
      const [result] = await results<{ setRecoverySimple: { applicable: boolean } }>('run_id', recovery.id);
      assert.equal(result.setRecoverySimple.applicable, engine.pick({ postgres: false, mssql: true }), 'PostgreSQL has no recovery model');
      const checklist = await world.o.call<{ key: string; status: string }[]>('GET', `/v1/upgrades/${world.upgradeId}/checklist`);
      assert.equal(checklist.find((t) => t.key === 'backup-source-database')!.status, 'open');
      assert.equal(
        checklist.find((t) => t.key === 'set-recovery-model-simple')!.status,
        'done',
        JSON.stringify(checklist.map((t) => [t.key, t.status])),
      );
      // The revert after the upgrade: back to the model found, where the run changed one.
      const revert = await world.o.call<{ id?: string; detail?: string }>(
        'POST',
        `/v1/upgrades/${world.upgradeId}/recovery-model/revert/runs`,
        {},
        {
          expect: engine.pick({ postgres: 409, mssql: 201 }),
        },
      );
      if (engine.kind === 'postgres') assert.match(revert.detail!, /changed nothing on the source/);
      else assert.equal((await waitForRun(world.o, revert.id!)).status, 'ended');
    });

    itOn(
      ['postgres'],
      fx.SINGLE_USER_PG_ONLY,
      'single-user mode: refused with another login connected (listed), forced entry ends it, the run passes, a later write by another login fails the run by name, exit restores access',
      async () => {
        const suffix = Math.random().toString(36).slice(2, 8);
        const clerk = `clerk_${suffix}`;
        const intruder = `intruder_${suffix}`;
        await sql(
          world.dbs.urls.source,
          `CREATE ROLE ${clerk} LOGIN PASSWORD 'clerk'; GRANT USAGE ON SCHEMA ax TO ${clerk}; GRANT SELECT, UPDATE ON ax.custtable TO ${clerk};
       CREATE ROLE ${intruder} LOGIN SUPERUSER PASSWORD 'intruder'`,
        );
        const asRole = (role: string) => {
          const url = new URL(world.dbs.urls.source);
          url.username = role;
          url.password = role === clerk ? 'clerk' : 'intruder';
          return url.toString();
        };
        const { Client } = await import('pg');
        const session = new Client({ connectionString: asRole(clerk), application_name: 'ax-client' });
        session.on('error', () => undefined);
        await session.connect();
        try {
          const refused = await world.o.call<{ detail: string; sessions: { login: string; application: string }[] }>(
            'POST',
            `/v1/systems/${world.systems.prod}/single-user`,
            {},
            { expect: 409 },
          );
          assert.ok(
            refused.sessions.some((x) => x.login === clerk && x.application === 'ax-client'),
            JSON.stringify(refused),
          );
          assert.match(refused.detail, new RegExp(clerk));
          const entered = await world.o.call<{ mode: string; singleUserBy: string }>(
            'POST',
            `/v1/systems/${world.systems.prod}/single-user`,
            {
              force: true,
            },
          );
          assert.equal(entered.mode, 'single-user');
          await assert.rejects(session.query('SELECT 1'), 'the clerk session was ended');
          await assert.rejects(sql(asRole(clerk), 'SELECT 1'), /permission denied for database/);
          const checklist = await world.o.call<{ key: string; status: string }[]>('GET', `/v1/upgrades/${world.upgradeId}/checklist`);
          assert.equal(checklist.find((t) => t.key === 'enter-single-user-mode-source')!.status, 'done');

          const clean = await run('single-user/runs', SKIP_CHECKLIST);
          assert.equal(clean.status, 'ended');
          assert.deepEqual(await sql(world.dbs.urls.source, 'SELECT kind, parties FROM ax.party_counts ORDER BY kind'), [
            { kind: 'customer', parties: 201 },
            { kind: 'vendor', parties: 50 },
          ]);

          // A superuser can still connect; its write after entry is exactly what single-user mode forbids.
          await writeBeforeCutOff(asRole(intruder), `UPDATE ax.custtable SET name = 'sneaky' WHERE accountnum IN ('C1', 'C2')`);
          const violations = await world.o.call<{ changes: { table: TableRef; login: string; changes: number; statements: number }[] }>(
            'GET',
            `/v1/systems/${world.systems.prod}/single-user/violations`,
          );
          assert.deepEqual(
            violations.changes.map((c) => [c.table, c.login, c.changes, c.statements]),
            [[{ schema: 'ax', name: 'custtable' }, intruder, 2, 1]],
          );
          const invalid = await run('single-user/runs', SKIP_CHECKLIST);
          assert.equal(invalid.status, 'error');
          const guard = (await runTasks(world.o, invalid.id)).find((t) => t.key === 'verify-single-user')!;
          assert.equal(guard.status, 'error');
          assert.match(guard.error!, new RegExp(`ax\\.custtable: 2 row\\(s\\) changed by ${intruder}`));
        } finally {
          await session.end().catch(() => undefined);
          const exited = await world.o.call<{ mode: string }>('POST', `/v1/systems/${world.systems.prod}/single-user/exit`, {});
          assert.equal(exited.mode, 'online');
          assert.deepEqual(await sql(asRole(clerk), 'SELECT 1 AS ok'), [{ ok: 1 }], 'the clerk can connect again');
          await sql(world.dbs.urls.source, `DROP OWNED BY ${clerk}; DROP ROLE ${clerk}; DROP ROLE ${intruder}`);
        }
      },
    );

    it('readiness catches a live script that reads a business table no delta script covers', async () => {
      const pkg = await world.o.call<{ id: string }>('POST', '/v1/packages', {
        ...fx.PACKAGE,
        name: 'party-upgrade-incomplete',
        scripts: fx.PACKAGE.scripts.filter((s) => s.key !== 'party-delta-vendors'),
        copyRules: {
          include: [{ schema: 'ax', name: 'custtable' }],
          rename: [{ from: { schema: 'ax', name: 'custtable' }, to: { schema: 'ax', name: 'custtable_bad' } }],
        },
      });
      const other = await world.o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'incomplete',
        sourceSystemId: world.systems.prod,
        targetSystemId: world.systems.target,
        packageId: pkg.id,
      });
      const created = await world.o.call<RunView>('POST', `/v1/upgrades/${other.id}/readiness/runs`, {});
      const r = await waitForRun(world.o, created.id);
      assert.equal(r.status, 'error');
      const readiness = await world.o.call<{ ready: boolean; latest: { check: string; status: string; message: string }[] }>(
        'GET',
        `/v1/upgrades/${other.id}/readiness`,
      );
      assert.equal(readiness.ready, false);
      const errors = readiness.latest.filter((c) => c.status === 'error');
      assert.deepEqual(errors.map((e) => e.message).sort(), [
        'ax.custtable → ax.custtable_bad: column city is missing on the target',
        `ax.custtable → ax.custtable_bad: column name is ${engine.pick(fx.NAME_TYPES)[0]} on the source but ${engine.pick(fx.NAME_TYPES)[1]} on the target`,
        'ax.custtable → ax.custtable_bad: target column extra is NOT NULL and has no source column',
        'live script party-from-vendors reads ax.vendtable, which no delta script covers',
      ]);
      const refused = await world.o.call<{ detail: string }>('POST', `/v1/upgrades/${other.id}/live/runs`, {}, { expect: 409 });
      assert.match(refused.detail, /no delta script covers/);
    });

    it('a delta whose watermark no longer covers its tables is refused before it runs, naming table, age and retention', async () => {
      // Someone turned tracking off for a table a delta script reads: the changes since are gone.
      await engine.sql(world.dbs.urls.source, engine.pick(fx.UNTRACK_VENDORS));
      const refused = await world.o.call<{ detail: string; watermarks: string[] }>(
        'POST',
        `/v1/upgrades/${world.upgradeId}/delta/runs`,
        SKIP_CHECKLIST,
        {
          expect: 409,
        },
      );
      assert.match(
        refused.detail,
        /delta script party-delta-vendors starts from a watermark taken \d+ minutes ago \(.*\), and the source keeps changes until change tracking is disabled .*\(upgrade setting: 30 days\): ax\.vendtable: not change-tracked/,
      );
      assert.equal(refused.watermarks.length, 1, 'only the script whose table lost tracking');
    });
  });
