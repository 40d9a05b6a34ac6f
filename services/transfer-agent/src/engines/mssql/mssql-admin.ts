import { type TableRef } from '@cutover/contracts';
import {
  type ColumnValue,
  type ScriptStatusRow,
  type TableShape,
  type SequenceColumns,
  type SequenceRow,
  type SetSequenceRequest,
  type BackupResult,
  type SingleUserWrite,
  type WatermarkCheckResult,
  type DeltaScriptRequest,
  type DeltaScriptResult,
  type DisableChangeTrackingResult,
  type EnableChangeTrackingResult,
  type EnterSingleUserResult,
  type ExitSingleUserResult,
  type EngineCapabilities,
  type LoggingModeRequest,
  type LoggingModeResult,
  type RestoreRequest,
  type RestoreResult,
  type TrackedTable,
  type OperationContext,
  type SessionInfo,
  type TableSequence,
  type TableSequenceResult,
  type TableSequenceValue,
  type NamedSequence,
  type NamedSequenceResult,
  type NamedSequenceValue,
} from '../engine';
import { readIdentities, reseedIdentities } from './identity';
import { readNamedSequences, restartNamedSequences } from './named-sequences';
import * as admin from './admin';
import * as ct from './change-tracking';
import { runDeltaScript } from './delta-read';
import { setLoggingMode } from './recovery';
import * as backup from './backup';
import { query } from './connection';
import { MSSQL_PERMISSIONS_SQL, permissionsFrom, type AgentPermissions } from '../permissions';
import { createTable } from './create-table';
import * as scriptStatus from './script-status';
import * as sequences from './sequences';
import { singleUserWrites } from './write-guard';
import { MssqlSessions } from './mssql-sessions';

/** The preprocessing and state operations of the SQL Server engine (change tracking, single-user mode, backup and restore, sequences). */
export abstract class MssqlAdmin extends MssqlSessions {
  /** The recovery model is SQL Server's logging mode. */
  readonly capabilities: EngineCapabilities = { loggingMode: true };

  /** Sessions on the database (the engine's catalog side answers it). */
  abstract listSessions(): Promise<SessionInfo[]>;

  enableChangeTracking(
    tables: TrackedTable[],
    options: { retentionDays?: number },
    ctx: OperationContext,
  ): Promise<EnableChangeTrackingResult> {
    return this.withConnection(ctx, ({ conn }) => ct.enableChangeTracking(conn, tables, options.retentionDays, ctx, this.ddlLock));
  }

  checkWatermark(since: string, tables: TableRef[], ctx: OperationContext): Promise<WatermarkCheckResult> {
    return this.withConnection(ctx, ({ conn }) => ct.checkWatermark(conn, since, tables));
  }

  disableChangeTracking(tables: TableRef[], ctx: OperationContext): Promise<DisableChangeTrackingResult> {
    return this.withConnection(ctx, ({ conn }) => ct.disableChangeTracking(conn, tables, ctx));
  }

  currentWatermark(ctx: OperationContext): Promise<string | null> {
    return this.withConnection(ctx, ({ conn }) => ct.currentVersion(conn));
  }

  isWatermark(text: string): boolean {
    return /^\d{1,19}$/.test(text);
  }

  runDeltaScript(request: DeltaScriptRequest, ctx: OperationContext): Promise<DeltaScriptResult> {
    return this.withConnection(ctx, ({ conn }) => runDeltaScript(conn, request, ctx));
  }

  enterSingleUser(options: { terminate: boolean }, ctx: OperationContext): Promise<EnterSingleUserResult> {
    const others = async () => (await this.listSessions()).filter((s) => !s.ownLogin);
    return this.withConnection(ctx, ({ conn }) => admin.enterSingleUser(conn, others, options.terminate, ctx, this.ddlLock));
  }

  endForeignSessions(): Promise<SessionInfo[]> {
    const others = async () => (await this.listSessions()).filter((s) => !s.ownLogin);
    return this.withConnection(null, ({ conn }) => admin.endForeignSessions(conn, others));
  }

  singleUserWrites(): Promise<{ guardedTables: number; writes: SingleUserWrite[] }> {
    return this.withConnection(null, ({ conn }) => singleUserWrites(conn));
  }

  singleUserActive(): Promise<boolean> {
    return this.withConnection(null, ({ conn }) => admin.singleUserActive(conn));
  }

  exitSingleUser(restoreState: string | null, ctx: OperationContext): Promise<ExitSingleUserResult> {
    return this.withConnection(ctx, ({ conn }) => admin.exitSingleUser(conn, restoreState, ctx));
  }

  backupDatabase(directory: string, ctx: OperationContext): Promise<BackupResult> {
    return this.withConnection(ctx, ({ conn }) => backup.backupDatabase(conn, directory, ctx));
  }

  databaseExists(name: string): Promise<boolean> {
    return this.withConnection(null, ({ conn }) => backup.databaseExists(conn, name));
  }

  restoreDatabase(request: RestoreRequest, ctx: OperationContext): Promise<RestoreResult> {
    return backup.restoreOnOwnConnection(this.pool, { dataDirectory: this.options.restoreDataDir, ...request }, ctx);
  }

  setLoggingMode(request: LoggingModeRequest, ctx: OperationContext): Promise<LoggingModeResult> {
    return this.withConnection(ctx, ({ conn }) => setLoggingMode(conn, request, ctx));
  }

  createTable(def: TableShape, ctx: OperationContext): Promise<boolean> {
    return this.withConnection(ctx, ({ conn }) => createTable(conn, def, ctx.signal));
  }

  ensureScriptStatus(ctx: OperationContext): Promise<void> {
    return this.withConnection(ctx, ({ conn }) => scriptStatus.ensureScriptStatus(conn, ctx.signal));
  }

  readScriptStatus(ctx: OperationContext): Promise<ScriptStatusRow[] | null> {
    return this.withConnection(ctx, ({ conn }) => scriptStatus.readScriptStatus(conn));
  }

  async permissions(): Promise<AgentPermissions> {
    const [row] = await this.withConnection(null, ({ conn }) => query<unknown[]>(conn, MSSQL_PERMISSIONS_SQL));
    return permissionsFrom(row);
  }

  readSequences(sequence: SequenceColumns, match: ColumnValue[], ctx: OperationContext): Promise<SequenceRow[]> {
    return this.withConnection(ctx, ({ conn }) => sequences.readSequences(conn, sequence, match));
  }

  setSequence(request: SetSequenceRequest, ctx: OperationContext): Promise<number> {
    return this.withConnection(ctx, ({ conn }) => sequences.setSequence(conn, request));
  }

  readTableSequences(tables: TableRef[], ctx: OperationContext): Promise<TableSequence[]> {
    return this.withConnection(ctx, ({ conn }) => readIdentities(conn, tables));
  }

  setTableSequences(values: TableSequenceValue[], ctx: OperationContext): Promise<TableSequenceResult[]> {
    return this.withConnection(ctx, ({ conn }) => reseedIdentities(conn, values));
  }

  readNamedSequences(sequences: TableRef[], ctx: OperationContext): Promise<NamedSequence[]> {
    return this.withConnection(ctx, ({ conn }) => readNamedSequences(conn, sequences));
  }

  setNamedSequences(values: NamedSequenceValue[], ctx: OperationContext): Promise<NamedSequenceResult[]> {
    return this.withConnection(ctx, ({ conn }) => restartNamedSequences(conn, values));
  }
}
