import { Request, TYPES, type Connection } from 'tedious';
import { scanSql } from '@cutover/contracts';
import type { OperationContext, ScriptParameter, ScriptRequest, ScriptResult, ServerMessage } from '../engine';
import { transaction, type InfoMessage } from './connection';
import { recordScriptStatus } from './script-status';

/**
 * Names of `@name` parameters a batch uses, outside strings, quoted identifiers and comments
 * (`@@ROWCOUNT` and other `@@` functions are not parameters).
 */
export function usedParameters(sql: string, given: Record<string, ScriptParameter>): string[] {
  const used = new Set<string>();
  const lower = new Map(Object.keys(given).map((k) => [k.toLowerCase(), k]));
  for (const seg of scanSql(sql)) {
    if (seg.kind !== 'code') continue;
    for (const m of seg.text.matchAll(/(^|[^@\w])@([A-Za-z_][A-Za-z0-9_]*)/g)) {
      // T-SQL variable names are case-insensitive (under the usual case-insensitive collations).
      const name = lower.get(m[2].toLowerCase());
      if (name) used.add(name);
    }
  }
  return [...used];
}

/** The TDS type for a script parameter value. */
export function parameterType(value: ScriptParameter): { type: (typeof TYPES)[keyof typeof TYPES]; value: unknown } {
  if (value === null) return { type: TYPES.NVarChar, value: null };
  if (typeof value === 'boolean') return { type: TYPES.Bit, value };
  if (typeof value === 'number') {
    if (Number.isInteger(value))
      return Math.abs(value) <= 2147483647 ? { type: TYPES.Int, value } : { type: TYPES.BigInt, value: BigInt(value) };
    return { type: TYPES.Float, value };
  }
  return { type: TYPES.NVarChar, value };
}

function severityOf(info: InfoMessage): string {
  return info.class > 10 ? 'ERROR' : 'INFO';
}

/** Values of a returned result set as JSON can carry them (Buffer and Date have no exact JSON form). */
function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return `0x${value.toString('hex').toUpperCase()}`;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * Runs GO-separated batches on one connection. XACT_ABORT is on for the agent's connections (set at
 * login), so a run-time error aborts the batch and dooms the transaction; PRINT and RAISERROR up to
 * severity 10 arrive as info messages and are returned.
 */
export async function executeScript(conn: Connection, request: ScriptRequest, ctx: OperationContext): Promise<ScriptResult> {
  const messages: ServerMessage[] = [];
  const onInfo = (info: InfoMessage) => messages.push({ severity: severityOf(info), message: info.message });
  conn.on('infoMessage', onInfo);
  const result: ScriptResult = { batches: [], resultSet: null, messages };
  try {
    if (request.transaction) await transaction(conn, 'begin');
    for (const batch of request.batches) {
      let rowsAffected = 0;
      for (let n = 0; n < batch.repeat; n++) {
        try {
          rowsAffected += await runBatch(conn, batch.sql, request, result, ctx.signal);
        } catch (error) {
          const e = error as Error & { lineNumber?: number };
          if (ctx.signal.aborted) throw error;
          const line = e.lineNumber ? batch.line + e.lineNumber - 1 : batch.line;
          throw new Error(`batch at line ${batch.line} (script line ${line}): ${e.message}`, { cause: error });
        }
      }
      result.batches.push({ line: batch.line, rowsAffected });
    }
    if (request.status) await recordScriptStatus(conn, request.status, ctx.signal);
    if (request.transaction) await transaction(conn, 'commit');
    return result;
  } catch (error) {
    // XACT_ABORT may have rolled back already; a failed rollback then only says so.
    if (request.transaction) await transaction(conn, 'rollback').catch(() => undefined);
    throw error;
  } finally {
    conn.off('infoMessage', onInfo);
  }
}

function runBatch(conn: Connection, sql: string, script: ScriptRequest, result: ScriptResult, signal: AbortSignal): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    signal.throwIfAborted();
    const onAbort = () => conn.cancel();
    let captureColumns: string[] | null = null;
    let captured: unknown[][] | null = null;
    let truncated = false;
    const req = new Request(sql, (error, rowCount) => {
      signal.removeEventListener('abort', onAbort);
      if (captureColumns && captured && !result.resultSet) result.resultSet = { columns: captureColumns, rows: captured, truncated };
      if (error) reject(signal.aborted ? (signal.reason as Error) : error);
      else resolve(rowCount ?? 0);
    });
    // Only the script's first result set is returned: rows count while the first metadata is current.
    let resultSets = 0;
    req.on('columnMetadata', (cols) => {
      resultSets++;
      if (result.resultSet || captureColumns) return;
      const list = Array.isArray(cols) ? cols : Object.values(cols);
      captureColumns = list.map((c) => c.colName);
      captured = [];
    });
    req.on('row', (columns: { value: unknown }[]) => {
      if (!captured || resultSets !== 1 || result.resultSet) return;
      if (captured.length < script.maxRows) captured.push(columns.map((c) => jsonSafe(c.value)));
      else truncated = true;
    });
    const names = usedParameters(sql, script.parameters);
    for (const name of names) {
      const p = parameterType(script.parameters[name]);
      req.addParameter(name, p.type, p.value);
    }
    signal.addEventListener('abort', onAbort, { once: true });
    // sp_executesql only when parameters are used: it scopes #temp tables to the call.
    if (names.length > 0) conn.execSql(req);
    else conn.execSqlBatch(req);
  });
}
