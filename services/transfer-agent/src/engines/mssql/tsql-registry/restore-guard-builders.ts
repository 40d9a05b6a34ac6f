import * as r from '../restore-sql';
import * as w from '../write-guard-sql';
import { ODD_NAMES, ODD_REFS, ODD_VALUES } from './fixtures';
import { constant, perName, type TsqlBuilder } from './types';

/** restore-sql.ts (restore-database) and write-guard-sql.ts (the single-user write guard). */

export const RESTORE_BUILDERS: TsqlBuilder[] = [
  constant('restore-sql.restoreHeaderOnlySql', r.restoreHeaderOnlySql),
  constant('restore-sql.restoreFileListSql', r.restoreFileListSql),
  constant('restore-sql.databaseExistsSql', r.databaseExistsSql),
  constant('restore-sql.defaultFilePathsSql', r.defaultFilePathsSql),
  constant('restore-sql.useMasterSql', r.useMasterSql),
  constant('restore-sql.productVersionSql', r.productVersionSql),
  perName('restore-sql.singleUserSql', r.singleUserSql),
  perName('restore-sql.multiUserSql', r.multiUserSql),
  {
    ...perName('restore-sql.restoreDatabaseSql', (n) => r.restoreDatabaseSql(n, 2, false)),
    cases: () =>
      ODD_NAMES.flatMap((n, i) => [
        { label: `${n.slice(0, 50)} new`, sql: r.restoreDatabaseSql(n, 1 + i, false) },
        { label: `${n.slice(0, 50)} replace`, sql: r.restoreDatabaseSql(n, 3, true) },
      ]),
  },
  perName('restore-sql.replaceDatabaseSql', (n) => r.replaceDatabaseSql(n, 2)),
];

export const WRITE_GUARD_BUILDERS: TsqlBuilder[] = [
  constant('write-guard-sql.writeGuardLogExistsSql', w.writeGuardLogExistsSql),
  constant('write-guard-sql.createWriteGuardLogSql', w.createWriteGuardLogSql),
  constant('write-guard-sql.grantWriteGuardLogSql', w.grantWriteGuardLogSql),
  constant('write-guard-sql.clearWriteGuardLogSql', w.clearWriteGuardLogSql),
  constant('write-guard-sql.guardableTablesSql', w.guardableTablesSql),
  constant('write-guard-sql.guardTriggersSql', w.guardTriggersSql),
  constant('write-guard-sql.guardedWritesSql', w.guardedWritesSql),
  constant('write-guard-sql.guardedWriteHostsSql', w.guardedWriteHostsSql),
  {
    name: 'write-guard-sql.createGuardTriggerSql',
    cases: () => ODD_REFS.flatMap((ref) => ODD_VALUES.map((login) => ({ label: login, sql: w.createGuardTriggerSql(ref, 42, login) }))),
    named: (n) => w.createGuardTriggerSql({ schema: n, name: n }, 42, n),
  },
  {
    name: 'write-guard-sql.dropGuardTriggerSql',
    cases: () => ODD_REFS.map((ref) => ({ label: ref.schema.slice(0, 60), sql: w.dropGuardTriggerSql(ref.schema, ref.name) })),
    named: (n) => w.dropGuardTriggerSql(n, n),
  },
];
