import { Readable } from 'node:stream';
import type { OperationContext, RangeRequest } from '../engine';
import { run, type PooledConnection } from './connection';
import { columnType, quoteIdent, quoteTable, rangePredicate, type SqlParam } from './tsql';
import { encodeHeader, encodeRow, encodeTrailer, exportExpression, wireKind } from './wire-codec';

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
 * tedious writes INSERT BULK column names as `'[' + name + ']'` without doubling `]`, so the name is
 * handed over with its `]` already doubled: the statement then reads exactly quoteIdent(name).
 */
export function bulkColumnName(name: string): string {
  const quoted = quoteIdent(name);
  return quoted.slice(1, -1);
}
