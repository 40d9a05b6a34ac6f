import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import {
  backupNameProblem,
  insideDirectory,
  joinServerPath,
  nameInBackupDir,
  resolveLocalBackup,
} from '../../services/transfer-agent/src/operations/backup-paths';
import { RestoreDatabaseParamsDto } from '../../services/transfer-agent/src/operations/backup.dto';

const BAD = [
  '',
  '/etc/passwd',
  '\\\\server\\share\\x.bak',
  'C:\\backups\\x.bak',
  'c:x.bak',
  '..',
  '../x.dump',
  'a/../../x.dump',
  'a/./x.dump',
  './x.dump',
  '.hidden',
  'a//b',
  'a/',
  'a\\b.dump',
  'x.dump\u0000',
  'a b.dump',
  'x'.repeat(301),
];

describe('backup file names are confined to AGENT_BACKUP_DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-paths-'));
  const base = join(dir, 'backups');
  mkdirSync(join(base, 'state-transfer'), { recursive: true });
  writeFileSync(join(base, 'state-transfer', 'prod-1.dump'), 'x');
  writeFileSync(join(dir, 'outside.dump'), 'secret');
  symlinkSync(join(dir, 'outside.dump'), join(base, 'escape.dump'));
  symlinkSync(join(base, 'state-transfer', 'prod-1.dump'), join(base, 'alias.dump'));
  symlinkSync(dir, join(base, 'up'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('only plain relative names pass, in the checker and in the request DTO alike', async () => {
    for (const name of ['prod.dump', 'state-transfer/prod-20260101T000000Z.dump', 'a/b/c.d.e', 'AX_2012-full.bak'])
      assert.equal(backupNameProblem(name), null, name);
    for (const name of BAD) {
      assert.notEqual(backupNameProblem(name), null, JSON.stringify(name));
      const errors = await validate(plainToInstance(RestoreDatabaseParamsDto, { file: name }));
      assert.ok(errors.length > 0, `the DTO accepts ${JSON.stringify(name)}`);
    }
    assert.match(backupNameProblem('/etc/passwd')!, /absolute path/);
    assert.match(backupNameProblem('a/../../x')!, /\.\. segment/);
  });

  it('resolves an existing file inside the directory, symbolic links included, and nothing outside', async () => {
    assert.equal(await resolveLocalBackup(base, 'state-transfer/prod-1.dump'), join(base, 'state-transfer', 'prod-1.dump'));
    assert.equal(await resolveLocalBackup(base, 'alias.dump'), join(base, 'state-transfer', 'prod-1.dump'));
    await assert.rejects(resolveLocalBackup(base, 'escape.dump'), /leads outside AGENT_BACKUP_DIR/);
    await assert.rejects(resolveLocalBackup(base, 'up/outside.dump'), /leads outside AGENT_BACKUP_DIR/);
    await assert.rejects(resolveLocalBackup(base, 'missing.dump'), /no backup missing\.dump in AGENT_BACKUP_DIR/);
    await assert.rejects(resolveLocalBackup(base, 'state-transfer'), /is not a file/);
    await assert.rejects(resolveLocalBackup(base, '../outside.dump'), /\.\. segment/);
    await assert.rejects(resolveLocalBackup(join(dir, 'nope'), 'x.dump'), /does not exist on this agent/);
    await assert.rejects(resolveLocalBackup('relative/dir', 'x.dump'), /not an absolute path/);
  });

  it('server-side paths keep the server’s separator; names under the directory come back relative', () => {
    assert.equal(joinServerPath('D:\\backups\\', 'state-transfer/ax.bak'), 'D:\\backups\\state-transfer\\ax.bak');
    assert.equal(joinServerPath('/var/opt/mssql/backup', 'ax.bak'), '/var/opt/mssql/backup/ax.bak');
    assert.throws(() => joinServerPath('D:\\backups', '..\\..\\Windows\\x'), /must be plain names|\.\. segment/);
    assert.equal(nameInBackupDir('/srv/backups/', '/srv/backups/state-transfer/p.dump'), 'state-transfer/p.dump');
    assert.equal(nameInBackupDir('D:\\backups', 'D:\\backups\\nightly\\ax.bak'), 'nightly/ax.bak');
    assert.equal(insideDirectory('/a/b', '/a/b/c'), true);
    assert.equal(insideDirectory('/a/b', '/a/bc'), false);
    assert.equal(insideDirectory('/a/b', '/a/b'), false);
  });
});
