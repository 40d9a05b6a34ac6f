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
  type LoggingModeResult,
  type RestoreRequest,
  type RestoreResult,
  type TrackedTable,
  type OperationContext,
  type SessionInfo,
} from '../engine';
import { runScriptBatches } from './scripts';
import { backupPostgres } from './backup';
import { databaseExists, restorePostgres } from './restore';
import {
  changeLogExists,
  checkWatermark,
  deltaResult,
  disableChangeTracking,
  enableChangeTracking,
  materializeDelta,
  snapshot,
  WATERMARK_PATTERN,
} from './change-tracking';
import { permissionsFrom, POSTGRES_PERMISSIONS_SQL, type AgentPermissions } from '../permissions';
import { createTable } from './create-table';
import * as scriptStatus from './script-status';
import * as sequences from './sequences';
import * as sessions from './sessions';
import { guardedTableCount, guardedWrites } from './write-guard';
import { PostgresSessions } from './postgres-sessions';

/** The preprocessing and state operations of the PostgreSQL engine (change tracking, single-user mode, backup and restore, sequences). */
export abstract class PostgresAdmin extends PostgresSessions {
  /** No per-database logging mode: WAL settings are server-wide. */
  readonly capabilities: EngineCapabilities = { loggingMode: false };

  enableChangeTracking(
    tables: TrackedTable[],
    _options: { retentionDays?: number },
    ctx: OperationContext,
  ): Promise<EnableChangeTrackingResult> {
    return this.withSession(ctx, ({ client }) => enableChangeTracking(client, tables));
  }

  checkWatermark(_since: string, tables: TableRef[], ctx: OperationContext): Promise<WatermarkCheckResult> {
    return this.withSession(ctx, ({ client }) => checkWatermark(client, tables));
  }

  disableChangeTracking(tables: TableRef[], ctx: OperationContext): Promise<DisableChangeTrackingResult> {
    return this.withSession(ctx, ({ client }) => disableChangeTracking(client, tables));
  }

  currentWatermark(ctx: OperationContext): Promise<string | null> {
    return this.withSession(ctx, async ({ client }) => ((await changeLogExists(client)) ? snapshot(client) : null));
  }

  isWatermark(text: string): boolean {
    return WATERMARK_PATTERN.test(text);
  }

  runDeltaScript(request: DeltaScriptRequest, ctx: OperationContext): Promise<DeltaScriptResult> {
    return this.withSession(ctx, async ({ client }) => {
      await client.query('BEGIN');
      try {
        // W2 first: the keys, the script's work and the new watermark all belong to this one transaction.
        const until = await snapshot(client);
        const keys = await materializeDelta(client, request, until);
        const script = await runScriptBatches(client, request.script);
        await client.query('COMMIT');
        return deltaResult(request.since, until, keys, script);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  enterSingleUser(options: { terminate: boolean }, ctx: OperationContext): Promise<EnterSingleUserResult> {
    return this.withSession(ctx, ({ client }) => sessions.enterSingleUser(client, options.terminate));
  }

  async exitSingleUser(restoreState: string | null, ctx: OperationContext): Promise<ExitSingleUserResult> {
    const previousAcl = sessions.parseRestoreState(restoreState);
    return this.withSession(ctx, ({ client }) => sessions.exitSingleUser(client, previousAcl));
  }

  endForeignSessions(): Promise<SessionInfo[]> {
    return sessions.endForeignSessions(this.pool);
  }

  async singleUserWrites(): Promise<{ guardedTables: number; writes: SingleUserWrite[] }> {
    return { guardedTables: await guardedTableCount(this.pool), writes: await guardedWrites(this.pool) };
  }

  singleUserActive(): Promise<boolean> {
    return sessions.singleUserActive(this.pool);
  }

  backupDatabase(directory: string, ctx: OperationContext): Promise<BackupResult> {
    return backupPostgres(this.pool, this.options, directory, () => this.currentWatermark(ctx), ctx);
  }

  databaseExists(name: string): Promise<boolean> {
    return databaseExists(this.pool, name);
  }

  restoreDatabase(request: RestoreRequest, ctx: OperationContext): Promise<RestoreResult> {
    return restorePostgres(this.pool, this.options, request, ctx);
  }

  setLoggingMode(): Promise<LoggingModeResult> {
    return Promise.resolve({
      applicable: false,
      previous: null,
      current: null,
      restoreState: null,
      note: 'PostgreSQL has no per-database logging mode (recovery model); WAL settings are server-wide',
    });
  }

  createTable(def: TableShape, ctx: OperationContext): Promise<boolean> {
    return this.withSession(ctx, ({ client }) => createTable(client, def));
  }

  ensureScriptStatus(ctx: OperationContext): Promise<void> {
    return this.withSession(ctx, ({ client }) => scriptStatus.ensureScriptStatus(client));
  }

  readScriptStatus(ctx: OperationContext): Promise<ScriptStatusRow[] | null> {
    return this.withSession(ctx, ({ client }) => scriptStatus.readScriptStatus(client));
  }

  async permissions(): Promise<AgentPermissions> {
    const { rows } = await this.pool.query<unknown[]>({ text: POSTGRES_PERMISSIONS_SQL, rowMode: 'array' });
    return permissionsFrom(rows[0]);
  }

  readSequences(sequence: SequenceColumns, match: ColumnValue[], ctx: OperationContext): Promise<SequenceRow[]> {
    return this.withSession(ctx, ({ client }) => sequences.readSequences(client, sequence, match));
  }

  setSequence(request: SetSequenceRequest, ctx: OperationContext): Promise<number> {
    return this.withSession(ctx, ({ client }) => sequences.setSequence(client, request));
  }
}
