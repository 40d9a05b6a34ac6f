import { ADMIN_BUILDERS } from './admin-builders';
import { CAPTURE_BUILDERS } from './capture-builders';
import { COPY_BUILDERS } from './copy-builders';
import { CORE_BUILDERS } from './core-builders';
import { ENGINE_BUILDERS } from './engine-builders';
import { PREPROCESSING_BUILDERS } from './preprocessing-builders';
import { RESTORE_BUILDERS, WRITE_GUARD_BUILDERS } from './restore-guard-builders';
import type { TsqlBuilder } from './types';

export type { TsqlBuilder, TsqlCase } from './types';
export * as tsqlFixtures from './fixtures';

/**
 * Every T-SQL builder of engines/mssql, with example arguments that need quoting and escaping.
 * test/unit/mssql-tsql-registry.test.ts parses every text of every entry, and checks against the
 * compiled modules that every export producing T-SQL is here: a builder added without an entry,
 * or an entry removed, fails it. New builders go into the file of their module's group.
 */
export const TSQL_BUILDERS: readonly TsqlBuilder[] = [
  ...CORE_BUILDERS,
  ...ADMIN_BUILDERS,
  ...CAPTURE_BUILDERS,
  ...RESTORE_BUILDERS,
  ...WRITE_GUARD_BUILDERS,
  ...ENGINE_BUILDERS,
  ...PREPROCESSING_BUILDERS,
  ...COPY_BUILDERS,
];

/**
 * The builder modules (`*-sql.ts`, tsql.ts) account for every export: each is a registered
 * builder or listed here with why it emits no T-SQL text. Other modules of engines/mssql must
 * register every export whose name ends in `Sql`/`SQL`.
 */
export const NOT_TSQL: Readonly<Record<string, string>> = {
  'tsql.parseType': 'parses a catalog type text into parts',
  'tsql.formatType': 'a type name, emitted only through the builders that use it (keyText, rangePredicate, createDeltaTableSql…)',
  'tsql.catalogType': 'renders a catalog type as text for the table definition',
  'tsql.columnType': 'looks a column type up',
  'tsql.requireColumns': 'an input check',
  'admin-sql.DEFAULT_RETENTION_DAYS': 'a number',
  'admin-sql.deltaTableName': 'a name, quoted by the builders that use it',
  'capture-sql.captureTable': 'a TableRef, quoted by the builders that use it',
  'capture-sql.captureTriggerName': 'a name, quoted by the builders that use it',
  'restore-sql.checkDatabaseName': 'an input check',
  'restore-sql.physicalFileNames': 'file paths, bound as parameters',
  'restore-sql.backupDescription': 'the backup description, bound as a parameter',
  'restore-sql.parseBackupDescription': 'reads a backup description',
  'write-guard-sql.WRITE_GUARD_LOG': 'a TableRef, quoted by the builders that use it',
  'write-guard-sql.GUARD_TRIGGER_PREFIX': 'a name prefix',
  'write-guard-sql.guardTriggerName': 'a name, quoted by the builders that use it',
  'ddl-lock-sql.LOCK_TIMEOUT_ERROR': 'an error number',
  'import-sql.MAX_PARAMETERS': 'a number',
  'import-sql.MAX_VALUES_ROWS': 'a number',
  'import-sql.rowsPerInsert': 'a number of rows per INSERT',
  'tsql.keyConstraintSql': 'a constraint body fragment, registered through addConstraintSql (copy-builders.ts)',
  'tsql.keyTextOf': 'an expression fragment, emitted through splitRangesSql and statsHistogramSql',
  'recovery-sql.RECOVERY_MODELS': 'the recovery models setRecoveryModelSql accepts',
  'recovery-sql.USER_ACCESS_MODES': 'the access modes setUserAccessSql accepts',
};
