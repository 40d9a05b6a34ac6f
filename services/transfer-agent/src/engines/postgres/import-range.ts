import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportResult, OperationContext, RangeRequest } from '../engine';
import { TransferFormat } from '@cutover/contracts';
import { requireStoredColumns } from '../copy-columns';
import { BinaryCopyCounter, TextCopyCounter } from './binary-copy-counter';
import { columnList, quoteTable, rangePredicate } from './sql';

/** The COPY FORMAT option of a wire format (a fixed keyword, never caller text). */
export const copyFormat = (format: TransferFormat): 'binary' | 'text' => (format === TransferFormat.PgText ? 'text' : 'binary');

/**
 * Replaces one key range with the rows of `source` (binary COPY), in one transaction: the range is
 * deleted first, so a retry never duplicates and a failure or cancel leaves the range as it was.
 */
export async function importRange(
  client: PoolClient,
  request: RangeRequest,
  source: Readable,
  ctx: OperationContext,
  format: TransferFormat = TransferFormat.PgBinary,
): Promise<ImportResult> {
  requireStoredColumns(request.table, request.columns);
  const qt = quoteTable(request.table);
  const where = rangePredicate(request.table, request.range, 'params');
  await client.query('BEGIN');
  try {
    // The range is nearly always empty here (a retry is the exception): seek it through the key's
    // index. Left alone, the planner guesses a composite key's row comparison wide and scans the
    // whole (growing) table once per range.
    if (request.range) await client.query('SET LOCAL enable_seqscan = off');
    const deleted = await client.query(`DELETE FROM ${qt} WHERE ${where.sql}`, where.values);
    if (request.range) await client.query('SET LOCAL enable_seqscan = on');
    const onProgress = (rows: number, bytes: number) => {
      ctx.progress.addRows(rows);
      ctx.progress.addBytes(bytes);
    };
    const counter = format === TransferFormat.PgText ? new TextCopyCounter(onProgress) : new BinaryCopyCounter(onProgress);
    const copy = client.query(copyFrom(`COPY ${qt} (${columnList(request.columns)}) FROM STDIN (FORMAT ${copyFormat(format)})`));
    await pipeline(source, counter, copy, { signal: ctx.signal });
    await client.query('COMMIT');
    return { rows: counter.rows, bytes: counter.bytes, deletedFirst: deleted.rowCount ?? 0 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
