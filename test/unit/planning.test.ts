import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyRangeOf, rangesFromBounds, wholeTable, type TableRef } from '@cutover/contracts';
import { ScriptPhase, type ScriptDefinition } from '../../services/orchestrator/src/packages/manifest';
import {
  columnNames,
  conflicts,
  copySet,
  keyPlan,
  mappingStatus,
  MappingStatus,
  matchesPattern,
  priorityOf,
  rowsPerRange,
  summarize,
  uniqueTables,
  wholeCopy,
  withBounds,
  writers,
  type TablePlan,
} from '../../services/orchestrator/src/planning';

const t = (schema: string, name: string): TableRef => ({ schema, name });
const col = (name: string, ordinal: number, extra: { collation?: string | null; nullable?: boolean; dataType?: string } = {}) => ({
  name,
  ordinal,
  dataType: extra.dataType ?? 'bigint',
  nullable: extra.nullable ?? false,
  collation: extra.collation ?? null,
});
const script = (key: string, phase: ScriptPhase, writes: TableRef[], dependsOn: string[] = []): ScriptDefinition => ({
  key,
  phase,
  description: key,
  dependsOn,
  reads: [],
  writes,
  sql: { postgres: 'SELECT 1' },
});
const rules = (include: TableRef[], exclude: TableRef[] = [], rename: { from: TableRef; to: TableRef }[] = []) => ({
  copyRules: { include, exclude, rename },
});

describe('copy planning: the copy set', () => {
  it('patterns match schema and name case-insensitively, * any run, other characters literally', () => {
    assert.ok(matchesPattern(t('AX', 'CustTable'), t('ax', 'cust*')));
    assert.ok(matchesPattern(t('ax', 'a.b'), t('ax', 'a.b')));
    assert.ok(!matchesPattern(t('ax', 'aXb'), t('ax', 'a.b')), 'a dot is not a wildcard');
    assert.ok(!matchesPattern(t('dbo', 'cust'), t('ax', '*')));
    assert.ok(matchesPattern(t('ax', 'x\ny'), t('ax', 'x*y')), 'a name with a line break still matches *');
  });

  it('includes, excludes and renames; each table once, sorted', () => {
    const m = rules([t('ax', '*')], [t('ax', 'tmp*')], [{ from: t('ax', 'old'), to: t('ax2', 'new') }]);
    const set = copySet(m, [t('ax', 'zeta'), t('ax', 'old'), t('ax', 'tmpx'), t('dbo', 'other'), t('ax', 'zeta')]);
    assert.deepEqual(set, [
      { source: t('ax', 'old'), target: t('ax2', 'new') },
      { source: t('ax', 'zeta'), target: t('ax', 'zeta') },
    ]);
    assert.deepEqual(uniqueTables([t('b', 'x'), t('a', 'y'), t('b', 'x')]), [t('a', 'y'), t('b', 'x')]);
  });

  it('two sources onto one target are both conflicts', () => {
    const found = conflicts([
      { source: t('ax', 'a'), target: t('ax', 'c') },
      { source: t('ax', 'b'), target: t('ax', 'c') },
      { source: t('ax', 'd'), target: t('ax', 'd') },
    ]);
    assert.deepEqual([...found.values()], [[t('ax', 'a'), t('ax', 'b')]]);
  });
});

describe('copy planning: mapping status and column order', () => {
  const m = { source: t('ax', 'a'), target: t('ax', 'b') };
  const cols = [col('ID', 1), col('NAME', 2, { dataType: 'text' })];

  it('says conflict, missing, field error, not empty, ok — in that order of precedence', () => {
    assert.deepEqual(mappingStatus(m, cols, { columns: cols, rowCount: 0 }, [m.source, t('ax', 'z')]), {
      status: MappingStatus.MappingConflict,
      problems: ['ax.b is also the target of ax.z'],
    });
    assert.equal(mappingStatus(m, cols, null, undefined).status, MappingStatus.NoMapping);
    assert.deepEqual(mappingStatus(m, cols, { columns: [col('ID', 1)], rowCount: 5 }, undefined), {
      status: MappingStatus.FieldError,
      problems: ['column NAME is missing on the target'],
    });
    assert.deepEqual(mappingStatus(m, cols, { columns: cols, rowCount: 5 }, undefined).problems, [
      'ax.b already holds 5 row(s): empty it, or exclude the table from the copy',
    ]);
    assert.deepEqual(mappingStatus(m, cols, { columns: cols, rowCount: 0 }, undefined), { status: MappingStatus.Ok, problems: [] });
  });

  it('columns go in the table’s own order, not the order the agent listed them', () => {
    assert.deepEqual(columnNames({ columns: [col('C', 3), col('A', 1), col('B', 2)] }), ['A', 'B', 'C']);
  });
});

describe('copy planning: key ranges', () => {
  const keyed = (columns = ['ID'], collation: string | null = null) => ({
    copyKey: { columns, index: 'PK', reason: 'primary key PK' },
    columns: [col('ID', 1, { collation }), col('K2', 2)],
  });

  it('a table without a usable key is one range, with the reason as an advisory', () => {
    const { plan, split } = keyPlan({ copyKey: { columns: [], index: null, reason: 'no primary key' }, columns: [] }, null, 10, 1);
    assert.equal(split, null);
    assert.deepEqual(plan, wholeCopy('no primary key', ['no usable copy key (no primary key): copied as one range']));
    assert.equal(keyPlan(null, null, 10, 1).plan.keyReason, 'the table was not described');
  });

  it('a key column sorting by another collation on the target is copied whole', () => {
    const { plan, split } = keyPlan(keyed(['ID'], 'Latin1_General_CI_AS'), { columns: [col('ID', 1, { collation: 'C' })] }, 1e6, 10);
    assert.equal(split, null);
    assert.deepEqual(plan.keyColumns, []);
    assert.match(plan.advisories[0], /^key column ID sorts by Latin1_General_CI_AS on the source and C on the target/);
  });

  it('small tables are one range on their key; large ones ask the source for ceil(rows / rangeRows) parts', () => {
    assert.deepEqual(keyPlan(keyed(), { columns: keyed().columns }, 100, 100), {
      plan: { keyColumns: ['ID'], keyReason: 'primary key PK', ranges: [wholeTable()], advisories: [] },
      split: null,
    });
    const big = keyPlan(keyed(['ID', 'K2']), { columns: keyed().columns }, 1001, 100);
    assert.deepEqual(big.split, { keyColumns: ['ID', 'K2'], parts: 11 });
    assert.deepEqual(
      withBounds(big.plan, [
        ['5', 'a'],
        ['9', 'b'],
      ]).ranges,
      [
        { from: null, to: ['5', 'a'] },
        { from: ['5', 'a'], to: ['9', 'b'] },
        { from: ['9', 'b'], to: null },
      ],
    );
  });

  it('n bounds make n + 1 ranges; without key columns an operation takes the whole table', () => {
    assert.deepEqual(rangesFromBounds([]), [wholeTable()]);
    assert.equal(keyRangeOf([], wholeTable()), null);
    assert.deepEqual(keyRangeOf(['ID'], { from: ['1'], to: null }), { keyColumns: ['ID'], from: ['1'], to: null });
    assert.equal(rowsPerRange(1001, 2), 501);
    assert.equal(rowsPerRange(5, 0), 5, 'no ranges counts as one');
  });
});

describe('copy planning: priority', () => {
  it('larger tables first (log of rows), each script ahead in the chain worth about a thousandfold more rows', () => {
    assert.ok(priorityOf(1_000_000, 0) > priorityOf(1000, 0));
    assert.equal(priorityOf(1000, 0), 997);
    assert.equal(priorityOf(0, 1), 1000);
    assert.equal(priorityOf(1000, 2), 2997);
    assert.equal(priorityOf(0, 0), 0);
  });

  it('writers: source scripts writing the table and the longest chain to them; post-sync and cycles do not count', () => {
    const table = t('ax', 'party');
    const m = {
      scripts: [
        script('a', ScriptPhase.Live, []),
        script('b', ScriptPhase.Live, [], ['a']),
        script('c', ScriptPhase.Delta, [table], ['b']),
        script('post', ScriptPhase.PostSync, [table], ['c']),
        script('x', ScriptPhase.Live, [table], ['y']),
        script('y', ScriptPhase.Live, [], ['x']),
      ],
    };
    assert.deepEqual(writers(m, table), { scripts: ['c', 'x'], chain: 3 });
    assert.deepEqual(writers(m, t('ax', 'none')), { scripts: [], chain: 0 });
  });

  it('the summary counts ranges of ok tables only', () => {
    const plan = (status: MappingStatus, ranges: number, advisories: string[] = []) =>
      ({ status, rows: 10, bytes: 1, ranges: Array.from({ length: ranges }, wholeTable), advisories }) as unknown as TablePlan;
    assert.deepEqual(summarize([plan(MappingStatus.Ok, 3, ['x']), plan(MappingStatus.FieldError, 1)]), {
      tables: 2,
      ok: 1,
      notOk: 1,
      rows: 20,
      bytes: 2,
      ranges: 3,
      advisories: 1,
    });
  });
});
