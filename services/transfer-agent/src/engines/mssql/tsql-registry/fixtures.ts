import type { TableRef } from '@cutover/contracts';
import type { KeyRange, TableDefinition } from '../../engine';

/**
 * Example arguments for the T-SQL registry: identifiers that need quoting and values that need
 * escaping. Every builder is run with them, and its texts are parsed by a unit test
 * (test/unit/mssql-tsql-registry.test.ts).
 */

/** 128 characters (sysname's limit), ending in `]` so that the doubled `]` makes the quoted form longer still. */
export const LONG_NAME = `${'Ü表x'.repeat(42)}a]`;

/** One name per quoting hazard: space, `]`, `'`, `"`, `[`, unicode, 128 characters. */
export const ODD_NAMES = ['with space', 'a]b', "q'uote", '"dq"', '[br', 'Ünïcödé表', LONG_NAME] as const;

/** Values that need escaping as string literals. */
export const ODD_VALUES = ["it's", 'x]; DROP TABLE t; --', "'; DROP TABLE t; --", 'Ünïcödé表 "q"', ''] as const;

/** Table references with odd schema and table names. */
export const ODD_REFS: TableRef[] = [
  { schema: 'dbo', name: 'CUSTTABLE' },
  { schema: 'ax schema', name: 'INVENT]TRANS' },
  { schema: "o'brien", name: '"quoted" table' },
  { schema: 'Ünïcödé表', name: '[open' },
  { schema: LONG_NAME, name: LONG_NAME },
];

/** A key type per text style the engine renders (plain, datetime 126, binary 1, float 3, money 2). */
const TYPES = [
  'bigint',
  'nvarchar(60)',
  'numeric(32,16)',
  'datetime',
  'varbinary(max)',
  'ntext',
  'float',
  'money',
  'datetime2(7)',
  'uniqueidentifier',
];

/** A table named `ref` whose columns carry the odd names, one type each (cycled). */
export function oddTable(ref: TableRef, names: readonly string[] = ODD_NAMES): TableDefinition {
  const columns = ['RECID', ...names].map((name, i) => ({
    name,
    dataType: i === 0 ? 'bigint' : TYPES[(i - 1) % TYPES.length],
    nullable: i !== 0,
    ordinal: i + 1,
    collation: null,
  }));
  return {
    ...ref,
    columns,
    primaryKey: { name: `PK ${ref.name}`.slice(0, 128), columns: ['RECID'] },
    copyKey: { columns: ['RECID'], index: 'PK', reason: 'primary key' },
    indexes: [],
    constraints: [],
    rowCount: 0,
    rowCountExact: false,
    bytes: 0,
  };
}

/** The odd tables: one per odd reference, with every odd column name. */
export const ODD_TABLES: TableDefinition[] = ODD_REFS.map((ref) => oddTable(ref));

/** Every column of an odd table (RECID first). */
export const columnsOf = (table: TableDefinition): string[] => table.columns.map((c) => c.name);

/** A table whose schema, name and columns (five, the first bigint and the primary key) are all `name`: for injection checks. */
export function namedTable(name: string): TableDefinition {
  return {
    ...oddTable({ schema: name, name }, []),
    columns: [1, 2, 3, 4, 5].map((ordinal) => ({ name, dataType: 'bigint', nullable: false, ordinal, collation: null })),
    primaryKey: { name, columns: [name] },
    copyKey: { columns: [name], index: name, reason: 'primary key' },
  };
}

/** Key ranges over the table's own key column: open at each end and closed, with bound values needing escaping (they are parameters). */
export function rangesOf(table: TableDefinition): (KeyRange | null)[] {
  const key = [table.columns[0].name];
  return [
    null,
    { keyColumns: key, from: ["1'; --"], to: null },
    { keyColumns: key, from: null, to: ['2'] },
    { keyColumns: key, from: ['1'], to: ['2'] },
  ];
}

/** A composite range over the odd columns of several key types (nvarchar, numeric, datetime, varbinary). */
export function compositeRange(table: TableDefinition): KeyRange {
  const keys = table.columns.slice(1, 5).map((c) => c.name);
  return { keyColumns: keys, from: keys.map(() => "a'b"), to: keys.map(() => 'z]') };
}
