import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deferredObjectsOf } from '@cutover/contracts';
import type { ColumnInfo, RangeRequest, TableDefinition } from '../../services/transfer-agent/src/engines/engine';
import * as catalog from '../../services/transfer-agent/src/engines/mssql/catalog';
import { loadPlan } from '../../services/transfer-agent/src/engines/mssql/import-range';
import * as imp from '../../services/transfer-agent/src/engines/mssql/import-sql';
import { buildIndexes, type IndexRow } from '../../services/transfer-agent/src/engines/mssql/indexes';
import { statsHistogramSql } from '../../services/transfer-agent/src/engines/mssql/ranges-sql';
import { boundsFromHistogram } from '../../services/transfer-agent/src/engines/mssql/ranges';
import { buildsClustered } from '../../services/transfer-agent/src/engines/mssql/table-ops';
import * as t from '../../services/transfer-agent/src/engines/mssql/tsql';
import { parses, skeleton } from '../support/tsql-parse';

/** Names that need quoting: spaces, `]`, `'`, unicode, and the full 128 characters of a sysname. */
const LONG = `${'x'.repeat(120)}]long'ü`;
const NAMES = ['with space', 'a]b', "q'uote", 'Grüße 日本', LONG];
const col = (name: string, dataType: string, extra: Partial<ColumnInfo> = {}): ColumnInfo => ({
  name,
  dataType,
  nullable: false,
  ordinal: 1,
  collation: null,
  ...extra,
});
const table = (over: Partial<TableDefinition> = {}): TableDefinition => ({
  schema: "ax sch]ema'",
  name: LONG,
  columns: [
    col(NAMES[0], 'bigint'),
    col(NAMES[1], 'nvarchar(20)'),
    col(NAMES[2], 'datetime'),
    col(NAMES[3], 'int', { identity: true }),
    col(NAMES[4], 'float'),
  ],
  primaryKey: null,
  copyKey: { columns: [NAMES[0]], index: 'I]X', reason: 'test' },
  indexes: [],
  constraints: [],
  rowCount: 10_000_000,
  rowCountExact: false,
  bytes: 0,
  ...over,
});

/** node-sql-parser lacks these T-SQL constructs; each rewrite keeps the statement's shape (the text is asserted too). */
const forParser = (sql: string) =>
  skeleton(sql)
    .text.replace(/ TABLESAMPLE SYSTEM \([\d.]+ PERCENT\)/g, '')
    .replace(/ CROSS APPLY sys\.dm_db_stats_histogram\(s\.object_id, s\.stats_id\) h/, ', sys.stats_histogram h')
    .replace(/ WITH \((?:FILLFACTOR|PAD_INDEX|IGNORE_DUP_KEY|ALLOW_ROW_LOCKS|ALLOW_PAGE_LOCKS|DATA_COMPRESSION)[^)]*\)$/, '')
    .replace(/\[(q\d+)\]/g, '$1');

describe('mssql copy path T-SQL (issue #21 items 2, 7, 10, 14; #11 item 3)', () => {
  it('whole-table clear, identity insert and batched VALUES parse with names that need quoting', () => {
    for (const name of NAMES) {
      const ref = { schema: name, name };
      parses(imp.truncateCheckSql(ref));
      parses(t.truncateSql(ref));
      parses(imp.insertValuesSql(ref, NAMES, 3));
      // SET IDENTITY_INSERT is not in node-sql-parser's grammar: the exact text, and its quoting, are asserted.
      assert.equal(imp.identityInsertSql(ref, true), `SET IDENTITY_INSERT ${t.quoteTable(ref)} ON`);
      assert.deepEqual(skeleton(imp.identityInsertSql(ref, false)).names, [name, name]);
    }
    assert.match(imp.truncateCheckSql(table()), /HAS_PERMS_BY_NAME\(@table, N'OBJECT', N'ALTER'\)/);
    assert.match(imp.truncateCheckSql(table()), /TableHasForeignRef/);
    assert.equal(
      imp.insertValuesSql({ schema: 's', name: 't' }, ['a', 'b'], 2),
      'INSERT INTO [s].[t] ([a], [b]) VALUES (@v0, @v1), (@v2, @v3)',
    );
  });

  it('batched inserts stay within 2,100 parameters and 1,000 rows', () => {
    assert.equal(imp.rowsPerInsert(1), 1000);
    assert.equal(imp.rowsPerInsert(7), 285);
    assert.equal(imp.rowsPerInsert(150), 13);
    assert.equal(imp.rowsPerInsert(2000), 1);
    assert.throws(() => imp.insertValuesSql({ schema: 's', name: 't' }, ['a', 'b', 'c'], 701), /exceed/);
    assert.throws(() => imp.rowsPerInsert(2001), /cannot insert/);
  });

  it('load plan: TABLOCK only for a heap loaded by one range; identity columns take IDENTITY_INSERT; whole tables truncate', () => {
    const req = (over: Partial<RangeRequest>, def = table()): RangeRequest => ({
      table: def,
      range: { keyColumns: [NAMES[0]], from: ['1'], to: ['9'] },
      columns: [NAMES[0], NAMES[1]],
      ...over,
    });
    const clustered = table({
      indexes: [
        { name: 'CI', columns: [NAMES[0]], unique: true, primaryKey: false, constraintBacked: false, clustered: true, definition: '' },
      ],
    });
    assert.deepEqual(loadPlan(req({ rangesInTable: 1 })), { clear: 'range', path: 'bulk', tablock: true });
    assert.deepEqual(loadPlan(req({ rangesInTable: 4 })), { clear: 'range', path: 'bulk', tablock: false });
    assert.deepEqual(loadPlan(req({})), { clear: 'range', path: 'bulk', tablock: false }, 'unknown split: no TABLOCK');
    assert.deepEqual(loadPlan(req({ range: null })), { clear: 'whole-table', path: 'bulk', tablock: true });
    assert.deepEqual(loadPlan(req({ range: null }, clustered)), { clear: 'whole-table', path: 'bulk', tablock: false });
    assert.deepEqual(loadPlan(req({ rangesInTable: 1 }, clustered)), { clear: 'range', path: 'bulk', tablock: false });
    assert.deepEqual(loadPlan(req({ columns: [NAMES[0], NAMES[3]], rangesInTable: 1 })), {
      clear: 'range',
      path: 'identity-insert',
      tablock: false,
    });
  });

  it('key ranges: histogram and sampled NTILE statements parse; the histogram is read by parameters', () => {
    for (const name of NAMES) {
      const def = table({ columns: NAMES.map((n) => col(n, n === name ? 'datetime' : 'bigint')) });
      const hist = statsHistogramSql(def, name);
      assert.match(hist, /CONVERT\(nvarchar\(4000\), CONVERT\(datetime, h\.range_high_key\), 126\)/);
      assert.match(hist, /s\.name = @index/);
      assert.match(hist, /INDEXKEY_PROPERTY\(s\.object_id, s\.stats_id, 1, N'IsDescending'\) = 0/);
      parses(forParser(hist));
      const sampled = t.splitRangesSql(def, [name, NAMES[0] === name ? NAMES[1] : NAMES[0]], 16, 2.5);
      assert.match(sampled, / TABLESAMPLE SYSTEM \(2\.5000 PERCENT\) WITH \(NOLOCK\)/);
      parses(forParser(sampled));
    }
    assert.throws(() => t.splitRangesSql(table(), [NAMES[0]], 4, 0), /sample percent/);
  });

  it('histogram steps become balanced, sorted, distinct bounds', () => {
    // 10 steps of 100 rows each (99 below, 1 equal; 901 rows): 4 parts → each bound is the first step
    // whose preceding rows reach 225, 450, 675 (within one step of the ideal: histograms have up to 200).
    const steps = Array.from({ length: 10 }, (_, i): [string, number, number] => [String((i + 1) * 100), i === 0 ? 0 : 99, 1]);
    assert.deepEqual(boundsFromHistogram(steps, 4), ['400', '600', '800']);
    // One skewed step holding most rows yields one bound there, not several equal ones.
    assert.deepEqual(
      boundsFromHistogram(
        [
          ['1', 0, 1],
          ['2', 1000, 1],
          ['3', 5, 1],
        ],
        4,
      ),
      ['2'],
    );
    assert.deepEqual(boundsFromHistogram([], 4), []);
  });

  it('indexes are rebuilt with filter, INCLUDE, DESC keys, fill factor, padding, lock options and compression', () => {
    const ref = { schema: 'ax', name: 'T' };
    const rows: IndexRow[] = [
      [1, 'PK', true, true, false, 'CLUSTERED', null, false, 1, 90, true, false, true, true, 'FG', 'PAGE'],
      [2, 'IX f', false, false, false, 'NONCLUSTERED', '([A]>(0))', false, 2, 80, false, false, false, true, 'FG', 'ROW'],
      [3, 'UQ', true, false, true, 'NONCLUSTERED', null, false, 2, 0, false, true, true, true, 'FG', 'NONE'],
      [4, 'XIX', false, false, false, 'XML', null, false, 3, 0, false, false, true, true, 'FG', 'NONE'],
      [5, 'CCI', false, false, false, 'NONCLUSTERED COLUMNSTORE', null, false, 6, 0, false, false, true, true, 'FG', 'COLUMNSTORE'],
      [6, 'IX part', false, false, false, 'NONCLUSTERED', null, false, 2, 0, false, false, true, true, 'PS', 'PAGE'],
    ];
    const cols: [number, string, boolean, boolean, number][] = [
      [1, 'A', false, false, 1],
      [2, 'B', true, false, 1],
      [2, 'C', false, true, 0],
      [3, 'C', false, false, 1],
      [4, 'X', false, false, 1],
      [5, 'B', false, false, 0],
      [6, 'B', false, false, 1],
    ];
    const built = buildIndexes(ref, rows, cols);
    const def = (name: string) => built.indexes.find((i) => i.name === name)!;
    assert.equal(def('PK').definition, 'PRIMARY KEY CLUSTERED ([A] ASC) WITH (FILLFACTOR = 90, PAD_INDEX = ON, DATA_COMPRESSION = PAGE)');
    assert.equal(
      def('IX f').definition,
      'CREATE NONCLUSTERED INDEX [IX f] ON [ax].[T] ([B] DESC) INCLUDE ([C]) WHERE ([A]>(0)) WITH (FILLFACTOR = 80, ALLOW_ROW_LOCKS = OFF, DATA_COMPRESSION = ROW)',
    );
    assert.equal(built.constraints.find((c) => c.name === 'UQ')!.definition, 'UNIQUE NONCLUSTERED ([C] ASC) WITH (IGNORE_DUP_KEY = ON)');
    parses(forParser(def('IX f').definition.replace(/ WHERE .* WITH/, ' WITH')));
    parses(t.addConstraintSql(ref, 'PK', def('PK').definition).replace(/ WITH \(.*\)$/, ''));
    assert.equal(def('PK').clustered, true);
    assert.match(def('XIX').unsupported!, /^an XML index: kept in place/);
    assert.match(def('CCI').unsupported!, /^a nonclustered columnstore index/);
    assert.match(def('IX part').unsupported!, /^partitioned \(on a partition scheme\)/);
    assert.equal(def('IX f').unsupported, null);
    // prepare-table keeps the clustered PK, the copy key and every unsupported kind; defers the rest.
    const deferred = deferredObjectsOf({ indexes: built.indexes, constraints: built.constraints, copyKey: { index: 'PK' } });
    assert.deepEqual(deferred.map((o) => o.name).sort(), ['IX f', 'UQ']);
    assert.throws(
      () =>
        t.indexOptionsSql({
          fillFactor: 50,
          padIndex: false,
          ignoreDupKey: false,
          allowRowLocks: true,
          allowPageLocks: true,
          compression: 'COLUMNSTORE',
        }),
      /cannot be recreated/,
    );
  });

  it('catalog queries parse and read what the rebuild and the identity path need', () => {
    parses(catalog.COLUMNS_SQL);
    parses(catalog.INDEXES_SQL);
    assert.match(catalog.COLUMNS_SQL, /c\.is_computed, c\.is_identity/);
    assert.match(catalog.INDEXES_SQL, /i\.fill_factor/);
    assert.match(catalog.INDEXES_SQL, /data_compression_desc/);
    assert.match(catalog.INDEXES_SQL, /sys\.data_spaces/);
  });

  it('finish-table builds a clustered index first, alone', () => {
    assert.equal(buildsClustered({ kind: 'index', name: 'c', definition: 'CREATE UNIQUE CLUSTERED INDEX [c] ON [a].[b] ([x] ASC)' }), true);
    assert.equal(buildsClustered({ kind: 'unique', name: 'u', definition: 'UNIQUE CLUSTERED ([x] ASC)' }), true);
    assert.equal(
      buildsClustered({ kind: 'index', name: 'n', definition: 'CREATE NONCLUSTERED INDEX [CLUSTERED INDEX] ON [a].[b] ([x] ASC)' }),
      false,
    );
    assert.equal(buildsClustered({ kind: 'check', name: 'k', definition: 'CHECK ([x]>(0))' }), false);
  });
});
