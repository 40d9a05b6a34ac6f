import * as c from '../capture-sql';
import { columnsOf, namedTable, ODD_REFS, ODD_TABLES } from './fixtures';
import { constant, type TsqlBuilder } from './types';

/** capture-sql.ts: trigger-based change capture for tables without a primary key. */

const IDS = [5, 2_147_483_647];
const perId = (name: string, build: (id: number) => string): TsqlBuilder => ({
  name,
  cases: () => IDS.map((id) => ({ label: String(id), sql: build(id) })),
});
/** Key column sets: the bigint key, and odd names of several types. */
const keySets = (t: (typeof ODD_TABLES)[number]) => [['RECID'], columnsOf(t).slice(1, 5)];

export const CAPTURE_BUILDERS: TsqlBuilder[] = [
  constant('capture-sql.objectIdSql', c.objectIdSql),
  constant('capture-sql.captureKeyColumnsSql', c.captureKeyColumnsSql),
  constant('capture-sql.captureTriggerExistsSql', c.captureTriggerExistsSql),
  {
    name: 'capture-sql.createCaptureTableSql',
    cases: () => ODD_TABLES.flatMap((t) => keySets(t).map((keys) => ({ label: keys.join(','), sql: c.createCaptureTableSql(t, keys, 7) }))),
    named: (n) => c.createCaptureTableSql(namedTable(n), [n], 7),
  },
  perId('capture-sql.trackCaptureTableSql', c.trackCaptureTableSql),
  perId('capture-sql.grantCaptureTableSql', c.grantCaptureTableSql),
  perId('capture-sql.dropCaptureTableSql', c.dropCaptureTableSql),
  {
    name: 'capture-sql.createCaptureTriggerSql',
    cases: () =>
      ODD_TABLES.flatMap((t) => keySets(t).map((keys) => ({ label: keys.join(','), sql: c.createCaptureTriggerSql(t, keys, 7) }))),
    named: (n) => c.createCaptureTriggerSql({ schema: n, name: n }, [n, n], 7),
  },
  {
    name: 'capture-sql.dropCaptureTriggerSql',
    cases: () => ODD_REFS.map((r) => ({ label: r.schema.slice(0, 60), sql: c.dropCaptureTriggerSql(r, 7) })),
    named: (n) => c.dropCaptureTriggerSql({ schema: n, name: n }, 7),
  },
  {
    name: 'capture-sql.insertCapturedDeltaSql',
    cases: () =>
      ODD_TABLES.flatMap((t) =>
        keySets(t).map((keys) => ({ label: keys.join(','), sql: c.insertCapturedDeltaSql(`#delta_${t.name.slice(0, 100)}`, keys, 7) })),
      ),
    named: (n) => c.insertCapturedDeltaSql(`#delta_${n}`, [n, n], 7),
  },
];
