import * as d from '../delta-read-sql';
import * as l from '../ddl-lock-sql';
import * as id from '../identity';
import * as named from '../named-sequences';
import * as r from '../recovery-sql';
import { constant, perName, type TsqlBuilder } from './types';

/** delta-read-sql.ts, ddl-lock-sql.ts, recovery-sql.ts: consistent delta reads, Sch-M lock timeouts, recovery model and user access. */
export const PREPROCESSING_BUILDERS: TsqlBuilder[] = [
  // Identity values after the copy (table and column travel as parameters).
  constant('identity.readIdentitySql', id.readIdentitySql),
  constant('identity.reseedIdentitySql', id.reseedIdentitySql),
  constant('named-sequences.readNamedSequenceSql', named.readNamedSequenceSql),
  constant('named-sequences.restartNamedSequenceSql', named.restartNamedSequenceSql),
  constant('delta-read-sql.snapshotIsolationStateSql', d.snapshotIsolationStateSql),
  perName('delta-read-sql.allowSnapshotIsolationSql', d.allowSnapshotIsolationSql),
  constant('delta-read-sql.snapshotIsolationLevelSql', d.snapshotIsolationLevelSql),
  constant('delta-read-sql.readCommittedIsolationLevelSql', d.readCommittedIsolationLevelSql),
  {
    name: 'ddl-lock-sql.setLockTimeoutSql',
    cases: () => [-1, 0, 2000, 3_600_000].map((ms) => ({ label: `${ms} ms`, sql: l.setLockTimeoutSql(ms) })),
  },
  {
    ...perName('recovery-sql.setRecoveryModelSql', (n) => r.setRecoveryModelSql(n, 'SIMPLE')),
    cases: () => r.RECOVERY_MODELS.map((m) => ({ label: m, sql: r.setRecoveryModelSql("AX ]'DB", m) })),
  },
  constant('recovery-sql.databaseStateSql', r.databaseStateSql),
  constant('recovery-sql.mirroredSql', r.mirroredSql),
  constant('recovery-sql.hadrEnabledSql', r.hadrEnabledSql),
  constant('recovery-sql.availabilityGroupSql', r.availabilityGroupSql),
  {
    ...perName('recovery-sql.setUserAccessSql', (n) => r.setUserAccessSql(n, 'MULTI_USER')),
    cases: () => r.USER_ACCESS_MODES.map((m) => ({ label: m, sql: r.setUserAccessSql("AX ]'DB", m) })),
  },
];
