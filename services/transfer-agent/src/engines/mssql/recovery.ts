import type { Connection } from 'tedious';
import { EngineInputError, type LoggingModeRequest, type LoggingModeResult, type OperationContext } from '../engine';
import { query, queryCount, run } from './connection';
import * as sql from './recovery-sql';
import { currentDatabaseSql } from './session-sql';

/**
 * The logging mode on SQL Server is the recovery model. SIMPLE during the upgrade keeps the log
 * small, but on production it breaks the log-backup chain (scheduled log backups fail until the
 * next full or differential backup), and mirroring and availability groups need FULL: a mirrored
 * or AG database is refused. Whether a backup was taken first is the orchestrator's check (it
 * records backups); the agent reports the previous model and hands back a restore state.
 */
interface RecoveryState {
  recoveryModel: sql.RecoveryModel;
}

export class ReplicationConflictError extends Error {}

async function database(conn: Connection): Promise<string> {
  return (await query<[string]>(conn, currentDatabaseSql))[0][0];
}

async function currentModel(conn: Connection): Promise<sql.RecoveryModel> {
  const [[model]] = await query<[string, string]>(conn, sql.databaseStateSql);
  return model as sql.RecoveryModel;
}

/** Why the recovery model must stay FULL (mirroring, an availability group), or null. */
async function replication(conn: Connection): Promise<string | null> {
  if ((await queryCount(conn, sql.mirroredSql)) > 0) return 'the database is mirrored (sys.database_mirroring)';
  if ((await queryCount(conn, sql.hadrEnabledSql)) === 1 && (await queryCount(conn, sql.availabilityGroupSql)) > 0)
    return 'the database is in an Always On availability group (sys.dm_hadr_database_replica_states)';
  return null;
}

function parseState(text: string): RecoveryState {
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    throw new EngineInputError('restoreState is not what set-recovery-simple returned (not JSON)');
  }
  const model = (state as { recoveryModel?: unknown } | null)?.recoveryModel;
  if (typeof model !== 'string' || !(sql.RECOVERY_MODELS as readonly string[]).includes(model))
    throw new EngineInputError(`restoreState holds no recovery model (${sql.RECOVERY_MODELS.join(', ')})`);
  return { recoveryModel: model as sql.RecoveryModel };
}

async function setModel(
  conn: Connection,
  to: sql.RecoveryModel,
  ctx: OperationContext,
): Promise<{ db: string; previous: sql.RecoveryModel }> {
  const db = await database(conn);
  const previous = await currentModel(conn);
  if (previous !== to) await run(conn, sql.setRecoveryModelSql(db, to), { signal: ctx.signal });
  return { db, previous };
}

export async function setLoggingMode(conn: Connection, request: LoggingModeRequest, ctx: OperationContext): Promise<LoggingModeResult> {
  if ('restoreState' in request) {
    const { recoveryModel } = parseState(request.restoreState);
    const { db, previous } = await setModel(conn, recoveryModel, ctx);
    const chain = recoveryModel !== 'SIMPLE' && previous === 'SIMPLE';
    return {
      applicable: true,
      previous,
      current: recoveryModel,
      restoreState: JSON.stringify({ recoveryModel: previous } satisfies RecoveryState),
      note:
        previous === recoveryModel
          ? `the recovery model of ${db} was already ${recoveryModel}`
          : `recovery model of ${db} set back from ${previous} to ${recoveryModel}${chain ? '; take a full or differential backup now: log backups fail until one restarts the log chain' : ''}`,
    };
  }
  const why = await replication(conn);
  if (why)
    throw new ReplicationConflictError(
      `the recovery model cannot be set to SIMPLE: ${why}, which needs FULL; remove the database from it first, or keep FULL and size the log for the upgrade`,
    );
  const { db, previous } = await setModel(conn, 'SIMPLE', ctx);
  return {
    applicable: true,
    previous,
    current: 'SIMPLE',
    restoreState: JSON.stringify({ recoveryModel: previous } satisfies RecoveryState),
    note:
      previous === 'SIMPLE'
        ? `the recovery model of ${db} was already SIMPLE`
        : `recovery model of ${db} changed from ${previous} to SIMPLE: the log-backup chain is broken from here; after the upgrade set it back (restore-recovery-model) and take a full backup`,
  };
}
