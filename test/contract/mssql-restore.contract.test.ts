import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { EngineInputError, NO_PROGRESS } from '../../services/transfer-agent/src/engines/engine';
import { MssqlEngine } from '../../services/transfer-agent/src/engines/mssql/mssql.engine';
import { quoteIdent } from '../../services/transfer-agent/src/engines/mssql/tsql';
import { MSSQL_BACKUP_DIR_SKIP, MSSQL_SKIP } from '../support/skip-reasons';

/**
 * backup-database → restore-database against SQL Server. Needs MSSQL_URL (a login that may create,
 * back up and restore databases) and MSSQL_BACKUP_DIR (a directory the SQL Server service can write
 * and read, as the server sees it, e.g. /var/opt/mssql/backup); otherwise every test is reported
 * as skipped with the reason. Nothing here runs in this repository's CI, which has no SQL Server.
 */
const serverUrl = process.env.MSSQL_URL;
const backupDir = process.env.MSSQL_BACKUP_DIR;
const skip = !serverUrl ? MSSQL_SKIP : !backupDir ? MSSQL_BACKUP_DIR_SKIP : false;
const ctx = () => ({ signal: new AbortController().signal, progress: NO_PROGRESS });

describe('engine contract: mssql backup and restore', () => {
  const tag = randomBytes(4).toString('hex');
  const source = `cutover_t_${tag}_src`;
  const restored = `cutover_t_${tag}_restored`;
  let admin: MssqlEngine;
  let engine: MssqlEngine;
  const urlFor = (db: string) => Object.assign(new URL(serverUrl!), { pathname: `/${encodeURIComponent(db)}` }).toString();
  const exec = (e: MssqlEngine, text: string) =>
    e.executeScript({ batches: [{ sql: text, repeat: 1, line: 1 }], parameters: {}, transaction: false, maxRows: 10 }, ctx());

  before(async () => {
    if (skip) return;
    admin = new MssqlEngine({ url: serverUrl!, poolSize: 1 });
    await exec(admin, `CREATE DATABASE ${quoteIdent(source)}`);
    engine = new MssqlEngine({ url: urlFor(source), poolSize: 2 });
    await exec(
      engine,
      `CREATE TABLE dbo.T (n int NOT NULL PRIMARY KEY, s nvarchar(20)); INSERT INTO dbo.T SELECT TOP (100) ROW_NUMBER() OVER (ORDER BY (SELECT NULL)), N'x' FROM sys.all_objects`,
    );
  });
  after(async () => {
    if (skip) return;
    await engine?.close();
    for (const db of [source, restored])
      await exec(
        admin,
        `IF DB_ID(N'${db}') IS NOT NULL BEGIN ALTER DATABASE ${quoteIdent(db)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ${quoteIdent(db)} END`,
      ).catch(() => undefined);
    await admin?.close();
  });

  it(
    'backs up with the manifest in the description, restores WITH MOVE into a new database, replaces only when told',
    { skip },
    async () => {
      const backup = await engine.backupDatabase(backupDir!, ctx());
      assert.equal(backup.manifest.sourceDatabase, source);
      assert.equal(backup.manifest.watermark, null, 'no change tracking on that database');
      assert.equal(await engine.databaseExists(restored), false);
      const first = await engine.restoreDatabase({ path: backup.file, database: restored, replace: false }, ctx());
      assert.equal(first.replaced, false);
      assert.equal(first.manifest?.takenAt, backup.manifest.takenAt);
      assert.equal(first.backup.sourceDatabase, source);
      const copy = new MssqlEngine({ url: urlFor(restored), poolSize: 1 });
      try {
        const r = await exec(copy, 'SELECT COUNT(*) FROM dbo.T');
        assert.equal(Number(r.resultSet!.rows[0][0]), 100);
      } finally {
        await copy.close();
      }
      await assert.rejects(engine.restoreDatabase({ path: backup.file, database: restored, replace: false }, ctx()), (e: Error) => {
        assert.ok(e instanceof EngineInputError);
        assert.match(e.message, /exists: .*pass replace: true/);
        return true;
      });
      const again = await engine.restoreDatabase({ path: backup.file, database: restored, replace: true }, ctx());
      assert.equal(again.replaced, true);
    },
  );
});
