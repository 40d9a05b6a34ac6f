import { Readable } from 'node:stream';
import { Pool, type PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { ChecksumAlgorithm, EngineKind, TransferFormat, type TableRef } from '@cutover/contracts';
import {
  EngineInputError,
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
  type RecoveryModelResult,
  type RestoreRequest,
  type RestoreResult,
  type TrackedTable,
  type ChecksumRequest,
  type ChecksumResult,
  type DeferredObject,
  type Engine,
  type EngineInfo,
  type FinishTableResult,
  type ImportResult,
  type OperationContext,
  type RangeRequest,
  type ScriptRequest,
  type ScriptResult,
  type SessionInfo,
  type SplitResult,
  type TableDefinition,
} from '../engine';
import { checksum } from './checksum';
import { runScriptBatches } from './scripts';
import { finishTableParallel, prepareTable } from './table-ops';
import { PostgresCatalog } from './catalog';
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
import { AGENT_APPLICATION_NAME } from './sessions';
import { importRange } from './import-range';
import { splitRanges } from './ranges';
import { columnList, quoteTable, rangePredicate, requireColumns } from './sql';

export { AGENT_APPLICATION_NAME };

export interface PostgresEngineOptions {
  url: string;
  /** Pool size: concurrent operations plus exports served to other agents. */
  poolSize: number;
  /** maintenance_work_mem for index builds in finish-table. */
  maintenanceWorkMem: string;
  /** Plain indexes of one table built at once by finishTable (default 1). */
  indexJobs?: number;
  /** pg_dump for backup-database (default: the first on PATH). */
  pgDump?: string;
  /** pg_restore for restore-database (default: beside pgDump, else the first on PATH). */
  pgRestore?: string;
}

/** A pooled connection whose running statement can be canceled from outside. */
interface Session {
  client: PoolClient;
  pid: number;
}

export class PostgresEngine implements Engine {
  readonly kind = EngineKind.Postgres;
  readonly exportFormats = [TransferFormat.PgBinary] as const;
  readonly importFormats = [TransferFormat.PgBinary] as const;
  private readonly pool: Pool;
  private readonly catalog: PostgresCatalog;
  private readonly pids = new WeakMap<PoolClient, number>();

  constructor(private readonly options: PostgresEngineOptions) {
    this.pool = new Pool({
      connectionString: options.url,
      max: options.poolSize,
      application_name: AGENT_APPLICATION_NAME,
      idleTimeoutMillis: 30_000,
    });
    // An idle client that dies (server restart, terminated backend) must not crash the agent.
    this.pool.on('error', () => undefined);
    this.catalog = new PostgresCatalog(this.pool);
  }

  async connect(): Promise<void> {
    await this.ping();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async info(): Promise<EngineInfo> {
    const { rows } = await this.pool.query<{ version: string; database: string; login: string }>(
      `SELECT current_setting('server_version') AS version, current_database() AS database, current_user AS login`,
    );
    return { serverVersion: rows[0].version, database: rows[0].database, login: rows[0].login };
  }

  listTables() {
    return this.catalog.listTables();
  }

  describeTable(ref: TableRef, options: { exactCount?: boolean } = {}) {
    return this.catalog.describeTable(ref, options.exactCount ?? false);
  }

  fingerprint(refs: TableRef[]) {
    return this.catalog.fingerprint(refs);
  }

  splitRanges(table: TableDefinition, keyColumns: string[], parts: number): Promise<SplitResult> {
    return splitRanges(this.pool, table, keyColumns, parts);
  }

  listSessions(): Promise<SessionInfo[]> {
    return sessions.listSessions(this.pool);
  }

  async executeScript(request: ScriptRequest, ctx: OperationContext): Promise<ScriptResult> {
    return this.withSession(ctx, async ({ client }) => {
      // One batch is one simple-protocol query, which PostgreSQL already runs as one implicit
      // transaction: no BEGIN/COMMIT round trips needed.
      const explicit =
        request.transaction &&
        (request.batches.length > 1 || request.batches[0].repeat > 1 || Object.keys(request.parameters).length > 0 || request.status);
      try {
        if (explicit) await client.query('BEGIN');
        const result = await runScriptBatches(client, request);
        if (request.status) await scriptStatus.recordScriptStatus(client, request.status);
        if (explicit) await client.query('COMMIT');
        return result;
      } catch (error) {
        if (explicit) await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  prepareTable(table: TableDefinition, ctx: OperationContext): Promise<DeferredObject[]> {
    return this.withSession(ctx, ({ client }) => prepareTable(client, table));
  }

  finishTable(table: TableDefinition, objects: DeferredObject[], ctx: OperationContext): Promise<FinishTableResult> {
    return finishTableParallel(table, objects, this.options.indexJobs ?? 1, (work) =>
      this.withSession(ctx, ({ client }) => work(client, this.options.maintenanceWorkMem)),
    );
  }

  async exportRange(request: RangeRequest, format: TransferFormat, ctx: OperationContext): Promise<Readable> {
    this.requireFormat(this.exportFormats, format, 'export');
    requireColumns(request.table, request.columns);
    const where = rangePredicate(request.table, request.range, 'literals');
    const sql = `COPY (SELECT ${columnList(request.columns)} FROM ${quoteTable(request.table)} WHERE ${where.sql}) TO STDOUT (FORMAT binary)`;
    const session = await this.acquire();
    const stream = session.client.query(copyTo(sql));
    let finished = false;
    stream.on('end', () => {
      finished = true;
      session.client.release();
    });
    const abandon = () => {
      if (finished) return;
      finished = true;
      // The connection is mid-COPY and cannot be reused: cancel the statement and drop it.
      void this.cancelBackend(session.pid);
      session.client.release(new Error('export abandoned'));
    };
    stream.on('error', abandon);
    stream.on('close', abandon);
    ctx.signal.addEventListener('abort', () => stream.destroy(new Error('export canceled')), { once: true });
    return stream;
  }

  async importRange(request: RangeRequest, format: TransferFormat, source: Readable, ctx: OperationContext): Promise<ImportResult> {
    this.requireFormat(this.importFormats, format, 'import');
    requireColumns(request.table, request.columns);
    return this.withSession(ctx, ({ client }) => importRange(client, request, source, ctx));
  }

  async checksumRange(request: ChecksumRequest, ctx: OperationContext): Promise<ChecksumResult> {
    requireColumns(request.table, request.columns);
    if (request.algorithm === ChecksumAlgorithm.MssqlHashbytes)
      throw new EngineInputError(`checksum algorithm ${request.algorithm} is not available on PostgreSQL`);
    return this.withSession(ctx, async ({ client }) => {
      if (request.algorithm) return checksum(client, request, request.algorithm);
      try {
        return await checksum(client, request, ChecksumAlgorithm.PgHashRecord);
      } catch (error) {
        // A column type without extended hash support (json, point, …): hash the row's text instead.
        if ((error as { code?: string }).code !== '42883') throw error;
        return checksum(client, request, ChecksumAlgorithm.PgMd5Text);
      }
    }).then((result) => {
      ctx.progress.addRows(result.rows);
      return result;
    });
  }

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

  exitSingleUser(previousAcl: string[] | null, ctx: OperationContext): Promise<ExitSingleUserResult> {
    if (previousAcl === null) {
      return Promise.reject(new EngineInputError('previousAcl is required on PostgreSQL: pass what enter-single-user returned'));
    }
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

  setRecoverySimple(): Promise<RecoveryModelResult> {
    return Promise.resolve({
      applicable: false,
      previous: null,
      note: 'PostgreSQL has no recovery model; WAL settings are server-wide',
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

  private requireFormat(formats: readonly TransferFormat[], format: TransferFormat, what: string): void {
    if (!formats.includes(format)) {
      throw new EngineInputError(`the postgres engine cannot ${what} format ${format}; it supports ${formats.join(', ')}`);
    }
  }

  private async acquire(): Promise<Session> {
    const client = await this.pool.connect();
    // pg-pool takes its idle 'error' listener off a checked-out client; a connection that dies
    // mid-operation must fail the operation (its query rejects), not crash the agent.
    if (client.listenerCount('error') === 0) client.on('error', () => undefined);
    // A pooled connection keeps its backend for life: ask its pid once.
    const known = this.pids.get(client);
    if (known !== undefined) return { client, pid: known };
    try {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      this.pids.set(client, rows[0].pid);
      return { client, pid: rows[0].pid };
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  }

  /** Runs work on one connection; an abort cancels its running statement. */
  private async withSession<T>(ctx: OperationContext, work: (s: Session) => Promise<T>): Promise<T> {
    ctx.signal.throwIfAborted();
    const session = await this.acquire();
    const onAbort = () => void this.cancelBackend(session.pid);
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    let broken: Error | undefined;
    try {
      return await work(session);
    } catch (error) {
      // After a cancel or a failed COPY the connection state is uncertain: do not reuse it.
      broken = error as Error;
      throw error;
    } finally {
      ctx.signal.removeEventListener('abort', onAbort);
      session.client.release(broken);
    }
  }

  private async cancelBackend(pid: number): Promise<void> {
    await this.pool.query('SELECT pg_cancel_backend($1)', [pid]).catch(() => undefined);
  }
}
