import * as i from '../import-sql';
import * as r from '../ranges-sql';
import * as t from '../tsql';
import { columnsOf, namedTable, ODD_TABLES } from './fixtures';
import { perRef, perTable, type TsqlBuilder } from './types';

/** import-sql.ts, ranges-sql.ts and the index options of tsql.ts: loading ranges, statistics-based ranges, faithful indexes. */

const OPTIONS: t.IndexOptions[] = [
  { fillFactor: 80, padIndex: true, ignoreDupKey: false, allowRowLocks: true, allowPageLocks: false, compression: 'PAGE' },
  { fillFactor: 0, padIndex: false, ignoreDupKey: true, allowRowLocks: false, allowPageLocks: true, compression: 'ROW' },
];

const withOptions = (table: (typeof ODD_TABLES)[number], name: string) => {
  const cols = columnsOf(table);
  const keys = cols.slice(0, 2).map((column, n) => ({ column, descending: n === 1 }));
  return OPTIONS.flatMap((options) => [
    t.createIndexSql(table, { name, unique: false, clustered: false, keys, included: cols.slice(2, 3), filter: null, options }),
    t.addConstraintSql(table, name, t.keyConstraintSql('PRIMARY KEY', true, keys, options)),
    t.addConstraintSql(table, name, t.keyConstraintSql('UNIQUE', false, keys, options)),
  ]);
};

export const COPY_BUILDERS: TsqlBuilder[] = [
  perRef('import-sql.truncateCheckSql', i.truncateCheckSql),
  {
    ...perRef('import-sql.identityInsertSql', (ref) => i.identityInsertSql(ref, true)),
    cases: () =>
      ODD_TABLES.flatMap((ref) =>
        [true, false].map((on) => ({ label: `${ref.name.slice(0, 40)} ${on}`, sql: i.identityInsertSql(ref, on) })),
      ),
  },
  perTable('import-sql.insertValuesSql', (table) => [1, 3].map((rows) => i.insertValuesSql(table, columnsOf(table), rows))),
  {
    // The table and index travel as parameters (@table, @index): no name reaches the text.
    name: 'ranges-sql.statsHistogramSql',
    cases: () =>
      ODD_TABLES.flatMap((table) =>
        columnsOf(table)
          .slice(0, 3)
          .map((c) => ({ label: c.slice(0, 40), sql: r.statsHistogramSql(table, c) })),
      ),
  },
  {
    name: 'tsql.indexOptionsSql',
    cases: () => ODD_TABLES.flatMap((table, n) => withOptions(table, `ix ${n}]`).map((sql) => ({ label: table.name.slice(0, 40), sql }))),
    named: (n) => withOptions(namedTable(n), n)[0],
  },
];
