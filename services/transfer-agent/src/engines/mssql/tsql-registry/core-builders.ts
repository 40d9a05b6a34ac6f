import * as t from '../tsql';
import { compositeRange, columnsOf, namedTable, ODD_NAMES, ODD_REFS, ODD_TABLES, ODD_VALUES, rangesOf } from './fixtures';
import { perName, perRef, perTable, type TsqlBuilder } from './types';

/** tsql.ts: quoting, key ranges and the copy path's table operations. */

const odd = (i: number) => ODD_NAMES[i % ODD_NAMES.length];

const indexVariants = (table: Parameters<typeof t.createIndexSql>[0], cols: string[], name: string) =>
  [
    { unique: true, clustered: false, included: cols.slice(2, 4), filter: null },
    { unique: false, clustered: true, included: [], filter: null },
    { unique: false, clustered: false, included: cols.slice(1, 2), filter: `(${t.quoteIdent(cols[0])}>(0))` },
  ].map((v) => t.createIndexSql(table, { name, ...v, keys: cols.slice(0, 2).map((column, i) => ({ column, descending: i === 1 })) }));

export const CORE_BUILDERS: TsqlBuilder[] = [
  perName('tsql.quoteIdent', (n) => `SELECT 1 AS ${t.quoteIdent(n)}`),
  perRef('tsql.quoteTable', (r) => `SELECT 1 FROM ${t.quoteTable(r)}`),
  {
    name: 'tsql.columnList',
    cases: () => [{ label: 'odd names', sql: `SELECT ${t.columnList(ODD_NAMES)} FROM [t]` }],
    named: (n) => `SELECT ${t.columnList([n, n])} FROM [t]`,
  },
  {
    name: 'tsql.quoteString',
    cases: () => ODD_VALUES.map((v) => ({ label: v, sql: `SELECT ${t.quoteString(v)}` })),
    named: (n) => `SELECT ${t.quoteString(n)}`,
  },
  perTable('tsql.keyText', (table) =>
    columnsOf(table).map((c) => `SELECT ${t.keyText(c, t.columnType(table, c))} FROM ${t.quoteTable(table)}`),
  ),
  perTable('tsql.rangePredicate', (table) =>
    [...rangesOf(table), compositeRange(table)].flatMap((r) => [
      `SELECT 1 FROM ${t.quoteTable(table)} WHERE ${t.rangePredicate(table, r).sql}`,
      `SELECT 1 FROM ${t.quoteTable(table)} AS ct WHERE ${t.rangePredicate(table, r, 'ct').sql}`,
    ]),
  ),
  perTable('tsql.deleteRangeSql', (table) => [...rangesOf(table), compositeRange(table)].map((r) => t.deleteRangeSql(table, r).sql)),
  perRef('tsql.countSql', t.countSql),
  perRef('tsql.truncateSql', t.truncateSql),
  perRef('tsql.updateStatisticsSql', t.updateStatisticsSql),
  {
    name: 'tsql.dropIndexSql',
    cases: () => ODD_REFS.map((r, i) => ({ label: odd(i), sql: t.dropIndexSql(r, odd(i)) })),
    named: (n) => t.dropIndexSql({ schema: n, name: n }, n),
  },
  {
    name: 'tsql.dropConstraintSql',
    cases: () => ODD_REFS.map((r, i) => ({ label: odd(i), sql: t.dropConstraintSql(r, odd(i)) })),
    named: (n) => t.dropConstraintSql({ schema: n, name: n }, n),
  },
  {
    name: 'tsql.addConstraintSql',
    cases: () =>
      ODD_REFS.flatMap((r, i) =>
        [
          `CHECK (${t.quoteIdent(odd(i))}>(0))`,
          `UNIQUE NONCLUSTERED (${t.columnList([odd(i), odd(i + 1)])})`,
          `PRIMARY KEY CLUSTERED (${t.quoteIdent(odd(i))} ASC)`,
          `FOREIGN KEY (${t.quoteIdent(odd(i))}) REFERENCES ${t.quoteTable(r)} (${t.quoteIdent(odd(i + 2))})`,
        ].map((definition) => ({ label: `${odd(i)} ${definition.slice(0, 10)}`, sql: t.addConstraintSql(r, odd(i), definition) })),
      ),
    named: (n) => t.addConstraintSql({ schema: n, name: n }, n, `CHECK (${t.quoteIdent(n)}>(0))`),
  },
  {
    name: 'tsql.createIndexSql',
    cases: () =>
      ODD_TABLES.flatMap((table, i) => indexVariants(table, columnsOf(table).slice(1), odd(i)).map((sql) => ({ label: odd(i), sql }))),
    named: (n) => indexVariants(namedTable(n), [n, n, n, n], n)[0],
  },
  perTable('tsql.splitRangesSql', (table) => {
    const cols = columnsOf(table);
    return [
      t.splitRangesSql(table, [cols[0]], 4),
      t.splitRangesSql(table, cols.slice(1, 5), 16),
      t.splitRangesSql(table, cols.slice(0, 2), 8, 2.5),
    ];
  }),
];
