import type { PoolClient, QueryResult } from 'pg';
import { bindNamedParameters } from '@cutover/contracts';
import type { ScriptRequest, ScriptResult, ServerMessage } from '../engine';

/**
 * Runs GO batches on one connection (the caller owns the transaction), collecting notices, rows
 * affected per batch and the first result set.
 */
export async function runScriptBatches(client: PoolClient, request: ScriptRequest): Promise<ScriptResult> {
  const messages: ServerMessage[] = [];
  const onNotice = (n: { severity?: string; message?: string }) =>
    messages.push({ severity: n.severity ?? 'NOTICE', message: n.message ?? '' });
  client.on('notice', onNotice);
  const result: ScriptResult = { batches: [], resultSet: null, messages };
  try {
    for (const batch of request.batches) {
      let rowsAffected = 0;
      for (let n = 0; n < batch.repeat; n++) {
        const outcome = await runBatch(client, batch, request.parameters);
        for (const r of outcome) {
          if (typeof r.rowCount === 'number' && r.command !== 'BEGIN' && r.command !== 'COMMIT') rowsAffected += r.rowCount;
          if (!result.resultSet && r.fields?.length > 0) {
            result.resultSet = {
              columns: r.fields.map((f) => f.name),
              rows: r.rows.slice(0, request.maxRows).map((row: unknown[]) => row.map(jsonSafe)),
              truncated: r.rows.length > request.maxRows,
            };
          }
        }
      }
      result.batches.push({ line: batch.line, rowsAffected });
    }
    return result;
  } finally {
    client.off('notice', onNotice);
  }
}

async function runBatch(
  client: PoolClient,
  batch: ScriptRequest['batches'][number],
  parameters: ScriptRequest['parameters'],
): Promise<QueryResult<unknown[]>[]> {
  try {
    if (Object.keys(parameters).length > 0 && /(^|[^:]):[A-Za-z_]/.test(batch.sql)) {
      const bound = bindNamedParameters(batch.sql, parameters);
      if (bound.used.length > 0) {
        return [await client.query<unknown[]>({ text: bound.text, values: bound.values, rowMode: 'array' })];
      }
    }
    // Simple protocol: a batch may hold several statements; pg returns one result per statement.
    const res = (await client.query<unknown[]>({ text: batch.sql, rowMode: 'array' })) as QueryResult<unknown[]> | QueryResult<unknown[]>[];
    return Array.isArray(res) ? res : [res];
  } catch (error) {
    throw new Error(`batch at line ${batch.line}: ${(error as Error).message}`, { cause: error });
  }
}

/** Values of a returned result set as JSON can carry them (bigint and Buffer have no JSON form). */
function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return value;
}
