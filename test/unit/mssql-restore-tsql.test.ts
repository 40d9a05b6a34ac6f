import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Parser } from 'node-sql-parser';
import * as admin from '../../services/transfer-agent/src/engines/mssql/admin-sql';
import * as r from '../../services/transfer-agent/src/engines/mssql/restore-sql';
import * as recovery from '../../services/transfer-agent/src/engines/mssql/recovery-sql';
import * as deltaRead from '../../services/transfer-agent/src/engines/mssql/delta-read-sql';
import { parseBackupTsql, type Value } from '../support/tsql-backup-grammar';

const parser = new Parser();
const sqlParses = (sql: string) => assert.doesNotThrow(() => parser.astify(sql, { database: 'transactsql' }), sql);
const variable = (name: string): Value => ({ kind: 'variable', name });
const ODD = "AX]DB 'x' [y]";

describe('SQL Server backup and restore T-SQL', () => {
  it('BACKUP writes the manifest into the description; path and description are parameters, the name is quoted', () => {
    const [s] = parseBackupTsql(admin.backupCopyOnlySql(ODD));
    assert.equal(s.verb, 'BACKUP DATABASE');
    assert.equal(s.database, ODD);
    assert.deepEqual(s.disk, variable('path'));
    assert.deepEqual(s.options, {
      COPY_ONLY: true,
      INIT: true,
      CHECKSUM: true,
      DESCRIPTION: variable('description'),
      STATS: { kind: 'number', value: 10 },
    });
  });

  it('RESTORE HEADERONLY / FILELISTONLY read the first backup set from @path', () => {
    for (const [sql, verb] of [
      [r.restoreHeaderOnlySql, 'RESTORE HEADERONLY'],
      [r.restoreFileListSql, 'RESTORE FILELISTONLY'],
    ] as const) {
      const [s] = parseBackupTsql(sql);
      assert.equal(s.verb, verb);
      assert.deepEqual(s.disk, variable('path'));
      assert.deepEqual(s.options, { FILE: { kind: 'number', value: 1 } });
    }
  });

  it('RESTORE DATABASE: one MOVE per file, every path a parameter, REPLACE only when told', () => {
    const [s] = parseBackupTsql(r.restoreDatabaseSql(ODD, 3, false));
    assert.equal(s.verb, 'RESTORE DATABASE');
    assert.equal(s.database, ODD);
    assert.deepEqual(s.disk, variable('path'));
    assert.deepEqual(
      s.moves,
      [0, 1, 2].map((i) => ({ from: variable(`logical${i}`), to: variable(`physical${i}`) })),
    );
    assert.deepEqual(Object.keys(s.options).sort(), ['FILE', 'RECOVERY', 'STATS']);
    const [replace] = parseBackupTsql(r.restoreDatabaseSql('AX', 1, true));
    assert.equal(replace.options.REPLACE, true);
    assert.throws(() => r.restoreDatabaseSql('AX', 0, false), /0 files/);
    assert.throws(() => r.restoreDatabaseSql('', 1, false), /not a valid sysname/);
  });

  it('replacing an existing database: SINGLE_USER with ROLLBACK IMMEDIATE and RESTORE in one batch, MULTI_USER after', () => {
    const batch = `${r.singleUserSql(ODD)};\n${r.restoreDatabaseSql(ODD, 2, true)}`;
    const [single, restore] = parseBackupTsql(batch);
    assert.deepEqual(
      [single.verb, single.database, single.set, single.termination],
      ['ALTER DATABASE', ODD, 'SINGLE_USER', 'ROLLBACK IMMEDIATE'],
    );
    assert.equal(restore.verb, 'RESTORE DATABASE');
    const [multi] = parseBackupTsql(r.multiUserSql(ODD));
    assert.deepEqual([multi.database, multi.set], [ODD, 'MULTI_USER']);
    // The statements the single-user mode and recovery model use parse with the same grammar.
    assert.equal(parseBackupTsql(admin.restrictDatabaseSql(ODD))[0].set, 'RESTRICTED_USER');
    for (const model of ['SIMPLE', 'FULL', 'BULK_LOGGED'])
      assert.equal(parseBackupTsql(recovery.setRecoveryModelSql(ODD, model))[0].set, `RECOVERY ${model}`);
    for (const access of ['MULTI_USER', 'RESTRICTED_USER'])
      assert.equal(parseBackupTsql(recovery.setUserAccessSql(ODD, access))[0].set, access);
    const [snapshot] = parseBackupTsql(deltaRead.allowSnapshotIsolationSql(ODD));
    assert.deepEqual([snapshot.database, snapshot.set], [ODD, 'ALLOW_SNAPSHOT_ISOLATION ON']);
  });

  it('the grammar refuses what SQL Server would: unquoted odd names, values spliced in, unknown options', () => {
    assert.throws(() => parseBackupTsql('RESTORE DATABASE AX DB FROM DISK = @path'), /FROM/);
    assert.throws(() => parseBackupTsql('RESTORE DATABASE [AX] FROM DISK = @path WITH MOVE @a @b'), /TO/);
    assert.throws(() => parseBackupTsql('RESTORE DATABASE [AX] FROM DISK = @path WITH DROP'), /not an option/);
    assert.throws(() => parseBackupTsql('RESTORE DATABASE [AX]] FROM DISK = @path'), /unterminated|expected/);
    assert.throws(() => parseBackupTsql("RESTORE DATABASE [AX] FROM DISK = 'a'' ; DROP"), /unterminated/);
    assert.throws(() => parseBackupTsql('RESTORE DATABASE [AX] FROM DISK = @path WITH REPLACE, REPLACE'), /twice/);
  });

  it('catalog reads parse with node-sql-parser', () => {
    sqlParses(r.databaseExistsSql);
    sqlParses(r.defaultFilePathsSql);
    sqlParses(r.productVersionSql);
    sqlParses(r.useMasterSql);
  });

  it('database names: sysname, no control characters', () => {
    r.checkDatabaseName('AX 2012 ]odd[');
    assert.throws(() => r.checkDatabaseName(''), /not a SQL Server database name/);
    assert.throws(() => r.checkDatabaseName('x'.repeat(129)), /not a SQL Server database name/);
    assert.throws(() => r.checkDatabaseName('a\nb'), /not a SQL Server database name/);
  });

  it('moved files: named after the database and file id, in the data or log directory, in the server’s separator', () => {
    const files = [
      { logicalName: 'AX_Data', physicalName: 'D:\\old\\AX.mdf', type: 'D', fileId: 1 },
      { logicalName: 'AX_Log', physicalName: 'E:\\old\\AX_log.ldf', type: 'L', fileId: 2 },
      { logicalName: 'AX_Data2', physicalName: 'D:\\old\\AX2.ndf', type: 'D', fileId: 3 },
      { logicalName: 'FS', physicalName: 'D:\\old\\fs', type: 'S', fileId: 65537 },
    ];
    assert.deepEqual(r.physicalFileNames('AX test/..\\x', files, 'D:\\data\\', 'E:\\log'), [
      'D:\\data\\AX_test____x_1.mdf',
      'E:\\log\\AX_test____x_2.ldf',
      'D:\\data\\AX_test____x_3.ndf',
      'D:\\data\\AX_test____x_65537',
    ]);
    assert.deepEqual(r.physicalFileNames('ax', files.slice(0, 2), '/var/opt/mssql/data', '/var/opt/mssql/data/'), [
      '/var/opt/mssql/data/ax_1.mdf',
      '/var/opt/mssql/data/ax_2.ldf',
    ]);
  });

  it('the backup description carries the manifest and is read back; foreign descriptions are no manifest', () => {
    const text = r.backupDescription('123456789', '2026-01-02T03:04:05.000Z');
    assert.ok(text.length <= 255);
    assert.deepEqual(r.parseBackupDescription(text), { watermark: '123456789', takenAt: '2026-01-02T03:04:05.000Z' });
    assert.deepEqual(r.parseBackupDescription(r.backupDescription(null, 't')), { watermark: null, takenAt: 't' });
    for (const foreign of [null, '', 'nightly full backup', '{"watermark":"1"}', '{"cutover":1,"watermark":5,"takenAt":"t"}'])
      assert.equal(r.parseBackupDescription(foreign), null);
  });
});
