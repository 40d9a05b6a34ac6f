import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBatches } from '@cutover/contracts';
import { parses, skeleton } from '../support/tsql-parse';
import type { TableDefinition } from '../../services/transfer-agent/src/engines/engine';
import * as admin from '../../services/transfer-agent/src/engines/mssql/admin-sql';
import { exportSql } from '../../services/transfer-agent/src/engines/mssql/bulk';
import { buildIndexes } from '../../services/transfer-agent/src/engines/mssql/catalog';
import { checksumSql } from '../../services/transfer-agent/src/engines/mssql/checksum';
import { parseMssqlConnection } from '../../services/transfer-agent/src/engines/mssql/config';
import { SESSIONS_SQL } from '../../services/transfer-agent/src/engines/mssql/mssql.engine';
import * as t from '../../services/transfer-agent/src/engines/mssql/tsql';

const ODD = ['RECID', 'with space', 'a]b', "q'uote", '"dq"', '[br'];
const table: TableDefinition = {
  schema: 'ax schema',
  name: 'INVENT]TRANS',
  columns: [
    { name: 'RECID', dataType: 'bigint', nullable: false, ordinal: 1 },
    { name: 'with space', dataType: 'nvarchar(60)', nullable: true, ordinal: 2 },
    { name: 'a]b', dataType: 'numeric(32,16)', nullable: false, ordinal: 3 },
    { name: "q'uote", dataType: 'datetime', nullable: true, ordinal: 4 },
    { name: '"dq"', dataType: 'varbinary(max)', nullable: true, ordinal: 5 },
    { name: '[br', dataType: 'ntext', nullable: true, ordinal: 6 },
  ],
  primaryKey: { name: 'PK', columns: ['RECID'] },
  indexes: [],
  constraints: [],
  rowCount: 0,
  rowCountExact: false,
  bytes: 0,
};
const range = { keyColumn: 'RECID', from: '100', to: '200' };

describe('mssql T-SQL generation', () => {
  it('quotes identifiers with [ ] and doubles ] — one function', () => {
    assert.equal(t.quoteIdent('a]b'), '[a]]b]');
    assert.equal(t.quoteIdent('with space'), '[with space]');
    assert.equal(t.quoteIdent("q'uote"), "[q'uote]");
    assert.equal(t.quoteIdent('[br'), '[[br]');
    assert.equal(t.quoteIdent(']]'), '[]]]]]');
    assert.equal(t.quoteTable({ schema: 'ax schema', name: 'INVENT]TRANS' }), '[ax schema].[INVENT]]TRANS]');
    assert.throws(() => t.quoteIdent(''), /not a valid sysname/);
    assert.throws(() => t.quoteIdent('x'.repeat(129)), /not a valid sysname/);
  });

  it('export, delete and checksum statements parse and name exactly the columns given', () => {
    const exp = exportSql({ table, range, columns: ODD });
    parses(exp.sql);
    assert.deepEqual(skeleton(exp.sql).names, [...ODD, 'ax schema', 'INVENT]TRANS', 'RECID', 'RECID']);
    assert.deepEqual(exp.params, [
      { name: 'from', value: '100' },
      { name: 'to', value: '200' },
    ]);
    assert.match(exp.sql, /\[RECID\] >= CAST\(@from AS bigint\) AND \[RECID\] < CAST\(@to AS bigint\)$/);
    assert.match(exp.sql, /CONVERT\(varchar\(48\), \[a]]b]\)/);
    assert.match(exp.sql, /CONVERT\(varchar\(27\), \[q'uote], 121\)/);
    const del = t.deleteRangeSql(table, { keyColumn: 'RECID', from: null, to: '5' });
    parses(del.sql);
    assert.equal(del.sql, 'DELETE FROM [ax schema].[INVENT]]TRANS] WHERE [RECID] < CAST(@to AS bigint)');
    assert.equal(t.deleteRangeSql(table, null).sql, 'DELETE FROM [ax schema].[INVENT]]TRANS] WHERE 1 = 1');
    const sum = checksumSql({ table, range: null, columns: ODD });
    parses(sum.sql);
    assert.match(sum.sql, /HASHBYTES\('MD5', /);
    assert.match(sum.sql, /CONVERT\(nvarchar\(max\), \[q'uote], 121\)/);
    assert.match(sum.sql, /CONVERT\(nvarchar\(max\), \["dq"], 1\)/);
  });

  it('the key-range split (NTILE quantiles) parses and quotes its names', () => {
    const sql = t.splitRangesSql(table, 'a]b', 4);
    assert.equal(
      sql,
      'SELECT CONVERT(nvarchar(4000), MIN(k)) AS b FROM (SELECT [a]]b] AS k, NTILE(4) OVER (ORDER BY [a]]b]) AS t FROM [ax schema].[INVENT]]TRANS] WITH (NOLOCK)) s WHERE t > 1 GROUP BY t ORDER BY MIN(k)',
    );
    // node-sql-parser does not know the NOLOCK table hint; the statement without it must parse.
    parses(sql.replace(' WITH (NOLOCK)', ''));
  });

  it('prepare/finish statements parse', () => {
    for (const sql of [
      t.truncateSql(table),
      t.dropIndexSql(table, 'I]X'),
      t.dropConstraintSql(table, 'CK x'),
      t.addConstraintSql(table, 'CK x', 'CHECK ([a]]b]>(0))'),
      t.countSql(table),
      t.createIndexSql(table, {
        name: 'I]X',
        unique: true,
        clustered: false,
        keys: [
          { column: 'with space', descending: false },
          { column: 'a]b', descending: true },
        ],
        included: ["q'uote"],
        filter: null,
      }),
    ])
      parses(sql);
    // node-sql-parser has no UPDATE STATISTICS: the exact text is asserted instead.
    assert.equal(t.updateStatisticsSql(table), 'UPDATE STATISTICS [ax schema].[INVENT]]TRANS]');
  });

  it('catalog index rows become re-creatable definitions and constraints', () => {
    const built = buildIndexes(
      table,
      [
        [1, 'PK]', true, true, false, 'CLUSTERED', null],
        [2, 'IX 2', false, false, false, 'NONCLUSTERED', '([RECID]>(0))'],
        [3, 'UQ', true, false, true, 'NONCLUSTERED', null],
      ],
      [
        [1, 'RECID', false, false, 1],
        [2, 'with space', true, false, 1],
        [2, 'a]b', false, true, 0],
        [3, "q'uote", false, false, 1],
      ],
    );
    assert.deepEqual(built.primaryKey, { name: 'PK]', columns: ['RECID'] });
    assert.equal(
      built.indexes[1].definition,
      'CREATE NONCLUSTERED INDEX [IX 2] ON [ax schema].[INVENT]]TRANS] ([with space] DESC) INCLUDE ([a]]b]) WHERE ([RECID]>(0))',
    );
    parses(built.indexes[1].definition.replace(/ WHERE .*/, ''));
    assert.deepEqual(built.constraints, [{ name: 'UQ', kind: 'unique', definition: "UNIQUE NONCLUSTERED ([q'uote] ASC)" }]);
    parses(t.addConstraintSql(table, 'UQ', 'UNIQUE ([x])'));
  });

  it('admin statements: parsed where the grammar has them, exact text where it does not', () => {
    parses(admin.killSessionSql(57));
    assert.throws(() => admin.killSessionSql('57; DROP TABLE x'), /not a SQL Server session id/);
    assert.throws(() => admin.killSessionSql(-1), /not a SQL Server session id/);
    parses(admin.currentVersionSql);
    parses(admin.tableChangeTrackingEnabledSql);
    parses(admin.recoveryModelSql);
    parses(admin.singleUserActiveSql); // the watchdog's resume check after an agent restart
    parses(SESSIONS_SQL); // what the watchdog reads before it KILLs
    // ALTER DATABASE, BACKUP, ALTER TABLE … CHANGE_TRACKING and CHANGETABLE are outside node-sql-parser's grammar.
    assert.equal(admin.restrictDatabaseSql('AX]DB'), 'ALTER DATABASE [AX]]DB] SET RESTRICTED_USER WITH ROLLBACK IMMEDIATE');
    assert.equal(admin.unrestrictDatabaseSql('AX DB'), 'ALTER DATABASE [AX DB] SET MULTI_USER');
    assert.equal(
      admin.enableDatabaseChangeTrackingSql("AX'DB", 7),
      "ALTER DATABASE [AX'DB] SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 7 DAYS, AUTO_CLEANUP = ON)",
    );
    assert.throws(() => admin.enableDatabaseChangeTrackingSql('AX', 0), /retention/);
    assert.equal(admin.setRetentionSql("AX'DB", 45), "ALTER DATABASE [AX'DB] SET CHANGE_TRACKING (CHANGE_RETENTION = 45 DAYS)");
    assert.match(admin.enableDatabaseChangeTrackingSql('AX'), /CHANGE_RETENTION = 30 DAYS/, 'default retention 30 days');
    assert.equal(
      admin.enableTableChangeTrackingSql(table),
      'ALTER TABLE [ax schema].[INVENT]]TRANS] ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = OFF)',
    );
    assert.equal(admin.disableTableChangeTrackingSql(table), 'ALTER TABLE [ax schema].[INVENT]]TRANS] DISABLE CHANGE_TRACKING');
    // BACKUP is parsed, with RESTORE, in mssql-restore-tsql.test.ts.
    assert.equal(
      admin.backupCopyOnlySql('AX]'),
      'BACKUP DATABASE [AX]]] TO DISK = @path WITH COPY_ONLY, INIT, CHECKSUM, DESCRIPTION = @description, STATS = 10',
    );
    assert.equal(admin.setRecoverySimpleSql('AX'), 'ALTER DATABASE [AX] SET RECOVERY SIMPLE');
    const changes = admin.changesSinceSql(table, range);
    assert.equal(
      changes.sql,
      'SELECT ct.[RECID], ct.SYS_CHANGE_OPERATION, ct.SYS_CHANGE_VERSION, ct.SYS_CHANGE_CONTEXT FROM CHANGETABLE(CHANGES [ax schema].[INVENT]]TRANS], @since) AS ct WHERE ct.[RECID] >= CAST(@from AS bigint) AND ct.[RECID] < CAST(@to AS bigint) ORDER BY ct.SYS_CHANGE_VERSION',
    );
    // The same query with CHANGETABLE(…) replaced by a table parses: the rest of it is plain SELECT.
    parses(changes.sql.replace(/CHANGETABLE\(CHANGES [^)]*\)/, '[ct_source]'));
    assert.throws(() => admin.changesSinceSql({ ...table, primaryKey: null }, null), /no primary key/);
  });
});

describe('mssql administration statements the engine runs', () => {
  it('change tracking set-up: schema, tables, triggers, tracked-table list', () => {
    parses(admin.retentionSql);
    parses(admin.trackedTablesSql);
    assert.equal(admin.createCutoverSchemaSql, "IF SCHEMA_ID(N'cutover') IS NULL EXEC(N'CREATE SCHEMA [cutover] AUTHORIZATION [dbo]')");
  });

  it('delta staging: #delta_<table> with the key columns typed as the table, filled from CHANGETABLE with parameters', () => {
    assert.equal(admin.deltaTableName(table), '#delta_INVENT]TRANS');
    assert.equal(admin.createDeltaTableSql(table, ['RECID']), 'CREATE TABLE [#delta_INVENT]]TRANS] ([RECID] bigint, op nchar(1) NOT NULL)');
    const composite: TableDefinition = { ...table, primaryKey: { name: 'PK2', columns: ['a]b', 'with space'] } };
    assert.equal(
      admin.createDeltaTableSql(composite, ['a]b', 'with space']),
      'CREATE TABLE [#delta_INVENT]]TRANS] ([a]]b] numeric(32,16), [with space] nvarchar(60), op nchar(1) NOT NULL)',
    );
    parses(admin.createDeltaTableSql(composite, ['a]b', 'with space']).replace('[#delta_INVENT]]TRANS]', '[delta_x]'));
    const insert = admin.insertDeltaSql(composite);
    assert.equal(
      insert,
      [
        'DECLARE @sinceVersion bigint = CAST(@since AS bigint), @untilVersion bigint = CAST(@until AS bigint);',
        'INSERT INTO [#delta_INVENT]]TRANS] ([a]]b], [with space], op)',
        'SELECT ct.[a]]b], ct.[with space], ct.SYS_CHANGE_OPERATION',
        '  FROM CHANGETABLE(CHANGES [ax schema].[INVENT]]TRANS], @sinceVersion) AS ct',
        ' WHERE ct.SYS_CHANGE_VERSION <= @untilVersion',
      ].join('\n'),
    );
    // The INSERT … SELECT parses with CHANGETABLE(…) replaced by a table; versions are parameters, never text.
    parses(
      insert
        .split('\n')
        .slice(1)
        .join('\n')
        .replace(/CHANGETABLE\(CHANGES [^)]*\)/, '[ct_source]'),
    );
    assert.equal(admin.deltaCountsSql(table), 'SELECT op, COUNT(*) FROM [#delta_INVENT]]TRANS] GROUP BY op');
    assert.throws(() => admin.createDeltaTableSql(table, ['nope']), /does not exist/);
    assert.throws(() => admin.deltaTableName({ schema: 'ax', name: 'x'.repeat(120) }), /longer than/);
  });

  it('backup size comes from msdb by parameter', () => {
    parses(admin.backupSizeSql.replace('msdb.dbo.backupset', 'backupset'));
    assert.match(admin.backupSizeSql, /database_name = @database/);
  });
});

describe('GO batch splitting on real-world T-SQL', () => {
  const sqls = (s: string) => splitBatches(s).map((b) => [b.sql, b.repeat]);
  it('GO inside N-strings, bracket names, nested comments; GO n; trailing spaces and CRLF', () => {
    const script = [
      "PRINT N'first",
      'GO',
      "still the string'",
      'GO   ',
      'SELECT [GO',
      'GO] FROM t /* outer /* inner',
      'GO',
      '*/ */',
      'go 5\r',
      "INSERT INTO t VALUES ('it''s GO')",
      '  GO 2  -- twice',
      'SELECT 1 AS [go]',
    ].join('\n');
    assert.deepEqual(sqls(script), [
      ["PRINT N'first\nGO\nstill the string'", 1],
      ['SELECT [GO\nGO] FROM t /* outer /* inner\nGO\n*/ */', 5],
      ["INSERT INTO t VALUES ('it''s GO')", 2],
      ['SELECT 1 AS [go]', 1],
    ]);
  });
  it('keeps GOTO, GO inside a word, and reports the first line of each batch', () => {
    const batches = splitBatches('\n\nGOTO done\ndone: SELECT 1\nGO\n\nSELECT 2');
    assert.deepEqual(
      batches.map((b) => b.line),
      [3, 7],
    );
  });
});

describe('SQL Server connection settings', () => {
  it('reads URLs and ADO.NET strings, with the bulk packet size', () => {
    const url = parseMssqlConnection('mssql://sa:p%40ss@db.local:1444/AX2009?encrypt=false&trustServerCertificate=true');
    assert.equal(url.database, 'AX2009');
    assert.equal(url.config.server, 'db.local');
    assert.equal(url.config.options?.port, 1444);
    assert.equal(url.config.options?.packetSize, 32767);
    assert.equal(url.config.options?.encrypt, false);
    assert.deepEqual(url.config.authentication, { type: 'default', options: { userName: 'sa', password: 'p@ss' } });
    const ado = parseMssqlConnection(
      'Server=tcp:sql01\\AX;Initial Catalog=AX DB;Integrated Security=SSPI;Domain=CORP;User Id=svc;Password="p;w""d";Packet Size=8192',
    );
    assert.equal(ado.config.server, 'sql01');
    assert.equal(ado.config.options?.instanceName, 'AX');
    assert.equal(ado.database, 'AX DB');
    assert.equal(ado.config.options?.packetSize, 8192);
    assert.deepEqual(ado.config.authentication, { type: 'ntlm', options: { userName: 'svc', password: 'p;w"d', domain: 'CORP' } });
    assert.throws(() => parseMssqlConnection('Server=x;Database=y;Integrated Security=true'), /NTLM/);
    assert.throws(() => parseMssqlConnection('Server=x;User Id=a'), /no database/);
    assert.throws(() => parseMssqlConnection('Server=x;Database=y;User Id=a;Packet Size=99999'), /packet size/);
  });
});
