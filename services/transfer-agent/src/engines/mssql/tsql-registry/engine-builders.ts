import type { TableRef } from '@cutover/contracts';
import { exportSql } from '../bulk';
import * as cat from '../catalog';
import { checksumSql } from '../checksum';
import { createSchemaSql, createTableSql, tableExistsSql } from '../create-table';
import { INFO_SQL, SESSIONS_SQL } from '../mssql.engine';
import * as ss from '../script-status';
import { readSequencesSql, setSequenceSql } from '../sequences';
import * as session from '../session-sql';
import { addConstraintSql } from '../tsql';
import { columnsOf, namedTable, ODD_NAMES, ODD_REFS, ODD_TABLES, rangesOf } from './fixtures';
import { constant, perName, perTable, type TsqlBuilder } from './types';

/** The rest of engines/mssql: catalog, copy path (export, checksum), create-table, script status, sequences, sessions. */

/** What the catalog reads for a table, re-created: a primary key, a unique constraint, a filtered index with included columns. */
function catalogStatements(ref: TableRef, cols: string[]): string[] {
  const built = cat.buildIndexes(
    ref,
    [
      [1, cols[0], true, true, false, 'CLUSTERED', null, false],
      [2, cols[1], true, false, true, 'NONCLUSTERED', null, false],
      [3, cols[2], false, false, false, 'NONCLUSTERED', `([RECID]>(0))`, false],
    ],
    [
      [1, cols[0], false, false, 1],
      [2, cols[1], true, false, 1],
      [2, cols[2], false, false, 2],
      [3, cols[3], true, false, 1],
      [3, cols[4], false, true, 0],
    ],
  );
  return built.indexes.map((i) => (i.definition.startsWith('CREATE ') ? i.definition : addConstraintSql(ref, i.name, i.definition)));
}

/** Foreign keys as the catalog re-creates them: a composite key, and each referential action. */
function foreignKeyStatements(ref: TableRef, cols: string[]): string[] {
  const rows = (name: string, onDelete: string, onUpdate: string, n: number): [string, string, string, string, string, string, string][] =>
    cols.slice(0, n).map((c, i) => [name, c, ref.schema, ref.name, cols[(i + 2) % cols.length], onDelete, onUpdate]);
  return cat
    .foreignKeys([
      ...rows(cols[0], 'NO_ACTION', 'NO_ACTION', 1),
      ...rows(cols[1], 'CASCADE', 'SET_NULL', 2),
      ...rows(cols[2], 'SET_DEFAULT', 'CASCADE', 3),
    ])
    .map((fk) => addConstraintSql(ref, fk.name, fk.definition));
}

const sequence = (ref: TableRef, cols: string[]) => ({ table: ref, keyColumns: cols.slice(0, 2), nextColumn: cols[2], maxColumn: cols[3] });

export const ENGINE_BUILDERS: TsqlBuilder[] = [
  constant('catalog.LIST_TABLES_SQL', cat.LIST_TABLES_SQL),
  constant('catalog.TABLE_HEAD_SQL', cat.TABLE_HEAD_SQL),
  constant('catalog.COLUMNS_SQL', cat.COLUMNS_SQL),
  constant('catalog.INDEXES_SQL', cat.INDEXES_SQL),
  constant('catalog.INDEX_COLUMNS_SQL', cat.INDEX_COLUMNS_SQL),
  constant('catalog.CHECKS_SQL', cat.CHECKS_SQL),
  constant('catalog.FOREIGN_KEYS_SQL', cat.FOREIGN_KEYS_SQL),
  {
    name: 'catalog.buildIndexes',
    cases: () =>
      ODD_REFS.flatMap((r) => catalogStatements(r, [...ODD_NAMES]).map((sql, i) => ({ label: `${r.name.slice(0, 50)} #${i}`, sql }))),
    named: (n) => catalogStatements({ schema: n, name: n }, [n, n, n, n, n])[2],
  },
  {
    name: 'catalog.foreignKeys',
    cases: () =>
      ODD_REFS.flatMap((r) => foreignKeyStatements(r, [...ODD_NAMES]).map((sql, i) => ({ label: `${r.name.slice(0, 50)} #${i}`, sql }))),
    named: (n) => foreignKeyStatements({ schema: n, name: n }, [n, n, n])[0],
  },
  perTable('checksum.checksumSql', (table) => rangesOf(table).map((range) => checksumSql({ table, range, columns: columnsOf(table) }).sql)),
  perTable('bulk.exportSql', (table) => rangesOf(table).map((range) => exportSql({ table, range, columns: columnsOf(table) }).sql)),
  perName('create-table.createSchemaSql', createSchemaSql),
  perTable('create-table.createTableSql', createTableSql),
  constant('create-table.tableExistsSql', tableExistsSql),
  constant('script-status.CREATE_SCRIPT_STATUS_SQL', ss.CREATE_SCRIPT_STATUS_SQL),
  constant('script-status.UPDATE_SCRIPT_STATUS_SQL', ss.UPDATE_SCRIPT_STATUS_SQL),
  constant('script-status.INSERT_SCRIPT_STATUS_SQL', ss.INSERT_SCRIPT_STATUS_SQL),
  constant('script-status.RECORD_SCRIPT_STATUS_SQL', ss.RECORD_SCRIPT_STATUS_SQL),
  constant('script-status.SCRIPT_STATUS_EXISTS_SQL', ss.SCRIPT_STATUS_EXISTS_SQL),
  constant('script-status.READ_SCRIPT_STATUS_SQL', ss.READ_SCRIPT_STATUS_SQL),
  {
    name: 'sequences.readSequencesSql',
    cases: () =>
      ODD_TABLES.flatMap((t) => {
        const s = sequence(t, columnsOf(t).slice(1));
        return [[], [{ column: s.keyColumns[0], value: "x'y" }], s.keyColumns.map((column) => ({ column, value: '1' }))].map((match) => ({
          label: `${t.name.slice(0, 50)} ${match.length}`,
          sql: readSequencesSql(s, match),
        }));
      }),
    named: (n) => readSequencesSql(sequence({ schema: n, name: n }, [n, n, n, n]), [{ column: n, value: '1' }]),
  },
  {
    name: 'sequences.setSequenceSql',
    cases: () => ODD_TABLES.map((t) => ({ label: t.name.slice(0, 50), sql: setSequenceSql(sequence(t, columnsOf(t).slice(1))) })),
    named: (n) => setSequenceSql(sequence(namedTable(n), [n, n, n, n])),
  },
  constant('mssql.engine.INFO_SQL', INFO_SQL),
  constant('mssql.engine.SESSIONS_SQL', SESSIONS_SQL),
  constant('session-sql.currentDatabaseSql', session.currentDatabaseSql),
  constant('session-sql.sessionIdSql', session.sessionIdSql),
  constant('session-sql.pingSql', session.pingSql),
  constant('session-sql.originalLoginSql', session.originalLoginSql),
  constant('session-sql.beginTransactionSql', session.beginTransactionSql),
  constant('session-sql.commitTransactionSql', session.commitTransactionSql),
  constant('session-sql.rollbackOpenTransactionSql', session.rollbackOpenTransactionSql),
];
