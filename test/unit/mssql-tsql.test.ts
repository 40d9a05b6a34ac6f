import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBatches } from '@cutover/contracts';
import { parses, skeleton } from '../support/tsql-parse';
import { parseTsqlBatch, shapeOf } from '../support/tsql-check';
import type { TableDefinition } from '../../services/transfer-agent/src/engines/engine';
import * as admin from '../../services/transfer-agent/src/engines/mssql/admin-sql';
import { exportSql } from '../../services/transfer-agent/src/engines/mssql/bulk';
import * as catalog from '../../services/transfer-agent/src/engines/mssql/catalog';
import { buildIndexes } from '../../services/transfer-agent/src/engines/mssql/catalog';
import { chooseCopyKey } from '../../services/transfer-agent/src/engines/copy-key';
import { checksumSql } from '../../services/transfer-agent/src/engines/mssql/checksum';
import { parseMssqlConnection } from '../../services/transfer-agent/src/engines/mssql/config';
import { SESSIONS_SQL } from '../../services/transfer-agent/src/engines/mssql/mssql.engine';
import * as t from '../../services/transfer-agent/src/engines/mssql/tsql';

const ODD = ['RECID', 'with space', 'a]b', "q'uote", '"dq"', '[br'];
const table: TableDefinition = {
  schema: 'ax schema',
  name: 'INVENT]TRANS',
  columns: [
    { name: 'RECID', dataType: 'bigint', nullable: false, ordinal: 1, collation: null },
    { name: 'with space', dataType: 'nvarchar(60)', nullable: true, ordinal: 2, collation: 'SQL_Latin1_General_CP1_CI_AS' },
    { name: 'a]b', dataType: 'numeric(32,16)', nullable: false, ordinal: 3, collation: null },
    { name: "q'uote", dataType: 'datetime', nullable: true, ordinal: 4, collation: null },
    { name: '"dq"', dataType: 'varbinary(max)', nullable: true, ordinal: 5, collation: null },
    { name: '[br', dataType: 'ntext', nullable: true, ordinal: 6, collation: 'SQL_Latin1_General_CP1_CI_AS' },
  ],
  primaryKey: { name: 'PK', columns: ['RECID'] },
  copyKey: { columns: ['RECID'], index: 'PK', reason: 'primary key PK' },
  indexes: [],
  constraints: [],
  rowCount: 0,
  rowCountExact: false,
  bytes: 0,
};
const range = { keyColumns: ['RECID'], from: ['100'], to: ['200'] };

/**
 * A statement checked by what it must do rather than by its exact text: it parses (Microsoft's
 * grammar for administration statements, node-sql-parser for the rest), the names and literals in
 * it decode to exactly `values` (so quoting round-trips, whatever the input), and each clause the
 * behaviour needs is in its shape.
 */
function admits(sql: string, values: string[], clauses: RegExp[]): void {
  assert.ok(parseTsqlBatch(sql) >= 1, sql);
  const shape = shapeOf(sql);
  assert.deepEqual(shape.values, values, `names and literals of: ${sql}`);
  for (const clause of clauses) assert.match(shape.text, clause, sql);
}

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
    const del = t.deleteRangeSql(table, { keyColumns: ['RECID'], from: null, to: ['5'] });
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
    const sql = t.splitRangesSql(table, ['a]b'], 4);
    assert.equal(
      sql,
      'SELECT CONVERT(nvarchar(4000), [a]]b]) FROM (SELECT [a]]b], cutover_tile, ROW_NUMBER() OVER (PARTITION BY cutover_tile ORDER BY [a]]b]) AS cutover_row FROM (SELECT [a]]b], NTILE(4) OVER (ORDER BY [a]]b]) AS cutover_tile FROM [ax schema].[INVENT]]TRANS] WITH (NOLOCK)) s) f WHERE cutover_tile > 1 AND cutover_row = 1 ORDER BY cutover_tile',
    );
    // node-sql-parser does not know the NOLOCK table hint; the statement without it must parse.
    parses(sql.replace(' WITH (NOLOCK)', ''));
  });

  // AX 2009: no primary key, a unique index on (DATAAREAID, RECID); and key types whose text needs a style.
  const ax: TableDefinition = {
    ...table,
    name: 'SALES LINE',
    columns: [
      { name: 'DATAAREAID', dataType: 'nvarchar(4)', nullable: false, ordinal: 1, collation: 'SQL_Latin1_General_CP1_CI_AS' },
      { name: 'RECID', dataType: 'bigint', nullable: false, ordinal: 2, collation: null },
      { name: 'MODIFIED]AT', dataType: 'datetime', nullable: false, ordinal: 3, collation: null },
      { name: 'HASH', dataType: 'varbinary(16)', nullable: false, ordinal: 4, collation: null },
    ],
    primaryKey: null,
    copyKey: { columns: ['DATAAREAID', 'RECID'], index: 'I_RECID', reason: 'unique index I_RECID' },
  };
  const composite = { keyColumns: ['DATAAREAID', 'RECID'], from: ['ceu', '5637144577'], to: ['dat', '5637144576'] };

  it('a composite key range is a row-value comparison expanded for T-SQL, led by a seekable predicate; every statement parses', () => {
    const lower =
      '[DATAAREAID] >= CAST(@from1 AS nvarchar(4)) AND ([DATAAREAID] > CAST(@from1 AS nvarchar(4)) OR ([DATAAREAID] = CAST(@from1 AS nvarchar(4)) AND [RECID] >= CAST(@from2 AS bigint)))';
    const upper =
      '[DATAAREAID] <= CAST(@to1 AS nvarchar(4)) AND ([DATAAREAID] < CAST(@to1 AS nvarchar(4)) OR ([DATAAREAID] = CAST(@to1 AS nvarchar(4)) AND [RECID] < CAST(@to2 AS bigint)))';
    const where = t.rangePredicate(ax, composite);
    assert.equal(where.sql, `${lower} AND ${upper}`);
    assert.deepEqual(where.params, [
      { name: 'from1', value: 'ceu' },
      { name: 'from2', value: '5637144577' },
      { name: 'to1', value: 'dat' },
      { name: 'to2', value: '5637144576' },
    ]);
    assert.equal(t.rangePredicate(ax, { ...composite, to: null }).sql, lower, 'an open end adds nothing');
    const del = t.deleteRangeSql(ax, composite);
    assert.equal(del.sql, `DELETE FROM [ax schema].[SALES LINE] WHERE ${lower} AND ${upper}`);
    parses(del.sql);
    parses(exportSql({ table: ax, range: composite, columns: ['DATAAREAID', 'RECID', 'MODIFIED]AT'] }).sql);
    parses(checksumSql({ table: ax, range: composite, columns: ['DATAAREAID', 'RECID'] }).sql);
    const three = t.rangePredicate(ax, {
      keyColumns: ['DATAAREAID', 'MODIFIED]AT', 'HASH'],
      from: ['dat', '2009-01-01T00:00:00', '0x00'],
      to: null,
    });
    assert.equal(
      three.sql,
      '[DATAAREAID] >= CAST(@from1 AS nvarchar(4)) AND ([DATAAREAID] > CAST(@from1 AS nvarchar(4)) OR ([DATAAREAID] = CAST(@from1 AS nvarchar(4)) AND ([MODIFIED]]AT] > CONVERT(datetime, @from2, 126) OR ([MODIFIED]]AT] = CONVERT(datetime, @from2, 126) AND [HASH] >= CONVERT(varbinary(16), @from3, 1)))))',
      'datetime read in ISO 8601 whatever the DATEFORMAT, binary from 0x hex',
    );
    parses(`SELECT 1 FROM [t] WHERE ${three.sql}`);
    assert.throws(() => t.rangePredicate(ax, { ...composite, from: ['dat'] }), /1 value\(s\) for 2 key column/);
    const split = t.splitRangesSql(ax, ['DATAAREAID', 'RECID', 'MODIFIED]AT', 'HASH'], 8);
    assert.match(
      split,
      /^SELECT CONVERT\(nvarchar\(4000\), \[DATAAREAID\]\), CONVERT\(nvarchar\(4000\), \[RECID\]\), CONVERT\(nvarchar\(4000\), \[MODIFIED]]AT\], 126\), CONVERT\(nvarchar\(4000\), \[HASH\], 1\) FROM/,
    );
    assert.match(split, /NTILE\(8\) OVER \(ORDER BY \[DATAAREAID\], \[RECID\], \[MODIFIED]]AT\], \[HASH\]\)/);
    parses(split.replace(' WITH (NOLOCK)', ''));
  });

  it('the copy key: clustered unique index first, then one holding RECID, then the narrowest; filtered, disabled or nullable ones never', () => {
    const cols = (nullable: string[] = []) =>
      ['DATAAREAID', 'RECID', 'ITEMID', 'NOTE'].map((name, i) => ({
        name,
        dataType: 'bigint',
        nullable: nullable.includes(name),
        ordinal: i + 1,
        collation: null,
      }));
    const rows = (defs: [string, boolean, string, string | null, boolean][]) =>
      defs.map(([name, unique, type, filter, disabled], i): [number, string, boolean, boolean, boolean, string, string | null, boolean] => [
        i + 1,
        name,
        unique,
        false,
        false,
        type,
        filter,
        disabled,
      ]);
    const keyCols = (defs: [string, string[]][]) =>
      defs.flatMap(([, c], i) => c.map((col, k): [number, string, boolean, boolean, number] => [i + 1, col, false, false, k + 1]));
    const pick = (defs: [string, boolean, string, string | null, boolean, string[]][], nullable?: string[]) => {
      const built = buildIndexes(ax, rows(defs.map(([n, u, ty, f, d]) => [n, u, ty, f, d])), keyCols(defs.map(([n, , , , , c]) => [n, c])));
      return chooseCopyKey(cols(nullable), built.candidates);
    };
    const axLike: [string, boolean, string, string | null, boolean, string[]][] = [
      ['I_ITEM', true, 'NONCLUSTERED', null, false, ['ITEMID']],
      ['I_RECID', true, 'NONCLUSTERED', null, false, ['DATAAREAID', 'RECID']],
      ['I_CLUSTER', true, 'CLUSTERED', null, false, ['DATAAREAID', 'ITEMID', 'NOTE']],
      ['I_PLAIN', false, 'NONCLUSTERED', null, false, ['RECID']],
    ];
    assert.deepEqual(pick(axLike), {
      columns: ['DATAAREAID', 'ITEMID', 'NOTE'],
      index: 'I_CLUSTER',
      reason: 'unique index I_CLUSTER (clustered)',
    });
    assert.deepEqual(pick(axLike, ['NOTE']), {
      columns: ['DATAAREAID', 'RECID'],
      index: 'I_RECID',
      reason: 'unique index I_RECID (holds RECID)',
    });
    assert.deepEqual(pick(axLike.slice(0, 1)), { columns: ['ITEMID'], index: 'I_ITEM', reason: 'unique index I_ITEM' });
    assert.deepEqual(
      pick([
        ['I_TWO', true, 'NONCLUSTERED', null, false, ['DATAAREAID', 'ITEMID']],
        ['I_ONE', true, 'NONCLUSTERED', null, false, ['ITEMID']],
      ]).reason,
      'unique index I_ONE (narrowest)',
    );
    const none = pick(
      [
        ['I_FILTERED', true, 'NONCLUSTERED', '([RECID]>(0))', false, ['RECID']],
        ['I_OFF', true, 'CLUSTERED', null, true, ['DATAAREAID', 'RECID']],
        ['I_NULLS', true, 'NONCLUSTERED', null, false, ['NOTE']],
      ],
      ['NOTE'],
    );
    assert.deepEqual(none.columns, []);
    assert.equal(none.index, null);
    assert.equal(
      none.reason,
      'no primary key and no unique index over NOT NULL columns (I_FILTERED: filtered (WHERE ([RECID]>(0))); I_OFF: disabled; I_NULLS: NOTE is nullable)',
    );
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

  it('catalog queries parse (column collations and disabled indexes: what the copy key is chosen from)', () => {
    for (const text of [
      catalog.LIST_TABLES_SQL,
      catalog.TABLE_HEAD_SQL,
      catalog.COLUMNS_SQL,
      catalog.INDEXES_SQL,
      catalog.INDEX_COLUMNS_SQL,
    ])
      parses(text);
    assert.match(catalog.COLUMNS_SQL, /c\.collation_name/);
    assert.match(catalog.INDEXES_SQL, /i\.is_disabled/);
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

  it('admin statements: parsed, their names round-trip, and the clauses that matter are there', () => {
    parses(admin.killSessionSql(57));
    assert.throws(() => admin.killSessionSql('57; DROP TABLE x'), /not a SQL Server session id/);
    assert.throws(() => admin.killSessionSql(-1), /not a SQL Server session id/);
    parses(admin.currentVersionSql);
    parses(admin.tableChangeTrackingEnabledSql);
    parses(admin.singleUserActiveSql); // the watchdog's resume check after an agent restart
    parses(SESSIONS_SQL); // what the watchdog reads before it KILLs
    // ALTER DATABASE, BACKUP and ALTER TABLE … CHANGE_TRACKING go through the administration grammar (tsql-admin-grammar.ts).
    // Other sessions are rolled back at once: single-user mode must not wait for a forgotten transaction.
    admits(admin.restrictDatabaseSql('AX]DB'), ['AX]DB'], [/^ALTER DATABASE \[#\] SET RESTRICTED_USER WITH ROLLBACK IMMEDIATE$/]);
    admits(
      admin.enableDatabaseChangeTrackingSql("AX'DB", 7),
      ["AX'DB"],
      [/SET CHANGE_TRACKING = ON/, /CHANGE_RETENTION = 7 DAYS/, /AUTO_CLEANUP = ON/],
    );
    assert.throws(() => admin.enableDatabaseChangeTrackingSql('AX', 0), /retention/);
    admits(admin.setRetentionSql("AX'DB", 45), ["AX'DB"], [/SET CHANGE_TRACKING \(CHANGE_RETENTION = 45 DAYS\)/]);
    admits(admin.enableDatabaseChangeTrackingSql('AX'), ['AX'], [/CHANGE_RETENTION = 30 DAYS/]);
    // Columns updated are not tracked: the delta reads keys only, and tracking them costs every business write.
    admits(
      admin.enableTableChangeTrackingSql(table),
      ['ax schema', 'INVENT]TRANS'],
      [/ENABLE CHANGE_TRACKING WITH \(TRACK_COLUMNS_UPDATED = OFF\)$/],
    );
    admits(admin.disableTableChangeTrackingSql(table), ['ax schema', 'INVENT]TRANS'], [/DISABLE CHANGE_TRACKING$/]);
    // COPY_ONLY leaves the site's backup chain alone; CHECKSUM verifies pages; path and description are parameters.
    admits(admin.backupCopyOnlySql('AX]'), ['AX]'], [/TO DISK = @path/, /\bCOPY_ONLY\b/, /\bCHECKSUM\b/, /DESCRIPTION = @description/]);
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
    // Created only when missing, owned by dbo so that the agent's login needs no ownership of its own.
    admits(
      admin.createCutoverSchemaSql,
      ['cutover', 'cutover', 'dbo'],
      [/^IF SCHEMA_ID\(N'#'\) IS NULL EXEC\(N'CREATE SCHEMA \[#\] AUTHORIZATION \[#\]'\)$/],
    );
  });

  it('delta staging: #delta_<table> with the key columns typed as the table, filled from CHANGETABLE with parameters', () => {
    assert.equal(admin.deltaTableName(table), '#delta_INVENT]TRANS');
    assert.equal(admin.createDeltaTableSql(table, ['RECID']), 'CREATE TABLE [#delta_INVENT]]TRANS] ([RECID] bigint, op nchar(1) NOT NULL)');
    const composite: TableDefinition = { ...table, primaryKey: { name: 'PK2', columns: ['a]b', 'with space'] } };
    assert.equal(
      admin.createDeltaTableSql(composite, ['a]b', 'with space']),
      'CREATE TABLE [#delta_INVENT]]TRANS] ([a]]b] numeric(32,16), [with space] nvarchar(60) COLLATE DATABASE_DEFAULT, op nchar(1) NOT NULL)',
    );
    parses(admin.createDeltaTableSql(composite, ['a]b', 'with space']).replace('[#delta_INVENT]]TRANS]', '[delta_x]'));
    const insert = admin.insertDeltaSql(composite);
    assert.equal(
      insert,
      [
        'DECLARE @sinceVersion bigint = CAST(@since AS bigint);',
        'INSERT INTO [#delta_INVENT]]TRANS] ([a]]b], [with space], op)',
        'SELECT ct.[a]]b], ct.[with space], ct.SYS_CHANGE_OPERATION',
        '  FROM CHANGETABLE(CHANGES [ax schema].[INVENT]]TRANS], @sinceVersion) AS ct',
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
