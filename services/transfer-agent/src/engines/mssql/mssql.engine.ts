import type { Readable } from 'node:stream';
import { ChecksumAlgorithm, EngineKind, TransferFormat, type TableRef } from '@cutover/contracts';
import {
  EngineInputError,
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
import { exportRange } from './bulk';
import { importRange } from './import-range';
import { checksumSql } from './checksum';
import { MSSQL_APPLICATION_NAME } from './config';
import { engineSupport } from '../features';
import { query, run } from './connection';
import { executeScript } from './scripts';
import { requireColumns } from './tsql';
import { splitRanges } from './ranges';
import { finishTableParallel, prepareTable } from './table-ops';
import { MssqlAdmin } from './mssql-admin';
import type { MssqlEngineOptions } from './mssql-sessions';

export type { MssqlEngineOptions };

export const INFO_SQL = `SELECT CONVERT(nvarchar(256), SERVERPROPERTY('ProductVersion')) + N' ' + CONVERT(nvarchar(256), SERVERPROPERTY('Edition')), DB_NAME(), SUSER_SNAME()`;

/**
 * User sessions in this database: every session using a database holds a shared DATABASE lock on
 * it (sys.dm_tran_locks, SQL Server 2005+; sys.dm_exec_sessions.database_id would need 2012).
 */
export const SESSIONS_SQL = `SELECT s.session_id, s.login_name, s.host_name, s.program_name,
       CONVERT(varchar(33), s.login_time, 126), s.status, CASE WHEN s.login_name = SUSER_SNAME() THEN 1 ELSE 0 END
  FROM sys.dm_exec_sessions s
 WHERE s.is_user_process = 1
   AND s.session_id IN (SELECT l.request_session_id FROM sys.dm_tran_locks l
                         WHERE l.resource_type = N'DATABASE' AND l.resource_database_id = DB_ID())
 ORDER BY s.login_time, s.session_id`;

export class MssqlEngine extends MssqlAdmin implements Engine {
  readonly kind = EngineKind.Mssql;
  readonly exportFormats = [TransferFormat.MssqlRowsV1] as const;
  readonly importFormats = [TransferFormat.MssqlRowsV1] as const;

  async info(): Promise<EngineInfo> {
    const [[version, database, login]] = await this.withConnection(null, (c) => query<[string, string, string]>(c.conn, INFO_SQL));
    return { serverVersion: version, database, login };
  }

  listTables() {
    return this.catalog.listTables();
  }

  poolStats() {
    return this.pool.stats();
  }

  describeTable(ref: TableRef, options: { exactCount?: boolean } = {}) {
    return this.catalog.describeTable(ref, options.exactCount ?? false);
  }

  fingerprint(refs: TableRef[]) {
    return this.catalog.fingerprint(refs);
  }

  async splitRanges(table: TableDefinition, keyColumns: string[], parts: number): Promise<SplitResult> {
    requireColumns(table, keyColumns);
    return this.withConnection(null, (c) => splitRanges(c.conn, table, keyColumns, parts));
  }

  async listSessions(): Promise<SessionInfo[]> {
    const rows = await this.withConnection(null, (c) =>
      query<[number, string, string | null, string | null, string | null, string | null, number]>(c.conn, SESSIONS_SQL),
    );
    const own = this.pool.spids();
    return rows.map(([spid, login, host, program, since, status, ownLogin]) => ({
      sessionId: String(spid),
      login,
      host: host || null,
      application: program || null,
      since: since ? `${since}${since.endsWith('Z') ? '' : 'Z'}` : null,
      state: status,
      ownLogin: ownLogin === 1,
      agentConnection: own.has(spid) && program === MSSQL_APPLICATION_NAME,
    }));
  }

  executeScript(request: ScriptRequest, ctx: OperationContext): Promise<ScriptResult> {
    return this.withConnection(ctx, (c) => executeScript(c.conn, request, ctx));
  }

  prepareTable(table: TableDefinition, ctx: OperationContext): Promise<DeferredObject[]> {
    return this.withConnection(ctx, ({ conn }) => prepareTable(conn, table, ctx.signal));
  }

  finishTable(table: TableDefinition, objects: DeferredObject[], ctx: OperationContext): Promise<FinishTableResult> {
    return finishTableParallel(
      table,
      objects,
      this.options.indexJobs ?? 1,
      (work) => this.withConnection(ctx, ({ conn }) => work(conn)),
      ctx.signal,
    );
  }

  async exportRange(request: RangeRequest, format: TransferFormat, ctx: OperationContext): Promise<Readable> {
    this.requireFormat(this.exportFormats, format, 'export');
    requireColumns(request.table, request.columns);
    ctx.signal.throwIfAborted();
    const session = await this.pool.acquire();
    try {
      return exportRange(session, request, ctx, (broken) => this.pool.release(session, broken));
    } catch (error) {
      this.pool.release(session, error);
      throw error;
    }
  }

  importRange(request: RangeRequest, format: TransferFormat, source: Readable, ctx: OperationContext): Promise<ImportResult> {
    this.requireFormat(this.importFormats, format, 'import');
    requireColumns(request.table, request.columns);
    return this.withConnection(ctx, ({ conn }) => importRange(conn, request, source, ctx));
  }

  async checksumRange(request: ChecksumRequest, ctx: OperationContext): Promise<ChecksumResult> {
    requireColumns(request.table, request.columns);
    if (request.algorithm && request.algorithm !== ChecksumAlgorithm.MssqlHashbytes)
      throw new EngineInputError(`checksum algorithm ${request.algorithm} is not available on SQL Server`);
    await this.requireChecksumSupport();
    const { sql, params } = checksumSql(request);
    const rows: [string, string][] = [];
    await this.withConnection(ctx, ({ conn }) =>
      run(conn, sql, { params, signal: ctx.signal, onRow: (v) => rows.push(v as [string, string]) }),
    );
    const n = Number(rows[0][0]);
    ctx.progress.addRows(n);
    return { rows: n, checksum: rows[0][1], algorithm: ChecksumAlgorithm.MssqlHashbytes };
  }

  private serverVersion: string | undefined;

  /**
   * Verification needs SQL Server 2016 (13.x): before it HASHBYTES takes at most 8,000 bytes (a long
   * row would fail) and CONVERT(float, style 3) is not exact. Refused by name on older servers.
   */
  private async requireChecksumSupport(): Promise<void> {
    this.serverVersion ??= (await this.info()).serverVersion;
    const feature = engineSupport(EngineKind.Mssql, this.serverVersion).features.find((f) => f.feature === 'checksum verification');
    if (feature && !feature.available)
      throw new EngineInputError(
        `checksum verification needs ${feature.requires} or later; this server is ${this.serverVersion} (${feature.why})`,
      );
  }

  private requireFormat(formats: readonly TransferFormat[], format: TransferFormat, what: string): void {
    if (!formats.includes(format)) {
      throw new EngineInputError(`the mssql engine cannot ${what} format ${format}; it supports ${formats.join(', ')}`);
    }
  }
}
