import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { TableDefinition } from '../../services/transfer-agent/src/engines/engine';
import * as admin from '../../services/transfer-agent/src/engines/mssql/admin-sql';
import * as capture from '../../services/transfer-agent/src/engines/mssql/capture-sql';
import { ENCRYPTED_PACKET_SIZE, explainConnectError, parseMssqlConnection } from '../../services/transfer-agent/src/engines/mssql/config';
import * as lock from '../../services/transfer-agent/src/engines/mssql/ddl-lock-sql';
import { isLockTimeout, retryOnLockTimeout } from '../../services/transfer-agent/src/engines/mssql/ddl-lock';
import * as read from '../../services/transfer-agent/src/engines/mssql/delta-read-sql';
import * as recovery from '../../services/transfer-agent/src/engines/mssql/recovery-sql';
import { parses, skeleton } from '../support/tsql-parse';

/** Names that need quoting: a space, `]`, `'`, unicode, and 128 characters (sysname's limit). */
const ODD_NAMES = ['with space', 'a]b', "o'brien", 'Ünïcødé 名前', 'x'.repeat(128)];

const table = (keys: string[], types: string[]): TableDefinition => ({
  schema: "ax sch]ema'",
  name: 'INVENT]TRANS',
  columns: keys.map((name, i) => ({ name, dataType: types[i], nullable: false, ordinal: i + 1, collation: null })),
  primaryKey: { name: 'PK', columns: keys },
  copyKey: { columns: keys, index: 'PK', reason: 'primary key PK' },
  indexes: [],
  constraints: [],
  rowCount: 0,
  rowCountExact: false,
  bytes: 0,
});

describe('#delta_<table>: character key columns take the AX database collation, not tempdb’s (#21 item 3)', () => {
  it('COLLATE DATABASE_DEFAULT on char/varchar/nchar/nvarchar keys only; odd names quoted; parses', () => {
    const types = ['nvarchar(4)', 'bigint', 'varchar(20)', 'nchar(10)', 'numeric(28,12)'];
    const t = table(ODD_NAMES, types);
    const text = admin.createDeltaTableSql(t, ODD_NAMES);
    const columns = text.slice(text.indexOf('(') + 1, -1);
    assert.match(
      columns,
      /^\[with space\] nvarchar\(4\) COLLATE DATABASE_DEFAULT, \[a\]\]b\] bigint, \[o'brien\] varchar\(20\) COLLATE DATABASE_DEFAULT, /,
    );
    assert.match(columns, /\[Ünïcødé 名前\] nchar\(10\) COLLATE DATABASE_DEFAULT, \[x{128}\] numeric\(28,12\), op nchar\(1\) NOT NULL$/);
    assert.deepEqual(skeleton(text).names.slice(1), ODD_NAMES);
    parses(text.replace(/^CREATE TABLE \[#delta_[^ ]*\] /, 'CREATE TABLE [delta_x] '));
  });
});

describe('consistent delta reads: one SNAPSHOT transaction, no upper version filter (#21 item 1)', () => {
  it('CHANGETABLE and the capture-table read take only @since; the snapshot bounds them', () => {
    const t = table(ODD_NAMES.slice(0, 3), ['nvarchar(4)', 'bigint', 'int']);
    for (const text of [admin.insertDeltaSql(t), capture.insertCapturedDeltaSql('#delta_X', ODD_NAMES.slice(0, 3), 7)]) {
      assert.doesNotMatch(text, /@until|SYS_CHANGE_VERSION <=/);
      assert.match(text, /^DECLARE @sinceVersion bigint = CAST\(@since AS bigint\);\n/);
      parses(
        text
          .split('\n')
          .slice(1)
          .join('\n')
          .replace(/CHANGETABLE\(CHANGES [^)]*\)/, '[ct_source]'),
      );
    }
  });

  it('the snapshot-isolation state query parses; the isolation statements are exact', () => {
    parses(read.snapshotIsolationStateSql);
    assert.equal(read.readCommittedIsolationLevelSql, 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    assert.equal(read.allowSnapshotIsolationSql(ODD_NAMES[1]), 'ALTER DATABASE [a]]b] SET ALLOW_SNAPSHOT_ISOLATION ON');
  });
});

describe('schema changes on live tables: short lock timeout, retry with backoff, then report (#21 item 9)', () => {
  it('SET LOCK_TIMEOUT takes a checked integer literal', () => {
    assert.equal(lock.setLockTimeoutSql(3000), 'SET LOCK_TIMEOUT 3000');
    parses(lock.setLockTimeoutSql(3000));
    assert.equal(lock.setLockTimeoutSql(-1), 'SET LOCK_TIMEOUT -1');
    for (const bad of [1.5, -2, Number.NaN, 4_000_000]) assert.throws(() => lock.setLockTimeoutSql(bad), /lock timeout/);
  });

  it('retries only error 1222, with doubling waits, and reports the table after the last attempt', async () => {
    const timeout = Object.assign(new Error('Lock request time out period exceeded.'), { number: 1222 });
    assert.equal(isLockTimeout(timeout), true);
    assert.equal(isLockTimeout(new Error('x')), false);
    let calls = 0;
    const started = Date.now();
    const problem = await retryOnLockTimeout({ timeoutMs: 5, attempts: 3, backoffMs: 20 }, new AbortController().signal, () => {
      calls++;
      return Promise.reject(timeout);
    });
    assert.equal(calls, 3);
    assert.ok(Date.now() - started >= 55, 'waited 20 + 40 ms between attempts');
    assert.match(problem!, /Sch-M.*5 ms in 3 attempt/);
    let second = 0;
    assert.equal(
      await retryOnLockTimeout({ timeoutMs: 5, attempts: 3, backoffMs: 1 }, new AbortController().signal, () =>
        ++second === 1 ? Promise.reject(timeout) : Promise.resolve(),
      ),
      null,
    );
    await assert.rejects(
      retryOnLockTimeout({ timeoutMs: 5, attempts: 3, backoffMs: 1 }, new AbortController().signal, () =>
        Promise.reject(new Error('syntax')),
      ),
      /syntax/,
      'other errors are not retried',
    );
  });
});

describe('recovery model and user access (#21 item 8, #11 item 3)', () => {
  it('state, mirroring and availability-group probes parse', () => {
    for (const text of [recovery.databaseStateSql, recovery.mirroredSql, recovery.availabilityGroupSql]) parses(text);
    assert.equal(recovery.hadrEnabledSql, "SELECT CAST(ISNULL(SERVERPROPERTY('IsHadrEnabled'), 0) AS int)");
  });

  it('ALTER DATABASE takes only a known model or access mode (parsed in mssql-restore-tsql.test.ts)', () => {
    assert.equal(recovery.setRecoveryModelSql('AX DB', 'FULL'), 'ALTER DATABASE [AX DB] SET RECOVERY FULL');
    assert.equal(recovery.setUserAccessSql("AX'DB", 'RESTRICTED_USER'), "ALTER DATABASE [AX'DB] SET RESTRICTED_USER");
    assert.throws(() => recovery.setRecoveryModelSql('AX', 'SIMPLE; DROP DATABASE AX'), /not one of/);
    assert.throws(() => recovery.setUserAccessSql('AX', 'OFFLINE'), /not one of/);
  });
});

describe('SQL Server TLS and packet size (#21 items 5, 6)', () => {
  it('encrypted connections cap the packet size at 16383; unencrypted keep 32767', () => {
    assert.equal(ENCRYPTED_PACKET_SIZE, 16383);
    assert.equal(parseMssqlConnection('mssql://sa:p@db/AX').config.options?.packetSize, 16383);
    assert.equal(parseMssqlConnection('mssql://sa:p@db/AX?packetSize=32767').config.options?.packetSize, 16383);
    assert.equal(parseMssqlConnection('mssql://sa:p@db/AX?packetSize=8192').config.options?.packetSize, 8192);
    assert.equal(parseMssqlConnection('mssql://sa:p@db/AX?encrypt=false').config.options?.packetSize, 32767);
  });

  it('CA file, server name and minimum version reach tedious; a missing CA file is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-'));
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const s = parseMssqlConnection('mssql://sa:p@10.0.0.5/AX', { caFile: ca, serverName: 'sql01.corp.example', minVersion: 'TLSv1.3' });
    assert.equal(s.config.options?.serverName, 'sql01.corp.example');
    assert.deepEqual(s.config.options?.cryptoCredentialsDetails, {
      minVersion: 'TLSv1.3',
      ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    });
    assert.equal(s.config.options?.trustServerCertificate, false);
    assert.deepEqual(s.warnings, []);
    assert.throws(
      () => parseMssqlConnection('mssql://sa:p@db/AX', { caFile: join(dir, 'missing.pem') }),
      /CA file .*missing\.pem cannot be read/,
    );
  });

  it('trusting any server certificate is a loud warning, from the config or the connection string', () => {
    const fromConfig = parseMssqlConnection('mssql://sa:p@db/AX', { trustServerCertificate: true });
    assert.equal(fromConfig.config.options?.trustServerCertificate, true);
    assert.match(fromConfig.warnings[0], /NOT checked/);
    assert.match(parseMssqlConnection('Server=db;Database=AX;User Id=sa;TrustServerCertificate=true').warnings[0], /NOT checked/);
    assert.equal(
      parseMssqlConnection('mssql://sa:p@db/AX?trustServerCertificate=true', { trustServerCertificate: false }).warnings.length,
      0,
    );
  });

  it('a server that offers only TLS < 1.2 is named with what to do; other errors pass through', () => {
    const old = explainConnectError(new Error('Failed to connect: write EPROTO error:0A000102:SSL routines::unsupported protocol'));
    assert.match(old.message, /older than 1\.2.*TLS 1\.2 update/);
    const cert = explainConnectError(new Error('self-signed certificate in certificate chain'));
    assert.match(cert.message, /AGENT_MSSQL_TLS_CA_FILE/);
    const login = new Error("Login failed for user 'sa'.");
    assert.equal(explainConnectError(login), login);
  });
});
