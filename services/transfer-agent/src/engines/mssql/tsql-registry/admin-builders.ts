import * as a from '../admin-sql';
import { columnsOf, ODD_REFS, ODD_TABLES, rangesOf } from './fixtures';
import { constant, perName, perRef, perTable, type TsqlBuilder } from './types';

/** admin-sql.ts: single-user mode, Change Tracking, delta staging, backup and recovery model. */

/** `#delta_<table>` holds 116 characters at most: the tables whose names fit. */
const DELTA_TABLES = ODD_TABLES.filter((t) => `#delta_${t.name}`.length <= 116);
const DELTA_REFS = ODD_REFS.filter((r) => `#delta_${r.name}`.length <= 116);

export const ADMIN_BUILDERS: TsqlBuilder[] = [
  perName('admin-sql.restrictDatabaseSql', a.restrictDatabaseSql),
  { name: 'admin-sql.killSessionSql', cases: () => [57, '32767'].map((id) => ({ label: String(id), sql: a.killSessionSql(id) })) },
  {
    ...perName('admin-sql.enableDatabaseChangeTrackingSql', (n) => a.enableDatabaseChangeTrackingSql(n)),
    cases: () => [1, 30, 3650].map((days) => ({ label: `${days} days`, sql: a.enableDatabaseChangeTrackingSql("AX ]'DB", days) })),
  },
  perName('admin-sql.setRetentionSql', (n) => a.setRetentionSql(n, 45)),
  constant('admin-sql.retentionSql', a.retentionSql),
  constant('admin-sql.tableChangeTrackingEnabledSql', a.tableChangeTrackingEnabledSql),
  perRef('admin-sql.enableTableChangeTrackingSql', a.enableTableChangeTrackingSql),
  perRef('admin-sql.disableTableChangeTrackingSql', a.disableTableChangeTrackingSql),
  constant('admin-sql.currentVersionSql', a.currentVersionSql),
  constant('admin-sql.minValidVersionSql', a.minValidVersionSql),
  perTable('admin-sql.changesSinceSql', (t) => rangesOf(t).map((r) => a.changesSinceSql(t, r).sql)),
  perName('admin-sql.backupCopyOnlySql', a.backupCopyOnlySql),
  constant('admin-sql.createCutoverSchemaSql', a.createCutoverSchemaSql),
  constant('admin-sql.trackedTablesSql', a.trackedTablesSql),
  perTable(
    'admin-sql.createDeltaTableSql',
    (t) => [a.createDeltaTableSql(t, columnsOf(t).slice(0, 1)), a.createDeltaTableSql(t, columnsOf(t).slice(1, 5))],
    DELTA_TABLES,
  ),
  perTable('admin-sql.insertDeltaSql', (t) => a.insertDeltaSql(t), DELTA_TABLES),
  perRef('admin-sql.deltaCountsSql', a.deltaCountsSql, DELTA_REFS),
  perRef('admin-sql.dropDeltaTableSql', a.dropDeltaTableSql, DELTA_REFS),
  constant('admin-sql.backupSizeSql', a.backupSizeSql),
  constant('admin-sql.singleUserActiveSql', a.singleUserActiveSql),
];
