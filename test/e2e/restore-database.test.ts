import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { createTestDatabases, postgresForDumpTools, sql, type DumpToolsResult, type TestDatabases } from '@cutover/testing';
import { digest } from '../support/digest';
import { runOperation, startOperation, startTestAgent, waitForOperation, type TestAgent } from '@cutover/testing/services';

const SCHEMA = `CREATE SCHEMA ax;
  CREATE TABLE ax."CUST TABLE" (accountnum text PRIMARY KEY, name text NOT NULL, amount numeric(32,16));
  INSERT INTO ax."CUST TABLE" SELECT 'C' || g, 'customer ' || g, g / 7.0 FROM generate_series(1, 1000) g;
  CREATE INDEX cust_name ON ax."CUST TABLE" (name);`;
const CUST = { schema: 'ax', name: 'CUST TABLE' };

interface Manifest {
  format: string;
  engine: string;
  sourceDatabase: string;
  serverVersion: string;
  watermark: string | null;
  takenAt: string;
  tool: string;
  bytes: number;
}
interface Backup {
  file: string;
  name: string;
  bytes: number;
  manifest: Manifest;
}
interface Restore {
  file: string;
  database: string;
  replaced: boolean;
  manifest: Manifest | null;
  backup: { sourceDatabase: string; serverVersion: string; tool: string; createdAt: string };
  tool: string;
}

/** restore-database on PostgreSQL: refusals before anything is touched, then real pg_dump → pg_restore round trips. */
describe('transfer-agent restore-database (PostgreSQL)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-restore-'));
  const backups = join(dir, 'backups');
  mkdirSync(backups);
  let seq = 0;
  const id = (name: string) => `${name}-${++seq}`;
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('refused before anything is touched (4xx)', () => {
    let dbs: TestDatabases<'own'>;
    let agent: TestAgent;
    before(async () => {
      dbs = await createTestDatabases(['own']);
      agent = await startTestAgent(dbs.urls.own, { backupDir: backups });
      writeFileSync(join(backups, 'placeholder.dump'), 'not a dump');
    });
    after(async () => {
      await agent?.close();
      await dbs?.drop();
    });
    const restore = (params: Record<string, unknown>) =>
      startOperation(agent, { id: id('restore'), type: 'restore-database', restoreDatabase: params });

    it('file names that leave AGENT_BACKUP_DIR, absolute paths and odd characters are 400, naming the field', async () => {
      for (const file of ['../etc/passwd', '/etc/passwd', 'a/../../x.dump', '.hidden', 'C:\\x.bak', 'a b.dump', '']) {
        const res = await restore({ file, database: 'new_db' });
        assert.equal(res.status, 400, file);
        assert.match(res.body.detail!, /restoreDatabase\.file/, file);
      }
      const missing = await restore({ file: 'nope/missing.dump', database: 'new_db' });
      assert.equal(missing.status, 400);
      assert.match(missing.body.detail!, /no backup nope\/missing\.dump in AGENT_BACKUP_DIR/);
    });

    it('an existing database is 409 unless replace; a bad database name is 400', async () => {
      const own = await restore({ file: 'placeholder.dump' });
      assert.equal(own.status, 409);
      assert.match(own.body.detail!, new RegExp(`database ${dbs.names.own} exists: .*pass replace: true`));
      const other = await restore({ file: 'placeholder.dump', database: 'postgres' });
      assert.equal(other.status, 409);
      const long = await restore({ file: 'placeholder.dump', database: 'x'.repeat(64) });
      assert.equal(long.status, 400);
      assert.match(long.body.detail!, /not a PostgreSQL database name/);
      const control = await restore({ file: 'placeholder.dump', database: 'a\tb' });
      assert.equal(control.status, 400);
    });

    it('without AGENT_BACKUP_DIR: 409 saying to configure it', async () => {
      const bare = await startTestAgent(dbs.urls.own);
      try {
        const res = await startOperation(bare, { id: 'no-dir', type: 'restore-database', restoreDatabase: { file: 'x.dump' } });
        assert.equal(res.status, 409);
        assert.match(res.body.detail!, /AGENT_BACKUP_DIR is not set/);
      } finally {
        await bare.close();
      }
    });

    it('a file that is not a custom-format dump fails the operation saying so, and creates nothing', async () => {
      const op = await waitForOperation(agent, (await restore({ file: 'placeholder.dump', database: `${dbs.names.own}_junk` })).body.id);
      assert.equal(op.status, 'failed');
      assert.match(op.error!.message, /not a pg_dump custom-format archive/);
      const [{ n }] = await sql<{ n: number }>(dbs.urls.own, `SELECT count(*)::int AS n FROM pg_database WHERE datname = $1`, [
        `${dbs.names.own}_junk`,
      ]);
      assert.equal(n, 0);
    });
  });

  describe('backup → restore with the installed pg_dump and pg_restore', () => {
    let tools: DumpToolsResult;
    let dbs: TestDatabases<'source' | 'copy'> | undefined;
    let source: TestAgent;
    let copy: TestAgent;
    let backup: Backup;
    const skipped = (t: TestContext) => (tools.skip ? (t.skip(tools.skip), true) : false);

    before(async () => {
      tools = await postgresForDumpTools();
      if (!tools.server) return;
      dbs = await createTestDatabases(['source', 'copy'], tools.server.url);
      await sql(dbs.urls.source, SCHEMA);
      const options = { backupDir: backups, pgDump: tools.server.pgDump, pgRestore: tools.server.pgRestore };
      [source, copy] = await Promise.all([startTestAgent(dbs.urls.source, options), startTestAgent(dbs.urls.copy, options)]);
    });
    after(async () => {
      await Promise.all([source?.close(), copy?.close()]);
      await dbs?.drop();
      await tools?.server?.stop();
    });

    it('backup-database writes the dump and its manifest: the watermark read right before the dump', async (t) => {
      if (skipped(t)) return;
      await runOperation(source, {
        id: id('track'),
        type: 'enable-change-tracking',
        enableChangeTracking: { tables: [{ table: CUST }] },
      });
      const op = await runOperation(source, { id: id('backup'), type: 'backup-database', backupDatabase: { directory: 'state-transfer' } });
      backup = op.result!.backupDatabase as unknown as Backup;
      assert.match(backup.name, /^state-transfer\/t_[0-9a-f]+_source-\d{8}T\d{6}Z\.dump$/);
      assert.equal(backup.file, join(backups, backup.name));
      const onDisk = JSON.parse(readFileSync(`${backup.file}.manifest.json`, 'utf8')) as Manifest;
      assert.deepEqual(onDisk, backup.manifest);
      assert.equal(backup.manifest.format, 'cutover-backup/1');
      assert.equal(backup.manifest.sourceDatabase, dbs!.names.source);
      assert.match(backup.manifest.watermark!, /^\d+:\d+:/);
      assert.match(backup.manifest.tool, new RegExp(`^pg_dump \\(PostgreSQL\\) ${tools.server!.major}\\.`));
      assert.equal(backup.manifest.bytes, backup.bytes);
    });

    it('restores into a NEW database with the data, indexes and manifest; a second time only with replace', async (t) => {
      if (skipped(t)) return;
      const database = `${dbs!.names.copy}_restored`;
      const op = await runOperation(copy, {
        id: id('restore'),
        type: 'restore-database',
        restoreDatabase: { file: backup.name, database },
      });
      const r = op.result!.restoreDatabase as unknown as Restore;
      assert.deepEqual([r.file, r.database, r.replaced], [backup.name, database, false]);
      assert.deepEqual(r.manifest, backup.manifest);
      assert.equal(r.backup.sourceDatabase, dbs!.names.source);
      assert.match(r.backup.tool, new RegExp(`^${tools.server!.major}\\.`));
      assert.match(r.tool, /^pg_restore \(PostgreSQL\)/);
      const restoredUrl = Object.assign(new URL(dbs!.urls.copy), { pathname: `/${database}` }).toString();
      try {
        assert.deepEqual(await digest(restoredUrl, CUST), await digest(dbs!.urls.source, CUST));
        const [{ n }] = await sql<{ n: number }>(restoredUrl, `SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'cust_name'`);
        assert.equal(n, 1);
        const again = await startOperation(copy, {
          id: id('restore'),
          type: 'restore-database',
          restoreDatabase: { file: backup.name, database },
        });
        assert.equal(again.status, 409);
        await sql(restoredUrl, `DELETE FROM ax."CUST TABLE" WHERE accountnum = 'C1'`);
        const replaced = await runOperation(copy, {
          id: id('restore'),
          type: 'restore-database',
          restoreDatabase: { file: backup.name, database, replace: true },
        });
        assert.equal((replaced.result!.restoreDatabase as unknown as Restore).replaced, true);
        assert.deepEqual(await digest(restoredUrl, CUST), await digest(dbs!.urls.source, CUST));
      } finally {
        await sql(dbs!.urls.copy, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      }
    });

    it('restores over the agent’s own database (as the state transfer’s test system), and the agent goes on serving it', async (t) => {
      if (skipped(t)) return;
      const op = await runOperation(copy, {
        id: id('restore'),
        type: 'restore-database',
        restoreDatabase: { file: backup.name, replace: true },
      });
      const r = op.result!.restoreDatabase as unknown as Restore;
      assert.deepEqual([r.database, r.replaced], [dbs!.names.copy, true]);
      assert.deepEqual(await digest(dbs!.urls.copy, CUST), await digest(dbs!.urls.source, CUST));
      const res = await fetch(`${copy.url}/v1/catalog/tables/ax/${encodeURIComponent('CUST TABLE')}?exactCount=true`, {
        headers: copy.auth,
      });
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { rowCount: number }).rowCount, 1000);
    });

    it('a pg_restore older than the dump and the server fails naming both versions; a manifest of another dump is refused', async (t) => {
      if (skipped(t)) return;
      const fake = join(dir, 'old-pg_restore');
      writeFileSync(fake, '#!/bin/sh\necho "pg_restore (PostgreSQL) 9.6.24"\n');
      chmodSync(fake, 0o755);
      const old = await startTestAgent(dbs!.urls.copy, { backupDir: backups, pgRestore: fake });
      try {
        await startOperation(old, {
          id: 'old',
          type: 'restore-database',
          restoreDatabase: { file: backup.name, database: 'never_created' },
        });
        const op = await waitForOperation(old, 'old');
        assert.equal(op.status, 'failed');
        const major = tools.server!.major;
        assert.match(
          op.error!.message,
          new RegExp(
            `pg_restore at .*old-pg_restore is version 9, but the backup was made by pg_dump ${major}\\.[^ ]+.* and the server is PostgreSQL ${major}: pg_restore must be at least version ${major}`,
          ),
        );
      } finally {
        await old.close();
      }
      copyFileSync(backup.file, join(backups, 'other.dump'));
      writeFileSync(join(backups, 'other.dump.manifest.json'), JSON.stringify({ ...backup.manifest, bytes: 1 }));
      await startOperation(copy, {
        id: 'other',
        type: 'restore-database',
        restoreDatabase: { file: 'other.dump', database: 'never_created' },
      });
      const op = await waitForOperation(copy, 'other');
      assert.equal(op.status, 'failed');
      assert.match(
        op.error!.message,
        /manifest other\.dump\.manifest\.json describes a dump of 1 bytes, but the dump beside it has \d+: it belongs to another backup/,
      );
      assert.equal(existsSync(join(backups, 'never_created')), false);
    });
  });
});
