import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnProblems, copyColumns, layoutAdvisories } from '../../services/orchestrator/src/planning';

const c = (name: string, ordinal: number, extra: { generated?: boolean; identity?: boolean; nullable?: boolean } = {}) => ({
  name,
  dataType: 'bigint',
  nullable: extra.nullable ?? false,
  ordinal,
  collation: null,
  ...extra,
});

describe('copy planning with computed/generated and identity columns (issue #21 item 7, #22 item 2)', () => {
  it('computed columns are left out of the copy and listed as recomputed on the target, not as problems', () => {
    const source = [c('ID', 1, { identity: true }), c('NAME', 2), c('NAME_UPPER', 3, { generated: true }), c('TOTAL', 4)];
    const target = [
      c('ID', 1, { identity: true }),
      c('NAME', 2),
      c('NAME_UPPER', 3, { generated: true }),
      c('TOTAL', 4, { generated: true }),
    ];
    assert.deepEqual(copyColumns({ columns: source }, { columns: target }), {
      columns: ['ID', 'NAME'],
      recomputed: ['NAME_UPPER', 'TOTAL'],
    });
    assert.deepEqual(columnProblems(source, target), []);
    assert.deepEqual(layoutAdvisories(['NAME_UPPER'], { indexes: [] }), [
      'column NAME_UPPER is computed: not copied, recomputed on the target',
    ]);
  });

  it('a column computed on the source but stored on the target is a problem; a NOT NULL identity without source column is not', () => {
    assert.deepEqual(columnProblems([c('A', 1, { generated: true })], [c('A', 1)]), [
      'column A is computed on the source but stored on the target: nothing would fill it',
    ]);
    assert.deepEqual(columnProblems([c('A', 1)], [c('A', 1), c('ID', 2, { identity: true }), c('G', 3, { generated: true })]), []);
  });

  it('target indexes prepare-table keeps in place are named in the plan', () => {
    const idx = (name: string, unsupported: string | null) => ({
      name,
      columns: [],
      unique: false,
      primaryKey: false,
      constraintBacked: false,
      definition: '',
      unsupported,
    });
    assert.deepEqual(
      layoutAdvisories([], {
        indexes: [
          idx('I_OK', null),
          idx('I_CS', 'a nonclustered columnstore index: kept in place by prepare-table, not dropped and recreated'),
        ],
      }),
      ['index I_CS is a nonclustered columnstore index: kept in place by prepare-table, not dropped and recreated'],
    );
  });
});
