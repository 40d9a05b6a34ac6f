import { EngineInputError } from '../engine';
import { quoteIdent } from './tsql';

/**
 * T-SQL of the recovery model (recovery.ts) and of the user-access state single-user mode restores
 * (admin.ts). ALTER DATABASE takes no variables: the database name is quoted and the model or
 * access mode is one of a fixed set, checked here.
 */
export const RECOVERY_MODELS = ['FULL', 'BULK_LOGGED', 'SIMPLE'] as const;
export type RecoveryModel = (typeof RECOVERY_MODELS)[number];

export const USER_ACCESS_MODES = ['MULTI_USER', 'RESTRICTED_USER', 'SINGLE_USER'] as const;
export type UserAccess = (typeof USER_ACCESS_MODES)[number];

export function setRecoveryModelSql(database: string, model: string): string {
  if (!(RECOVERY_MODELS as readonly string[]).includes(model))
    throw new EngineInputError(`recovery model ${JSON.stringify(model)} is not one of ${RECOVERY_MODELS.join(', ')}`);
  return `ALTER DATABASE ${quoteIdent(database)} SET RECOVERY ${model}`;
}

/** The database's recovery model and user access mode. */
export const databaseStateSql = `SELECT recovery_model_desc, user_access_desc FROM sys.databases WHERE database_id = DB_ID()`;

/** Database mirroring partners (SQL Server 2005+): mirroring needs the FULL recovery model. */
export const mirroredSql = `SELECT COUNT(*) FROM sys.database_mirroring WHERE database_id = DB_ID() AND mirroring_guid IS NOT NULL`;

/** 1 when Always On availability groups are enabled on the instance (NULL, read as 0, before SQL Server 2012). */
export const hadrEnabledSql = `SELECT CAST(ISNULL(SERVERPROPERTY('IsHadrEnabled'), 0) AS int)`;

/** The database is a replica in an availability group (the DMV exists from SQL Server 2012: asked only when HADR is enabled). */
export const availabilityGroupSql = `SELECT COUNT(*) FROM sys.dm_hadr_database_replica_states WHERE database_id = DB_ID() AND is_local = 1`;

/** The access mode single-user mode found on entry, set back on exit. */
export function setUserAccessSql(database: string, access: string): string {
  if (!(USER_ACCESS_MODES as readonly string[]).includes(access))
    throw new EngineInputError(`user access ${JSON.stringify(access)} is not one of ${USER_ACCESS_MODES.join(', ')}`);
  return `ALTER DATABASE ${quoteIdent(database)} SET ${access}`;
}
