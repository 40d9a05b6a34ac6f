import { TYPES } from 'tedious';
import type { DataType, ParameterData } from 'tedious/lib/data-type';
import { EngineInputError } from '../engine';
import type { SqlType } from './tsql';
import { wireKind } from './wire-codec';

/**
 * How each column is declared to tedious's bulk load, and the value form it takes.
 *
 * tedious's own encoders are exact for integers, bigint (from a string), floats, strings, binary,
 * GUIDs and — fed a UTC Date plus `nanosecondDelta` — date/time/datetime/datetime2. They are NOT exact
 * for decimal/numeric and money: both go through parseFloat and `value * 10^scale` in doubles, and
 * decimal writes only 64 bits of magnitude, so numeric(32,16) would lose digits or fail. Those two get
 * exact encoders below, computed with BigInt from the decimal text; every other byte (type info,
 * length prefix) is still tedious's.
 */
export interface BulkColumnSpec {
  type: DataType;
  options: { nullable: boolean; length?: number; precision?: number; scale?: number };
  /** Wire value (after fromWire) → value for the encoder. */
  convert: (value: unknown) => unknown;
}

const identity = (v: unknown) => v;

/** Decimal text → unscaled BigInt at `scale`, refusing anything that would round or overflow `precision`. */
export function scaledDecimal(text: string, precision: number, scale: number): bigint {
  const m = /^(-)?(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) throw new TypeError(`"${text}" is not a decimal number`);
  const frac = m[3] ?? '';
  const extra = frac.slice(scale);
  if (/[1-9]/.test(extra)) throw new TypeError(`"${text}" has more than ${scale} decimal places`);
  const digits = (m[2] + frac.slice(0, scale).padEnd(scale, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > precision && /[1-9]/.test(digits)) throw new TypeError(`"${text}" does not fit numeric(${precision},${scale})`);
  const n = BigInt(digits);
  return m[1] && n !== 0n ? -n : n;
}

/** NUMERICN data bytes: sign (1 = positive) and the magnitude little-endian in 4, 8, 12 or 16 bytes. */
function* exactDecimalData(parameter: ParameterData): Generator<Buffer, void> {
  if (parameter.value == null) return;
  const precision = parameter.precision!;
  const n = scaledDecimal(String(parameter.value), precision, parameter.scale!);
  const size = precision <= 9 ? 4 : precision <= 19 ? 8 : precision <= 28 ? 12 : 16;
  const buf = Buffer.alloc(1 + size);
  buf[0] = n < 0n ? 0 : 1;
  let mag = n < 0n ? -n : n;
  for (let i = 0; i < size; i++) {
    buf[1 + i] = Number(mag & 0xffn);
    mag >>= 8n;
  }
  yield buf;
}

const keepDecimalText = (value: unknown) => (value == null ? null : String(value));

/** tedious's Decimal type with an exact encoder: the value stays decimal text all the way to the bytes. */
export const ExactDecimal: DataType = { ...TYPES.Decimal, validate: keepDecimalText, generateParameterData: exactDecimalData };

function* exactMoneyData(parameter: ParameterData, size: 4 | 8): Generator<Buffer, void> {
  if (parameter.value == null) return;
  const n = scaledDecimal(String(parameter.value), 19, 4);
  const buf = Buffer.alloc(size);
  if (size === 4) {
    if (n < -2147483648n || n > 2147483647n) throw new TypeError(`"${String(parameter.value)}" does not fit smallmoney`);
    buf.writeInt32LE(Number(n), 0);
  } else {
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw new TypeError(`"${String(parameter.value)}" does not fit money`);
    // TDS money: the 64-bit value ×10⁴ as its high 32 bits, then its low 32 bits.
    const u = BigInt.asUintN(64, n);
    buf.writeUInt32LE(Number(u >> 32n), 0);
    buf.writeUInt32LE(Number(u & 0xffffffffn), 4);
  }
  yield buf;
}

export const ExactMoney: DataType = {
  ...TYPES.Money,
  validate: keepDecimalText,
  generateParameterData: (p: ParameterData) => exactMoneyData(p, 8),
};
export const ExactSmallMoney: DataType = {
  ...TYPES.SmallMoney,
  validate: keepDecimalText,
  generateParameterData: (p: ParameterData) => exactMoneyData(p, 4),
};

export type PreciseDate = Date & { nanosecondDelta?: number };

const TEMPORAL = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:[ T]?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;

/**
 * SQL Server's datetime text → a UTC Date plus `nanosecondDelta` (seconds below the millisecond),
 * which is what tedious's temporal encoders read with useUTC. Exact to 100 ns; years 1..9999.
 */
export function parseTemporal(text: string): PreciseDate {
  const m = TEMPORAL.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) throw new TypeError(`"${text}" is not a date/time value`);
  const [mo, day, h, mi, sec] = [m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? 0 : Number(x)));
  if ((m[1] && (mo < 1 || mo > 12 || day < 1 || day > 31)) || h > 23 || mi > 59 || sec > 59)
    throw new TypeError(`"${text}" is not a valid date/time`);
  const d: PreciseDate = new Date(0);
  d.setUTCFullYear(m[1] ? Number(m[1]) : 1900, m[1] ? Number(m[2]) - 1 : 0, m[1] ? Number(m[3]) : 1);
  const frac = (m[7] ?? '').padEnd(7, '0');
  d.setUTCHours(Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number(frac.slice(0, 3)));
  d.nanosecondDelta = Number(frac.slice(3)) / 1e7;
  if (Number.isNaN(d.getTime()) || (m[1] && d.getUTCDate() !== day)) throw new TypeError(`"${text}" is not a valid date/time`);
  return d;
}

const temporal = (value: unknown) => (value == null ? null : parseTemporal(String(value)));

/**
 * tedious's temporal types validate a value in the agent's local time zone: its bulk load and its
 * parameters call `validate(value, collation)` without the connection's useUTC, so west of UTC
 * `smalldatetime 1900-01-01 00:00` (local 1899-12-31) and `datetime 1753-01-01` were rejected. The
 * encoders do read useUTC (always on, config.ts). These replace only `validate`, checking the range
 * on the UTC calendar date — the one parseTemporal set and the encoder writes.
 */
function utcValidated(base: DataType, min: string, max: string): DataType {
  return {
    ...base,
    validate: (value: unknown) => {
      if (value == null) return null;
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new TypeError('Invalid date.');
      const year = value.getUTCFullYear();
      const day = year >= 1 && year <= 9999 ? value.toISOString().slice(0, 10) : `year ${year}`;
      if (year < 1 || year > 9999 || day < min || day > max) throw new TypeError(`${day} is out of range (${min} .. ${max}).`);
      return value;
    },
  };
}

export const UtcDate = utcValidated(TYPES.Date, '0001-01-01', '9999-12-31');
export const UtcTime = utcValidated(TYPES.Time, '0001-01-01', '9999-12-31');
export const UtcDateTime = utcValidated(TYPES.DateTime, '1753-01-01', '9999-12-31');
export const UtcSmallDateTime = utcValidated(TYPES.SmallDateTime, '1900-01-01', '2079-06-06');
export const UtcDateTime2 = utcValidated(TYPES.DateTime2, '0001-01-01', '9999-12-31');

/** The bulk-load declaration for a destination column of `type`. */
export function bulkColumn(type: SqlType, nullable: boolean, column = ''): BulkColumnSpec {
  wireKind(type, column);
  const [a, b] = type.args;
  const length = a === -1 ? Infinity : a;
  const o = { nullable };
  switch (type.name) {
    case 'tinyint':
      return { type: TYPES.TinyInt, options: o, convert: identity };
    case 'smallint':
      return { type: TYPES.SmallInt, options: o, convert: identity };
    case 'int':
      return { type: TYPES.Int, options: o, convert: identity };
    case 'bigint':
      return { type: TYPES.BigInt, options: o, convert: (v) => (v == null ? null : BigInt(v as string)) };
    case 'bit':
      return { type: TYPES.Bit, options: o, convert: identity };
    case 'real':
      return { type: TYPES.Real, options: o, convert: identity };
    case 'float':
      return { type: TYPES.Float, options: o, convert: identity };
    case 'decimal':
    case 'numeric':
      return { type: ExactDecimal, options: { ...o, precision: a ?? 18, scale: b ?? 0 }, convert: identity };
    case 'money':
      return { type: ExactMoney, options: o, convert: identity };
    case 'smallmoney':
      return { type: ExactSmallMoney, options: o, convert: identity };
    case 'char':
      return { type: TYPES.Char, options: { ...o, length: a ?? 1 }, convert: identity };
    case 'varchar':
      return { type: TYPES.VarChar, options: { ...o, length: a === undefined ? 1 : length }, convert: identity };
    case 'text':
      return { type: TYPES.Text, options: o, convert: identity };
    case 'nchar':
      return { type: TYPES.NChar, options: { ...o, length: a ?? 1 }, convert: identity };
    case 'nvarchar':
    case 'sysname':
      return { type: TYPES.NVarChar, options: { ...o, length: a === undefined ? 128 : length }, convert: identity };
    case 'ntext':
      return { type: TYPES.NText, options: o, convert: identity };
    case 'binary':
      return { type: TYPES.Binary, options: { ...o, length: a ?? 1 }, convert: identity };
    case 'varbinary':
      return { type: TYPES.VarBinary, options: { ...o, length: a === undefined ? 1 : length }, convert: identity };
    case 'image':
      return { type: TYPES.Image, options: o, convert: identity };
    case 'uniqueidentifier':
      return { type: TYPES.UniqueIdentifier, options: o, convert: identity };
    case 'date':
      return { type: UtcDate, options: o, convert: temporal };
    case 'time':
      return { type: UtcTime, options: { ...o, scale: a ?? 7 }, convert: temporal };
    case 'datetime':
      return { type: UtcDateTime, options: o, convert: temporal };
    case 'smalldatetime':
      return { type: UtcSmallDateTime, options: o, convert: temporal };
    case 'datetime2':
      return { type: UtcDateTime2, options: { ...o, scale: a ?? 7 }, convert: temporal };
    default:
      throw new EngineInputError(`column ${JSON.stringify(column)} of type ${type.name} cannot be bulk loaded by the mssql engine`);
  }
}
