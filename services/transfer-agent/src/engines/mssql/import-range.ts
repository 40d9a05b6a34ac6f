import type { Readable } from 'node:stream';
import { Request, type Connection } from 'tedious';
import type { ImportResult, OperationContext, RangeRequest } from '../engine';
import { requireStoredColumns } from '../copy-columns';
import { bulkColumnName } from './bulk';
import { bulkColumn, type BulkColumnSpec } from './bulk-types';
import { query, run, transaction } from './connection';
import { identityInsertSql, insertValuesSql, rowsPerInsert, truncateCheckSql } from './import-sql';
import { columnType, deleteRangeSql, quoteTable, truncateSql } from './tsql';
import { decodeRows, wireKind, type DecodeStats } from './wire-codec';

interface ColumnSpec {
  name: string;
  kind: ReturnType<typeof wireKind>;
  spec: BulkColumnSpec;
}

/** How one range is loaded: chosen per request (see docs/sql-server.md, "Loading ranges"). */
export interface LoadPlan {
  /** Whole table: TRUNCATE TABLE when permitted, else DELETE; a range: DELETE of the range. */
  clear: 'whole-table' | 'range';
  /**
   * `identity-insert`: the columns hold the table's identity column, whose values bulk load cannot
   * keep (tedious has no KEEP_IDENTITY): SET IDENTITY_INSERT ON and parameterized INSERT … VALUES.
   */
  path: 'bulk' | 'identity-insert';
  /**
   * TABLOCK (a bulk-update lock: minimally logged under SIMPLE or BULK_LOGGED recovery) only for a
   * heap loaded by one range. The range's DELETE holds an IX table lock, incompatible with another
   * range's BU lock, and on a clustered index TABLOCK takes an exclusive lock: two ranges of one
   * table would deadlock (1205) or serialize. Without it each range takes row and page locks.
   */
  tablock: boolean;
}

export function loadPlan(request: RangeRequest): LoadPlan {
  const table = request.table;
  const heap = !table.indexes.some((i) => i.clustered);
  const oneRange = request.range === null || request.rangesInTable === 1;
  const identity = request.columns.some((c) => table.columns.find((x) => x.name === c)?.identity);
  return {
    clear: request.range === null ? 'whole-table' : 'range',
    path: identity ? 'identity-insert' : 'bulk',
    tablock: heap && oneRange && !identity,
  };
}

/**
 * Replaces one key range with the rows of `source` in one transaction: clears the range (the whole
 * table: TRUNCATE when permitted), loads the rows (bulk load, or the identity-insert path), commits.
 * Any error or cancel rolls the whole range back.
 */
export async function importRange(conn: Connection, request: RangeRequest, source: Readable, ctx: OperationContext): Promise<ImportResult> {
  requireStoredColumns(request.table, request.columns);
  const plan = loadPlan(request);
  const specs: ColumnSpec[] = request.columns.map((c) => {
    const col = request.table.columns.find((x) => x.name === c)!;
    return { name: c, kind: wireKind(columnType(request.table, c), c), spec: bulkColumn(columnType(request.table, c), col.nullable, c) };
  });
  await transaction(conn, 'begin');
  try {
    const deletedFirst = await clear(conn, request, ctx.signal);
    const stats: DecodeStats = { rows: 0, bytes: 0 };
    const decoded = decodeRows(source, specs, stats, (rows, bytes) => {
      ctx.progress.addRows(rows);
      ctx.progress.addBytes(bytes);
    });
    const loaded =
      plan.path === 'bulk'
        ? await bulkLoad(conn, request, specs, decoded, plan.tablock, ctx.signal)
        : await identityInsert(conn, request, specs, decoded, ctx.signal);
    if (loaded !== stats.rows) throw new Error(`the load reported ${loaded} rows, the stream held ${stats.rows}`);
    await transaction(conn, 'commit');
    return { rows: stats.rows, bytes: stats.bytes, deletedFirst };
  } catch (error) {
    await transaction(conn, 'rollback').catch(() => undefined);
    throw error;
  }
}

/** Empties the range; a whole table by TRUNCATE TABLE when permitted (no per-row logging), else DELETE. */
async function clear(conn: Connection, request: RangeRequest, signal: AbortSignal): Promise<number> {
  if (request.range === null) {
    const [[rows, truncate]] = await query<[string, number]>(conn, truncateCheckSql(request.table), [
      { name: 'table', value: quoteTable(request.table) },
    ]);
    if (truncate === 1) {
      await run(conn, truncateSql(request.table), { signal });
      return Number(rows);
    }
  }
  const del = deleteRangeSql(request.table, request.range);
  return run(conn, del.sql, { params: del.params, signal });
}

function bulkLoad(
  conn: Connection,
  request: RangeRequest,
  specs: ColumnSpec[],
  decoded: AsyncIterable<unknown[]>,
  tablock: boolean,
  signal: AbortSignal,
): Promise<number> {
  async function* rows(): AsyncGenerator<unknown[]> {
    for await (const row of decoded) yield row.map((v, i) => specs[i].spec.convert(v));
  }
  return new Promise<number>((resolve, reject) => {
    // KEEP_NULLS: NULLs stay NULL instead of taking column defaults (an exact copy).
    const onAbort = () => bulk.cancel();
    const bulk = conn.newBulkLoad(quoteTable(request.table), { lockTable: tablock, keepNulls: true }, (error, rowCount) => {
      signal.removeEventListener('abort', onAbort);
      if (error) reject(signal.aborted ? (signal.reason as Error) : error);
      else resolve(rowCount ?? 0);
    });
    for (const s of specs) bulk.addColumn(bulkColumnName(s.name), s.spec.type, s.spec.options);
    signal.addEventListener('abort', onAbort, { once: true });
    conn.execBulkLoad(bulk, rows());
  });
}

/**
 * Identity values kept exactly: SET IDENTITY_INSERT ON, then INSERT … VALUES of as many rows as
 * 2,000 parameters hold, each value typed as its column (the bulk encoders: exact decimals, UTC
 * temporals), then IDENTITY_INSERT OFF. Slower than bulk load; only tables with an identity column take it.
 */
async function identityInsert(
  conn: Connection,
  request: RangeRequest,
  specs: ColumnSpec[],
  decoded: AsyncIterable<unknown[]>,
  signal: AbortSignal,
): Promise<number> {
  const perInsert = rowsPerInsert(specs.length);
  const fullSql = insertValuesSql(request.table, request.columns, perInsert);
  let batch: unknown[][] = [];
  let inserted = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const sql = batch.length === perInsert ? fullSql : insertValuesSql(request.table, request.columns, batch.length);
    inserted += await insertRows(conn, sql, specs, batch, signal);
    batch = [];
  };
  await run(conn, identityInsertSql(request.table, true), { signal });
  for await (const row of decoded) {
    batch.push(row.map((v, i) => specs[i].spec.convert(v)));
    if (batch.length === perInsert) await flush();
  }
  await flush();
  await run(conn, identityInsertSql(request.table, false), { signal });
  return inserted;
}

function insertRows(conn: Connection, sql: string, specs: ColumnSpec[], rows: unknown[][], signal: AbortSignal): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    signal.throwIfAborted();
    const onAbort = () => conn.cancel();
    const request = new Request(sql, (error, rowCount) => {
      signal.removeEventListener('abort', onAbort);
      if (error) reject(signal.aborted ? (signal.reason as Error) : error);
      else resolve(rowCount ?? 0);
    });
    rows.forEach((row, r) =>
      row.forEach((value, c) => request.addParameter(`v${r * specs.length + c}`, specs[c].spec.type, value, specs[c].spec.options)),
    );
    signal.addEventListener('abort', onAbort, { once: true });
    conn.execSql(request);
  });
}
