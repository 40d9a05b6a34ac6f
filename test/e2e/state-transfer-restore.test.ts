import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { createTestDatabases, postgresForDumpTools, sql, type DumpToolsResult, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  runTasks,
  startTestOrchestrator,
  waitForRun,
  type RunView,
  type TestOrchestrator,
  startTestAgent,
  type TestAgent,
} from '@cutover/testing/services';
import {
  ADDRESSES,
  EXPECTED_ADDRESSES,
  EXPECTED_PARTIES,
  PACKAGE,
  PARTIES,
  PROD_DATA,
  PROD_SCHEMA,
  TARGET_SCHEMA,
} from '../support/state-transfer-fixtures';

interface Restored {
  runId: string;
  file: string;
  database: string;
  backup: { sourceDatabase: string; watermark: string | null; takenAt: string } | null;
  afterBackupPoint: boolean | null;
}
interface Status {
  backupPoint: { watermark: string; at: string } | null;
  testSystem: {
    lastBackup: { runId: string; status: string; name: string | null; backup: { watermark: string | null } | null } | null;
    lastRestoreRun: { id: string; status: string } | null;
    restored: Restored | null;
  };
  lastRun: { id: string; status: string } | null;
  carried: { watermark: string } | null;
  next: string[];
}
interface Refusal {
  detail: string;
  problems: string[];
  advisories: string[];
}

/**
 * Backup → restore → state transfer, end to end on PostgreSQL with the real pg_dump and
 * pg_restore: production is backed up by its agent (manifest with the watermark), the backup is
 * restored as the test system by the test agent (replacing its database), the test system is
 * preprocessed, the state transfer moves its state back and a delta on production catches up.
 * A test system restored from a backup taken before the backup point is refused first.
 * PostgreSQL only: it runs the real pg_dump/pg_restore. On SQL Server the backup and restore
 * operations (BACKUP DATABASE / RESTORE with MSSQL_BACKUP_DIR) are in the engine contract suite.
 */
describe('state transfer from a restored backup of production (real pg_dump and pg_restore)', () => {
  const backupDir = mkdtempSync(join(tmpdir(), 'cutover-st-backups-'));
  let tools: DumpToolsResult;
  let state: TestDatabases<'state'> | undefined;
  let dbs: TestDatabases<'prod' | 'test' | 'target'> | undefined;
  let agents: TestAgent[] = [];
  let o: TestOrchestrator | undefined;
  let upgradeId: string;
  const base = () => `/v1/upgrades/${upgradeId}`;
  const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown, expect?: number) =>
    o!.call<T>(method, `${base()}/${path}`, body, expect === undefined ? undefined : { expect });
  const run = async (path: string, body: unknown = {}) => waitForRun(o!, (await call<RunView>('POST', path, body)).id);
  const status = () => call<Status>('GET', 'state-transfer');
  const skipped = (t: TestContext) => (tools.skip ? (t.skip(tools.skip), true) : false);
  const events = async (runId: string) =>
    (await o!.call<{ type: string; reason: string | null }[]>('GET', `/v1/runs/${runId}/events`)).map((e) => [e.type, e.reason ?? '']);

  before(async () => {
    tools = await postgresForDumpTools();
    if (!tools.server) return;
    state = await createTestDatabases(['state']);
    dbs = await createTestDatabases(['prod', 'test', 'target'], tools.server.url);
    await Promise.all([sql(dbs.urls.prod, PROD_SCHEMA.postgres + PROD_DATA.postgres), sql(dbs.urls.target, TARGET_SCHEMA.postgres)]);
    const options = { backupDir, pgDump: tools.server.pgDump, pgRestore: tools.server.pgRestore };
    agents = await Promise.all([dbs.urls.prod, dbs.urls.test, dbs.urls.target].map((url) => startTestAgent(url, options)));
    o = await startTestOrchestrator(state.urls.state);
    const systems = await registerSystems(o, [
      { name: 'prod', role: 'production-source', agent: agents[0] },
      { name: 'test', role: 'test-source', agent: agents[1] },
      { name: 'target', role: 'target', agent: agents[2] },
    ]);
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', PACKAGE);
    upgradeId = (
      await o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'restore-step',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        testSystemId: systems.test,
        packageId: pkg.id,
        threads: 3,
        rangeRows: 1000,
      })
    ).id;
  });

  after(async () => {
    await o?.close();
    await Promise.all(agents.map((a) => a.close()));
    await dbs?.drop();
    await state?.drop();
    await tools?.server?.stop();
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('bad requests are refused before anything runs: file names (400), no replace (409)', async (t) => {
    if (skipped(t)) return;
    for (const file of ['../prod.dump', '/etc/passwd', 'state-transfer/../../x.dump', '.manifest'])
      await call('POST', 'state-transfer/restore/runs', { file, replace: true }, 400);
    const noReplace = await call<{ detail: string }>('POST', 'state-transfer/restore/runs', { file: 'x.dump', replace: false }, 409);
    assert.match(noReplace.detail, /replaces the database its agent serves: pass replace: true to confirm/);
    const noBackup = await call<{ detail: string }>('POST', 'state-transfer/restore/runs', { replace: true }, 409);
    assert.match(noBackup.detail, /name the backup to restore \(file\), or back up production first/);
    const missing = await run('state-transfer/restore/runs', { file: 'state-transfer/missing.dump', replace: true });
    assert.equal(missing.status, 'error');
    assert.match((await runTasks(o!, missing.id))[0].error!, /no backup state-transfer\/missing\.dump in AGENT_BACKUP_DIR/);
  });

  it('a test system restored from a backup taken before the backup point is refused, naming the backup and what to do', async (t) => {
    if (skipped(t)) return;
    assert.equal((await run('readiness/runs')).status, 'ended');
    const early = await run('state-transfer/backup/runs');
    assert.equal(early.status, 'ended');
    const { lastBackup } = (await status()).testSystem;
    assert.match(lastBackup!.name!, /^state-transfer\/t_[0-9a-f]+_prod-\d{8}T\d{6}Z\.dump$/);
    assert.ok(existsSync(join(backupDir, `${lastBackup!.name}.manifest.json`)));
    // Committed after that backup and before the backup point: in neither the old backup nor the next delta.
    await sql(dbs!.urls.prod, `UPDATE ax.custtable SET name = 'between backup and point' WHERE accountnum = 'C20'`);
    await call('POST', 'state-transfer/backup-point', {});
    const restore = await run('state-transfer/restore/runs', { file: lastBackup!.name, replace: true });
    assert.equal(restore.status, 'ended');
    const s = await status();
    assert.equal(s.testSystem.restored!.file, lastBackup!.name);
    assert.equal(s.testSystem.restored!.afterBackupPoint, false);
    assert.deepEqual(s.next, ['back-up-production', 'restore-test-system', 'preprocess-test-system', 'start-state-transfer']);
    assert.equal((await run('readiness/runs', { system: 'test' })).status, 'ended');
    assert.equal((await run('live/runs', { system: 'test' })).status, 'ended');
    const refused = await call<Refusal>('POST', 'state-transfer/runs', {}, 409);
    assert.equal(refused.problems.length, 1, refused.problems.join('\n'));
    assert.match(
      refused.problems[0],
      new RegExp(
        `the test system test was restored from ${lastBackup!.name!.replace(/[.]/g, '\\.')} \\(taken .*\\), taken before the backup point .*: ` +
          'the changes production committed in between are in neither the test system nor the delta after the transfer\\. Back up production now',
      ),
    );
    assert.deepEqual(refused.advisories, []);
  });

  it('backup after the backup point → restore as the test system: provenance recorded and audited, the old test state forgotten', async (t) => {
    if (skipped(t)) return;
    const backup = await run('state-transfer/backup/runs');
    assert.equal(backup.status, 'ended');
    // After the backup: only the delta after the transfer brings these to production's shadow tables.
    await sql(
      dbs!.urls.prod,
      `INSERT INTO ax.custtable VALUES ('N900', 'new customer', ' new town ');
       UPDATE ax.custtable SET name = 'renamed', city = 'moved' WHERE accountnum = 'C5';
       DELETE FROM ax.custtable WHERE accountnum = 'C7';
       UPDATE ax.vendtable SET name = 'vendor renamed' WHERE accountnum = 'V3';`,
    );
    const before = await status();
    const name = before.testSystem.lastBackup!.name!;
    const restore = await run('state-transfer/restore/runs', { replace: true }); // file: the last backup
    assert.equal(restore.status, 'ended');
    const s = await status();
    assert.deepEqual(
      [s.testSystem.restored!.file, s.testSystem.restored!.runId, s.testSystem.restored!.afterBackupPoint],
      [name, restore.id, true],
    );
    assert.equal(s.testSystem.restored!.database, dbs!.names.test);
    assert.equal(s.testSystem.restored!.backup!.sourceDatabase, dbs!.names.prod);
    assert.equal(s.testSystem.restored!.backup!.watermark, before.testSystem.lastBackup!.backup!.watermark);
    assert.deepEqual(s.next, ['preprocess-test-system', 'start-state-transfer']);
    const audit = await events(restore.id);
    assert.ok(
      audit.some(
        ([type, reason]) =>
          type === 'test-system-replaced' &&
          /its script statuses \(5\) and delta watermarks \(\d+\) in the orchestrator were forgotten/.test(reason),
      ),
      JSON.stringify(audit),
    );
    assert.ok(audit.some(([type, reason]) => type === 'test-system-restored' && reason.includes(name) && reason.includes('watermark')));
    const onTest = await call<{ scripts: unknown[] }>('GET', 'preprocessing?system=test');
    assert.deepEqual(onTest.scripts, [], 'the replaced test system has no preprocessing');
    const [{ n }] = await sql<{ n: number }>(dbs!.urls.test, `SELECT count(*)::int AS n FROM ax.custtable WHERE accountnum = 'N900'`);
    assert.equal(n, 0, 'the test system is the backup, without the writes made after it');
  });

  it('the restored test system is preprocessed and its state transferred; a delta on production then catches up exactly', async (t) => {
    if (skipped(t)) return;
    assert.equal((await run('readiness/runs', { system: 'test' })).status, 'ended');
    assert.equal((await run('live/runs', { system: 'test' })).status, 'ended');
    const dry = await call<Refusal & { tables: unknown[] }>('POST', 'state-transfer/runs', { dryRun: true });
    assert.deepEqual([dry.problems, dry.advisories], [[], []]);
    const started = await call<{ run: { id: string } }>('POST', 'state-transfer/runs', { threads: 3 });
    assert.equal((await waitForRun(o!, started.run.id)).status, 'ended');
    const s = await status();
    assert.equal(s.carried!.watermark, s.backupPoint!.watermark);
    const delta = await run('delta/runs', { override: { reason: 'test: number sequences are not under test here' } });
    assert.equal(delta.status, 'ended');
    assert.deepEqual(await sql(dbs!.urls.prod, PARTIES), await sql(dbs!.urls.prod, EXPECTED_PARTIES.postgres));
    assert.deepEqual(await sql(dbs!.urls.prod, ADDRESSES), await sql(dbs!.urls.prod, EXPECTED_ADDRESSES.postgres));
  });
});
