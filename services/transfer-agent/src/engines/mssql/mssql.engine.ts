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
import { exportRange, importRange } from './bulk';
import { checksumSql } from './checksum';
import { MSSQL_APPLICATION_NAME } from './config';
import { query, run } from './connection';
import { executeScript } from './scripts';
import {
  addConstraintSql,
  dropConstraintSql,
  dropIndexSql,
  quoteIdent,
  requireColumns,
  splitRangesSql,
  truncateSql,
  updateStatisticsSql,
} from './tsql';
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

  describeTable(ref: TableRef, options: { exactCount?: boolean } = {}) {
    return this.catalog.describeTable(ref, options.exactCount ?? false);
  }

  fingerprint(refs: TableRef[]) {
    return this.catalog.fingerprint(refs);
  }

  async splitRanges(table: TableDefinition, keyColumns: string[], parts: number): Promise<SplitResult> {
    requireColumns(table, keyColumns);
    const rows = await this.withConnection(null, (c) => query<string[]>(c.conn, splitRangesSql(table, keyColumns, parts)));
    return { bounds: rows.filter((r) => r.every((v) => v !== null)), sampled: false };
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

  async prepareTable(table: TableDefinition, ctx: OperationContext): Promise<DeferredObject[]> {
    // Clustered indexes stay: the load goes into them in key order, and dropping one would rebuild
    // every other index twice. So does the copy key's unique index (each range's delete-first seeks
    // it). Other nonclustered, non-constraint indexes and all other constraints are deferred.
    const kept = new Set(table.indexes.filter((i) => / CLUSTERED INDEX /.test(i.definition)).map((i) => i.name));
    if (table.copyKey.index) kept.add(table.copyKey.index);
    const deferred: DeferredObject[] = [
      ...table.constraints
        .filter((c) => !(c.kind === 'unique' && kept.has(c.name)))
        .map((c) => ({ kind: c.kind, name: c.name, definition: c.definition })),
      ...table.indexes
        .filter((i) => !i.primaryKey && !i.constraintBacked && !kept.has(i.name))
        .map((i) => ({ kind: 'index' as const, name: i.name, definition: i.definition })),
    ];
    return this.withConnection(ctx, async ({ conn }) => {
      await run(conn, 'BEGIN TRANSACTION', { signal: ctx.signal });
      try {
        const order = ['foreign-key', 'check', 'exclusion', 'unique', 'index'];
        for (const obj of [...deferred].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
          await run(conn, obj.kind === 'index' ? dropIndexSql(table, obj.name) : dropConstraintSql(table, obj.name), {
            signal: ctx.signal,
          });
        }
        await run(conn, truncateSql(table), { signal: ctx.signal });
        await run(conn, 'COMMIT TRANSACTION', { signal: ctx.signal });
      } catch (error) {
        await run(conn, 'IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION').catch(() => undefined);
        throw error;
      }
      return deferred;
    });
  }

  async finishTable(table: TableDefinition, objects: DeferredObject[], ctx: OperationContext): Promise<FinishTableResult> {
    const existingIndexes = new Set(table.indexes.map((i) => i.name));
    const existingConstraints = new Set(table.constraints.map((c) => c.name));
    const result: FinishTableResult = { created: [], skipped: [] };
    return this.withConnection(ctx, async ({ conn }) => {
      const order = ['index', 'unique', 'exclusion', 'check', 'foreign-key'];
      for (const obj of [...objects].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
        const exists = obj.kind === 'index' ? existingIndexes.has(obj.name) : existingConstraints.has(obj.name);
        if (exists) {
          result.skipped.push(obj.name);
          continue;
        }
        // The bulk load does not fire triggers (no FIRE_TRIGGERS): there is nothing to enable again.
        if (obj.kind === 'trigger') continue;
        if (obj.kind === 'exclusion') throw new EngineInputError(`SQL Server has no exclusion constraints (${quoteIdent(obj.name)})`);
        await run(conn, obj.kind === 'index' ? obj.definition : addConstraintSql(table, obj.name, obj.definition), { signal: ctx.signal });
        result.created.push(obj.name);
      }
      await run(conn, updateStatisticsSql(table), { signal: ctx.signal });
      return result;
    });
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
    const { sql, params } = checksumSql(request);
    const rows: [string, string][] = [];
    await this.withConnection(ctx, ({ conn }) =>
      run(conn, sql, { params, signal: ctx.signal, onRow: (v) => rows.push(v as [string, string]) }),
    );
    const n = Number(rows[0][0]);
    ctx.progress.addRows(n);
    return { rows: n, checksum: rows[0][1], algorithm: ChecksumAlgorithm.MssqlHashbytes };
  }

  private requireFormat(formats: readonly TransferFormat[], format: TransferFormat, what: string): void {
    if (!formats.includes(format)) {
      throw new EngineInputError(`the mssql engine cannot ${what} format ${format}; it supports ${formats.join(', ')}`);
    }
  }
}
