import type { Readable } from 'node:stream';
import { TransferFormat } from '@cutover/contracts';
import { EngineInputError } from '../engine';
import { quoteIdent, type SqlType } from './tsql';

/**
 * `mssql-rows-v1`: the row stream between two SQL Server agents. UTF-8 NDJSON, one JSON value per line:
 *
 *   {"format":"mssql-rows-v1","columns":[{"name":"RECID","type":"bigint"}, …]}   header
 *   [value, value, …]                                                             one line per row
 *   {"end":true,"rows":N}                                                         trailer
 *
 * The trailer makes a cut stream detectable: an import that does not see it fails (and rolls back)
 * instead of committing part of a range. A value is `null` for NULL, otherwise by column type:
 *
 *   tinyint/smallint/int, real/float  JSON number (a double, or a float widened to one, prints and parses exactly)
 *   bit                               true / false
 *   bigint, decimal/numeric, money    string: exact decimal text as SQL Server prints it (never a JS number)
 *   char/varchar/text, n…             string (JSON escapes keep unpaired UTF-16 surrogates, which nvarchar allows)
 *   binary/varbinary/image            string: base64
 *   uniqueidentifier                  string: the GUID text
 *   date, time, datetime, datetime2,  string: SQL Server's own text (`yyyy-mm-dd hh:mi:ss.fffffff`), rendered
 *   smalldatetime                     in the SELECT. Never a JS Date: Date holds ms, datetime2 holds 100 ns.
 *
 * Line breaks inside strings are always JSON-escaped, so a raw `\n` only ever ends a line.
 */
export const MSSQL_ROWS_FORMAT = TransferFormat.MssqlRowsV1;

export type WireKind = 'number' | 'bit' | 'bigint' | 'decimal' | 'money' | 'string' | 'binary' | 'guid' | 'temporal';

const KINDS: Record<string, WireKind> = {
  tinyint: 'number',
  smallint: 'number',
  int: 'number',
  real: 'number',
  float: 'number',
  bit: 'bit',
  bigint: 'bigint',
  decimal: 'decimal',
  numeric: 'decimal',
  money: 'money',
  smallmoney: 'money',
  char: 'string',
  varchar: 'string',
  text: 'string',
  nchar: 'string',
  nvarchar: 'string',
  ntext: 'string',
  sysname: 'string',
  binary: 'binary',
  varbinary: 'binary',
  image: 'binary',
  uniqueidentifier: 'guid',
  date: 'temporal',
  time: 'temporal',
  datetime: 'temporal',
  datetime2: 'temporal',
  smalldatetime: 'temporal',
};

/**
 * Types a copy refuses: datetimeoffset (tedious's bulk encoding replaces the stored offset with the
 * agent's time zone), xml, sql_variant, CLR types, and rowversion (the server assigns it).
 */
export function wireKind(type: SqlType, column = ''): WireKind {
  const kind = KINDS[type.name];
  if (!kind) throw new EngineInputError(`column ${JSON.stringify(column)} of type ${type.name} cannot be copied by the mssql engine`);
  return kind;
}

/** The SELECT expression for one column: the server renders exact types as text (see the format above). */
export function exportExpression(column: string, type: SqlType): string {
  const c = quoteIdent(column);
  switch (type.name) {
    case 'bigint':
      return `CONVERT(varchar(20), ${c})`;
    case 'decimal':
    case 'numeric':
      return `CONVERT(varchar(48), ${c})`;
    case 'money':
    case 'smallmoney':
      return `CONVERT(varchar(32), ${c}, 2)`;
    case 'datetime':
    case 'datetime2':
      return `CONVERT(varchar(27), ${c}, 121)`;
    case 'smalldatetime':
      return `CONVERT(varchar(19), ${c}, 120)`;
    case 'date':
      return `CONVERT(varchar(10), ${c}, 23)`;
    case 'time':
      return `CONVERT(varchar(16), ${c})`;
    default:
      wireKind(type, column);
      return c;
  }
}

export interface WireColumn {
  name: string;
  type: string;
}

export function encodeHeader(columns: WireColumn[]): string {
  return `${JSON.stringify({ format: MSSQL_ROWS_FORMAT, columns })}\n`;
}

export function encodeTrailer(rows: number): string {
  return `${JSON.stringify({ end: true, rows })}\n`;
}

/** One row as read by tedious from the export SELECT, as a wire line. */
export function encodeRow(values: unknown[], kinds: readonly WireKind[]): string {
  const out = values.map((v, i) => toWire(v, kinds[i]));
  return `${JSON.stringify(out)}\n`;
}

export function toWire(value: unknown, kind: WireKind): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'number':
      if (typeof value !== 'number') throw new Error(`expected a number, got ${typeof value}`);
      return value;
    case 'bit':
      return Boolean(value);
    case 'binary':
      if (!Buffer.isBuffer(value)) throw new Error('expected binary data');
      return value.toString('base64');
    default:
      if (typeof value !== 'string') throw new Error(`expected text for a ${kind} value, got ${typeof value}`);
      return value;
  }
}

/** A wire value back into what the bulk encoder takes (see bulk-types.ts), checked against the kind. */
export function fromWire(value: unknown, kind: WireKind): unknown {
  if (value === null) return null;
  switch (kind) {
    case 'number':
      if (typeof value !== 'number') throw new Error(`expected a number, got ${JSON.stringify(value)}`);
      return value;
    case 'bit':
      if (typeof value !== 'boolean') throw new Error(`expected true/false, got ${JSON.stringify(value)}`);
      return value;
    case 'binary':
      if (typeof value !== 'string') throw new Error('expected base64 text');
      return Buffer.from(value, 'base64');
    default:
      if (typeof value !== 'string') throw new Error(`expected text for a ${kind} value, got ${JSON.stringify(value)}`);
      return value;
  }
}

export interface DecodeStats {
  rows: number;
  bytes: number;
}

/**
 * Decodes a wire stream incrementally: yields one array per row (values already through fromWire),
 * never holding more than one chunk plus one partial line. Checks the header against the columns
 * the importer expects and requires the trailer.
 */
export async function* decodeRows(
  source: AsyncIterable<Buffer | string> | Readable,
  expected: readonly { name: string; kind: WireKind }[],
  stats: DecodeStats = { rows: 0, bytes: 0 },
  onProgress: (rows: number, bytes: number) => void = () => undefined,
): AsyncGenerator<unknown[]> {
  let pending = Buffer.alloc(0);
  let state: 'header' | 'rows' | 'done' = 'header';
  let line = 0;
  for await (const chunk of source as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    stats.bytes += buf.length;
    const data = pending.length > 0 ? Buffer.concat([pending, buf]) : buf;
    let start = 0;
    let rowsInChunk = 0;
    for (let nl = data.indexOf(0x0a, start); nl !== -1; nl = data.indexOf(0x0a, start)) {
      const text = data.toString('utf8', start, nl);
      start = nl + 1;
      line++;
      if (state === 'done') throw new Error(`${MSSQL_ROWS_FORMAT}: data after the trailer (line ${line})`);
      const parsed: unknown = parseLine(text, line);
      if (state === 'header') {
        checkHeader(parsed, expected);
        state = 'rows';
        continue;
      }
      if (!Array.isArray(parsed)) {
        checkTrailer(parsed, stats.rows, line);
        state = 'done';
        continue;
      }
      if (parsed.length !== expected.length) {
        throw new Error(`${MSSQL_ROWS_FORMAT}: line ${line} has ${parsed.length} values, expected ${expected.length}`);
      }
      const row = parsed.map((v: unknown, i) => {
        try {
          return fromWire(v, expected[i].kind);
        } catch (error) {
          throw new Error(`${MSSQL_ROWS_FORMAT}: line ${line}, column ${expected[i].name}: ${(error as Error).message}`, { cause: error });
        }
      });
      stats.rows++;
      rowsInChunk++;
      yield row;
    }
    pending = start < data.length ? Buffer.from(data.subarray(start)) : Buffer.alloc(0);
    onProgress(rowsInChunk, buf.length);
  }
  if (pending.length > 0 || state !== 'done') {
    throw new Error(`${MSSQL_ROWS_FORMAT} stream ended early after ${stats.rows} rows (no trailer)`);
  }
}

function parseLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${MSSQL_ROWS_FORMAT}: line ${line} is not JSON`, { cause: error });
  }
}

function checkHeader(parsed: unknown, expected: readonly { name: string }[]): void {
  const h = parsed as { format?: unknown; columns?: { name?: unknown }[] } | null;
  if (!h || h.format !== MSSQL_ROWS_FORMAT || !Array.isArray(h.columns)) {
    throw new Error(`stream is not ${MSSQL_ROWS_FORMAT} (bad header)`);
  }
  const names = h.columns.map((c) => c.name);
  if (names.length !== expected.length || names.some((n, i) => n !== expected[i].name)) {
    throw new Error(
      `${MSSQL_ROWS_FORMAT}: the source sends columns ${JSON.stringify(names)}, the import expects ${JSON.stringify(expected.map((e) => e.name))}`,
    );
  }
}

function checkTrailer(parsed: unknown, rows: number, line: number): void {
  const t = parsed as { end?: unknown; rows?: unknown } | null;
  if (!t || t.end !== true) throw new Error(`${MSSQL_ROWS_FORMAT}: line ${line} is neither a row nor the trailer`);
  if (t.rows !== rows) throw new Error(`${MSSQL_ROWS_FORMAT}: the trailer counts ${String(t.rows)} rows, the stream held ${rows}`);
}
