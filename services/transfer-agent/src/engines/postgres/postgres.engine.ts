import { Readable } from 'node:stream';
import { to as copyTo } from 'pg-copy-streams';
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
  type TableSequence,
  type TableSequenceResult,
  type TableSequenceValue,
  type NamedSequence,
  type NamedSequenceResult,
  type NamedSequenceValue,
} from '../engine';
import { readNamedSequences, readTableSequences, setNamedSequences, setTableSequences } from './table-sequences';
import { checksum } from './checksum';
import { runScriptBatches } from './scripts';
import { finishTableParallel, prepareTable } from './table-ops';
import * as scriptStatus from './script-status';
import * as sessions from './sessions';
import { AGENT_APPLICATION_NAME } from './sessions';
import { copyFormat, importRange } from './import-range';
import { splitRanges } from './ranges';
import { columnList, quoteTable, rangePredicate, requireColumns } from './sql';
import { PostgresAdmin } from './postgres-admin';
import type { PostgresEngineOptions } from './postgres-sessions';

export { AGENT_APPLICATION_NAME };
export type { PostgresEngineOptions };

export class PostgresEngine extends PostgresAdmin implements Engine {
  readonly kind = EngineKind.Postgres;
  readonly exportFormats = [TransferFormat.PgBinary, TransferFormat.PgText] as const;
  readonly importFormats = [TransferFormat.PgBinary, TransferFormat.PgText] as const;

  async info(): Promise<EngineInfo> {
    const { rows } = await this.pool.query<{ version: string; database: string; login: string }>(
      `SELECT current_setting('server_version') AS version, current_database() AS database, current_user AS login`,
    );
    return { serverVersion: rows[0].version, database: rows[0].database, login: rows[0].login };
  }

  poolStats() {
    return { inUse: this.pool.totalCount - this.pool.idleCount, waiting: this.pool.waitingCount };
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
    const sql = `COPY (SELECT ${columnList(request.columns)} FROM ${quoteTable(request.table)} WHERE ${where.sql}) TO STDOUT (FORMAT ${copyFormat(format)})`;
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
    return this.withSession(ctx, ({ client }) => importRange(client, request, source, ctx, format));
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

  readNamedSequences(sequences: TableRef[], ctx: OperationContext): Promise<NamedSequence[]> {
    return this.withSession(ctx, ({ client }) => readNamedSequences(client, sequences));
  }

  setNamedSequences(values: NamedSequenceValue[], ctx: OperationContext): Promise<NamedSequenceResult[]> {
    return this.withSession(ctx, ({ client }) => setNamedSequences(client, values));
  }

  readTableSequences(tables: TableRef[], ctx: OperationContext): Promise<TableSequence[]> {
    return this.withSession(ctx, ({ client }) => readTableSequences(client, tables));
  }

  setTableSequences(values: TableSequenceValue[], ctx: OperationContext): Promise<TableSequenceResult[]> {
    return this.withSession(ctx, ({ client }) => setTableSequences(client, values));
  }

  private requireFormat(formats: readonly TransferFormat[], format: TransferFormat, what: string): void {
    if (!formats.includes(format)) {
      throw new EngineInputError(`the postgres engine cannot ${what} format ${format}; it supports ${formats.join(', ')}`);
    }
  }
}
