import { Readable } from 'node:stream';
import type { Connection } from 'tedious';
import type { ImportResult, OperationContext, RangeRequest } from '../engine';
import { bulkColumn } from './bulk-types';
import { run, transaction, type PooledConnection } from './connection';
import { columnType, deleteRangeSql, quoteIdent, quoteTable, rangePredicate, type SqlParam } from './tsql';
import { decodeRows, encodeHeader, encodeRow, encodeTrailer, exportExpression, wireKind, type DecodeStats } from './wire-codec';

/** Output is gathered into chunks of about this size before it is pushed (one HTTP write each). */
const CHUNK_CHARS = 64 * 1024;

export function exportSql(request: RangeRequest): { sql: string; params: SqlParam[] } {
  const where = rangePredicate(request.table, request.range);
  const select = request.columns.map((c) => exportExpression(c, columnType(request.table, c))).join(', ');
  return { sql: `SELECT ${select} FROM ${quoteTable(request.table)} WHERE ${where.sql}`, params: where.params };
}

/**
 * Streams one key range as mssql-rows-v1. tedious emits rows as the server sends them; when the
 * consumer is slow the request is paused (tedious stops reading the socket, TCP pushes back on the
 * server) and resumed on the next read, so memory holds about one chunk whatever the range size.
 * `release` gets the connection back with the error, if any (a canceled request makes it unusable).
 */
export function exportRange(
  session: PooledConnection,
  request: RangeRequest,
  ctx: OperationContext,
  release: (broken?: unknown) => void,
): Readable {
  const { sql, params } = exportSql(request);
  const kinds = request.columns.map((c) => wireKind(columnType(request.table, c), c));
  let buffered = encodeHeader(request.columns.map((c) => ({ name: c, type: request.table.columns.find((x) => x.name === c)!.dataType })));
  let rows = 0;
  let paused = false;
  let finished = false;
  let tediousRequest: { pause(): void; resume(): void } | undefined;
  const finish = (error?: unknown) => {
    if (finished) return;
    finished = true;
    release(error);
  };
  const stream = new Readable({
    read() {
      if (paused && tediousRequest) {
        paused = false;
        tediousRequest.resume();
      }
    },
    destroy(error, callback) {
      // Consumer gone or canceled before the end: stop the server and drop the connection.
      if (!finished) {
        session.conn.cancel();
        finish(error ?? new Error('export abandoned'));
      }
      callback(error);
    },
  });
  const flush = () => {
    if (buffered.length === 0) return true;
    const ok = stream.push(buffered);
    buffered = '';
    return ok;
  };
  run(session.conn, sql, {
    params,
    signal: ctx.signal,
    onRow: (values, req) => {
      tediousRequest = req;
      rows++;
      buffered += encodeRow(values, kinds);
      if (buffered.length >= CHUNK_CHARS && !flush()) {
        paused = true;
        req.pause();
      }
    },
  }).then(
    () => {
      buffered += encodeTrailer(rows);
      flush();
      stream.push(null);
      finish();
    },
    (error: unknown) => {
      finish(error);
      stream.destroy(error as Error);
    },
  );
  return stream;
}

/**
 * Replaces one key range with the rows of `source` in one transaction: DELETE of the range, then one
 * tedious bulk load (INSERT BULK … WITH (TABLOCK, KEEP_NULLS)) fed by an AsyncIterable that decodes
 * the stream as it arrives, then COMMIT. Any error or cancel rolls the whole range back.
 */
export async function importRange(conn: Connection, request: RangeRequest, source: Readable, ctx: OperationContext): Promise<ImportResult> {
  const specs = request.columns.map((c) => {
    const col = request.table.columns.find((x) => x.name === c)!;
    return { name: c, kind: wireKind(columnType(request.table, c), c), spec: bulkColumn(columnType(request.table, c), col.nullable, c) };
  });
  const del = deleteRangeSql(request.table, request.range);
  await transaction(conn, 'begin');
  try {
    const deletedFirst = await run(conn, del.sql, { params: del.params, signal: ctx.signal });
    const stats: DecodeStats = { rows: 0, bytes: 0 };
    const decoded = decodeRows(source, specs, stats, (rows, bytes) => {
      ctx.progress.addRows(rows);
      ctx.progress.addBytes(bytes);
    });
    async function* rows(): AsyncGenerator<unknown[]> {
      for await (const row of decoded) yield row.map((v, i) => specs[i].spec.convert(v));
    }
    const loaded = await new Promise<number>((resolve, reject) => {
      // TABLOCK: a bulk-update lock, which makes the load minimally logged under SIMPLE/BULK_LOGGED
      // recovery; KEEP_NULLS: NULLs stay NULL instead of taking column defaults (an exact copy).
      const onAbort = () => bulk.cancel();
      const bulk = conn.newBulkLoad(quoteTable(request.table), { lockTable: true, keepNulls: true }, (error, rowCount) => {
        ctx.signal.removeEventListener('abort', onAbort);
        if (error) reject(ctx.signal.aborted ? (ctx.signal.reason as Error) : error);
        else resolve(rowCount ?? 0);
      });
      for (const s of specs) bulk.addColumn(bulkColumnName(s.name), s.spec.type, s.spec.options);
      ctx.signal.addEventListener('abort', onAbort, { once: true });
      conn.execBulkLoad(bulk, rows());
    });
    if (loaded !== stats.rows) throw new Error(`bulk load reported ${loaded} rows, the stream held ${stats.rows}`);
    await transaction(conn, 'commit');
    return { rows: stats.rows, bytes: stats.bytes, deletedFirst };
  } catch (error) {
    await transaction(conn, 'rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * tedious writes INSERT BULK column names as `'[' + name + ']'` without doubling `]`, so the name is
 * handed over with its `]` already doubled: the statement then reads exactly quoteIdent(name).
 */
export function bulkColumnName(name: string): string {
  const quoted = quoteIdent(name);
  return quoted.slice(1, -1);
}
