import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { TYPES } from 'tedious';
import BulkLoad from 'tedious/lib/bulk-load';
import { TYPE, type DataType } from 'tedious/lib/data-type';
import { readValue } from 'tedious/lib/value-parser';
import type { Metadata } from 'tedious/lib/metadata-parser';
import type { InternalConnectionOptions } from 'tedious/lib/connection';
import { bulkColumn, parseTemporal, scaledDecimal, type BulkColumnSpec } from '../../services/transfer-agent/src/engines/mssql/bulk-types';
import { bulkColumnName } from '../../services/transfer-agent/src/engines/mssql/bulk';
import { parseType } from '../../services/transfer-agent/src/engines/mssql/tsql';
import {
  decodeRows,
  encodeHeader,
  encodeRow,
  encodeTrailer,
  wireKind,
  type WireKind,
} from '../../services/transfer-agent/src/engines/mssql/wire-codec';

// What tedious's bulk load passes its encoders (the parts they read), with the engine's settings.
const OPTIONS = { useUTC: true, tdsVersion: '7_4', lowerCaseGuids: false } as unknown as InternalConnectionOptions;

/** Encodes one value exactly as tedious's RowTransform does (validate, length, data) and returns the bytes. */
function encode(
  spec: BulkColumnSpec,
  wireValue: unknown,
): { bytes: Buffer; param: { value: unknown; precision?: number; scale?: number; length?: number } } {
  const value: unknown = spec.type.validate(spec.convert(wireValue), undefined, OPTIONS);
  const param = { value, precision: spec.options.precision, scale: spec.options.scale, length: spec.options.length };
  const bytes = Buffer.concat([spec.type.generateParameterLength(param, OPTIONS), ...spec.type.generateParameterData(param, OPTIONS)]);
  return { bytes, param };
}

/** Decodes the bytes with tedious's own row reader, using the type info tedious writes into COLMETADATA. */
function decode(
  spec: BulkColumnSpec,
  bytes: Buffer,
  param: { value: unknown; precision?: number; scale?: number; length?: number },
): unknown {
  const info = spec.type.generateTypeInfo(param, OPTIONS);
  const type: DataType = TYPE[info[0] as keyof typeof TYPE];
  const metadata = {
    type,
    userType: 0,
    flags: 0,
    collation: undefined,
    precision: spec.options.precision,
    scale: spec.options.scale,
    dataLength: info.length >= 3 ? info.readUInt16LE(1) : info[1],
    schema: undefined,
    udtInfo: undefined,
  } as Metadata;
  return readValue(bytes, 0, metadata, { useUTC: true, lowerCaseGuids: false } as never).value;
}

/** NUMERICN bytes back to the exact unscaled integer (tedious's reader returns a lossy JS number). */
function numericBytes(bytes: Buffer): bigint {
  const len = bytes[0];
  if (len === 0) throw new Error('NULL');
  let n = 0n;
  for (let i = len; i >= 2; i--) n = (n << 8n) | BigInt(bytes[i]);
  return bytes[1] === 1 ? n : -n;
}

const spec = (type: string, nullable = true) => bulkColumn(parseType(type), nullable, 'c');

describe('mssql bulk type mapping through tedious row encoding (no server)', () => {
  it('int family and bigint: min, max, zero', () => {
    for (const [type, values] of [
      ['tinyint', [0, 255]],
      ['smallint', [-32768, 32767]],
      ['int', [-2147483648, 0, 2147483647]],
    ] as const) {
      for (const v of values) {
        const { bytes, param } = encode(spec(type), v);
        assert.equal(decode(spec(type), bytes, param), v, `${type} ${v}`);
      }
    }
    for (const v of ['-9223372036854775808', '0', '9223372036854775807', '5637144576']) {
      const { bytes, param } = encode(spec('bigint'), v);
      assert.equal(String(decode(spec('bigint'), bytes, param)), v, `bigint ${v}`);
      assert.equal(bytes.readBigInt64LE(1), BigInt(v), 'little-endian int64 after the length byte');
    }
  });

  it('NULL encodes as a zero length for every nullable type', () => {
    for (const type of ['int', 'bigint', 'numeric(32,16)', 'datetime', 'datetime2(7)', 'uniqueidentifier', 'money', 'float', 'bit']) {
      const { bytes } = encode(spec(type), null);
      assert.deepEqual([...bytes], [0], type);
    }
  });

  it("numeric(32,16) is exact to the last digit, where tedious's own Decimal encoder is not", () => {
    const s = spec('numeric(32,16)');
    for (const text of [
      '9999999999999999.9999999999999999',
      '-9999999999999999.9999999999999999',
      '0.0000000000000001',
      '0.0000000000000000',
      '123.4500000000000000',
      '-0.5000000000000000',
    ]) {
      const { bytes } = encode(s, text);
      assert.equal(bytes[0], 17, 'precision 29..38 takes 16 magnitude bytes');
      assert.equal(numericBytes(bytes), scaledDecimal(text, 32, 16), text);
      const digits = text.replace(/[-.]/g, '').replace(/^0+(?=\d)/, '');
      assert.equal(numericBytes(bytes).toString().replace('-', ''), digits === '' ? '0' : digits);
    }
    // The reason for ExactDecimal: tedious's Decimal goes through a double and 64 bits, so it
    // rounds digits away, and fails outright above 2^64 unscaled (1844.67… at scale 16).
    const stock = { ...s, type: TYPES.Decimal };
    const { bytes } = encode(stock, '123.4567890123456789');
    assert.notEqual(numericBytes(bytes), scaledDecimal('123.4567890123456789', 32, 16));
    assert.throws(() => encode(stock, '1234567.1234567890123456'), /out of range/);
  });

  it('decimal precision classes and refusal of rounding or overflow', () => {
    assert.equal(encode(spec('decimal(9,2)'), '9999999.99').bytes[0], 5);
    assert.equal(encode(spec('decimal(19,4)'), '-922337203685477.5808').bytes[0], 9);
    assert.equal(encode(spec('decimal(28,10)'), '1.5').bytes[0], 13);
    assert.equal(numericBytes(encode(spec('decimal(9,2)'), '-12.3').bytes), -1230n);
    assert.throws(() => encode(spec('numeric(32,16)'), '1.00000000000000001'), /more than 16 decimal places/);
    assert.throws(() => encode(spec('decimal(5,2)'), '1234.5'), /does not fit/);
    assert.throws(() => encode(spec('decimal(5,2)'), '1e5'), /not a decimal/);
  });

  it('money and smallmoney are exact at their limits', () => {
    for (const v of ['-922337203685477.5808', '922337203685477.5807', '0.0001', '-1.2300']) {
      const { bytes, param } = encode(spec('money'), v);
      const n = (BigInt(bytes.readInt32LE(1)) << 32n) | BigInt(bytes.readUInt32LE(5));
      assert.equal(n, scaledDecimal(v, 19, 4), v);
      if (Math.abs(Number(v)) < 1e11) assert.equal(decode(spec('money'), bytes, param), Number(v));
    }
    const { bytes } = encode(spec('smallmoney'), '-214748.3648');
    assert.equal(bytes.readInt32LE(1), -2147483648);
    assert.throws(() => encode(spec('smallmoney'), '214748.3648'), /does not fit smallmoney/);
  });

  it('datetime keeps its 1/300 s ticks; datetime2(7) keeps 100 ns; date and time too', () => {
    // Every datetime tick in a second, as SQL Server prints it (style 121: .000 .003 .007 .010 …).
    for (let tick = 0; tick < 300; tick++) {
      const ms = Math.round((tick * 10) / 3);
      const text = `2012-02-29 23:59:59.${String(ms).padStart(3, '0')}`;
      const { bytes } = encode(spec('datetime'), text);
      assert.equal(bytes.readUInt32LE(5), 23 * 3600 * 300 + 59 * 60 * 300 + 59 * 300 + tick, text);
    }
    const d = encode(spec('datetime'), '1900-01-01 00:00:00.000');
    assert.equal(d.bytes.readInt32LE(1), 0, 'AX null date 1900-01-01 is day 0');
    for (const text of ['0001-01-01 00:00:00.0000000', '9999-12-31 23:59:59.9999999', '2024-06-30 12:34:56.1234567']) {
      const { bytes, param } = encode(spec('datetime2(7)'), text);
      // tedious's reader names the sub-millisecond part nanosecondsDelta; its writer reads nanosecondDelta.
      const back = decode(spec('datetime2(7)'), bytes, param) as Date & { nanosecondsDelta?: number };
      const frac = text.slice(20);
      assert.equal(back.toISOString(), `${text.slice(0, 10)}T${text.slice(11, 23)}Z`);
      assert.equal(Math.round((back.nanosecondsDelta ?? 0) * 1e7), Number(frac.slice(3)), text);
    }
    const t = encode(spec('time(7)'), '23:59:59.9999999');
    assert.equal(t.bytes.readUIntLE(1, 5), 863999999999);
    const day = encode(spec('date'), '2012-01-01');
    assert.equal(day.bytes.readUIntLE(1, 3), 734502);
  });

  it('strings, binary and GUIDs pass unchanged (unicode, empty, lone surrogate)', () => {
    for (const v of ['', 'Grüße – 日本語 😀', '\ud800', "quote ' and ] and \n newline"]) {
      const { bytes, param } = encode(spec('nvarchar(100)'), v);
      assert.equal(decode(spec('nvarchar(100)'), bytes, param), v);
    }
    for (const v of [Buffer.alloc(0), Buffer.from([0, 255, 1, 254])]) {
      const { bytes, param } = encode(spec('varbinary(16)'), v);
      assert.deepEqual(decode(spec('varbinary(16)'), bytes, param), v);
    }
    const guid = '6F9619FF-8B86-D011-B42D-00C04FC964FF';
    const { bytes, param } = encode(spec('uniqueidentifier'), guid);
    assert.equal(decode(spec('uniqueidentifier'), bytes, param), guid);
  });

  it('float and real are exact through their binary forms', () => {
    for (const v of [Number.MIN_VALUE, -Number.MAX_VALUE, 0.1, 1 / 3]) {
      const { bytes, param } = encode(spec('float'), v);
      assert.equal(decode(spec('float'), bytes, param), v);
    }
    const r = Math.fround(0.1);
    const { bytes, param } = encode(spec('real'), r);
    assert.equal(decode(spec('real'), bytes, param), r);
  });

  it('refuses types it cannot copy exactly', () => {
    for (const type of ['datetimeoffset(7)', 'xml', 'sql_variant', 'timestamp', 'geography']) {
      assert.throws(() => bulkColumn(parseType(type), true, 'x'), /cannot be copied/);
    }
  });

  it("tedious's INSERT BULK statement quotes names with ] when handed bulkColumnName", () => {
    const bulk = new BulkLoad('[ax].[ODD]]NAME]', undefined, OPTIONS, { lockTable: true, keepNulls: true }, () => undefined);
    for (const [name, type] of [
      ['a]b', 'numeric(32,16)'],
      ['with space', 'nvarchar(max)'],
      ["q'uote", 'ntext'],
      ['IMG', 'image'],
    ] as const) {
      const s = spec(type);
      bulk.addColumn(bulkColumnName(name), s.type, s.options);
    }
    assert.equal(
      bulk.getBulkInsertSql(),
      // tedious declares numeric columns as decimal(p, s): the same type in T-SQL.
      "insert bulk [ax].[ODD]]NAME]([a]]b] decimal(32, 16), [with space] nvarchar(max), [q'uote] ntext, [IMG] image) WITH (KEEP_NULLS,TABLOCK)",
    );
  });
});

describe('mssql-rows-v1 wire codec', () => {
  const columns: { name: string; type: string }[] = [
    { name: 'RECID', type: 'bigint' },
    { name: 'QTY', type: 'numeric(32,16)' },
    { name: 'DATEPHYSICAL', type: 'datetime' },
    { name: 'NOTE', type: 'nvarchar(max)' },
    { name: 'GUID', type: 'uniqueidentifier' },
    { name: 'DATA', type: 'varbinary(max)' },
    { name: 'OLD', type: 'ntext' },
    { name: 'IMG', type: 'image' },
    { name: 'N', type: 'int' },
    { name: 'F', type: 'float' },
    { name: 'B', type: 'bit' },
  ];
  const kinds: WireKind[] = columns.map((c) => wireKind(parseType(c.type), c.name));
  const rows: unknown[][] = [
    [
      '-9223372036854775808',
      '-9999999999999999.9999999999999999',
      '1753-01-01 00:00:00.000',
      '',
      '00000000-0000-0000-0000-000000000000',
      Buffer.alloc(0),
      '',
      Buffer.alloc(0),
      -2147483648,
      -Number.MAX_VALUE,
      false,
    ],
    [
      '9223372036854775807',
      '9999999999999999.9999999999999999',
      '9999-12-31 23:59:59.997',
      'ü日本😀\ud800\n"\\',
      'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
      Buffer.from([0, 10, 13, 255]),
      'x'.repeat(70000),
      Buffer.from('image'),
      2147483647,
      0.1,
      true,
    ],
    [null, null, null, null, null, null, null, null, null, null, null],
  ];

  async function roundTrip(chunks: (text: string) => string[]): Promise<unknown[][]> {
    const text = encodeHeader(columns) + rows.map((r) => encodeRow(r, kinds)).join('') + encodeTrailer(rows.length);
    const out: unknown[][] = [];
    const expected = columns.map((c, i) => ({ name: c.name, kind: kinds[i] }));
    for await (const row of decodeRows(Readable.from(chunks(text).map((c) => Buffer.from(c, 'utf8'))), expected)) out.push(row);
    return out;
  }

  it('round-trips every value exactly in one chunk', async () => {
    assert.deepEqual(await roundTrip((t) => [t]), rows);
  });

  it('round-trips with chunks cut every 5 bytes (inside lines and multi-byte UTF-8)', async () => {
    const text = encodeHeader(columns) + rows.map((r) => encodeRow(r, kinds)).join('') + encodeTrailer(rows.length);
    const bytes = Buffer.from(text, 'utf8');
    const out: unknown[][] = [];
    const pieces = Array.from({ length: Math.ceil(bytes.length / 5) }, (_, i) => bytes.subarray(i * 5, i * 5 + 5));
    for await (const row of decodeRows(
      Readable.from(pieces),
      columns.map((c, i) => ({ name: c.name, kind: kinds[i] })),
    ))
      out.push(row);
    assert.deepEqual(out, rows);
  });

  it('fails a cut stream, a wrong header, a wrong count and a mistyped value', async () => {
    const expected = columns.map((c, i) => ({ name: c.name, kind: kinds[i] }));
    const drain = async (text: string) => {
      for await (const row of decodeRows(Readable.from([Buffer.from(text)]), expected)) void row;
    };
    const head = encodeHeader(columns);
    await assert.rejects(drain(head + encodeRow(rows[0], kinds)), /ended early after 1 rows/);
    await assert.rejects(drain(encodeHeader(columns.slice(1)) + encodeTrailer(0)), /expects/);
    await assert.rejects(drain(head + encodeRow(rows[0], kinds) + encodeTrailer(2)), /trailer counts 2/);
    await assert.rejects(drain(head + encodeTrailer(0) + encodeRow(rows[0], kinds)), /after the trailer/);
    await assert.rejects(drain(head + JSON.stringify(rows[0].map(() => 1)) + '\n' + encodeTrailer(1)), /column RECID: expected text/);
    await assert.rejects(drain('{"format":"pg-binary"}\n'), /bad header/);
  });

  it('parses SQL Server datetime text into UTC Date + nanosecondDelta', () => {
    const d = parseTemporal('2012-01-02 03:04:05.1234567');
    assert.equal(d.toISOString(), '2012-01-02T03:04:05.123Z');
    assert.equal(Math.round(d.nanosecondDelta! * 1e7), 4567);
    assert.equal(parseTemporal('0001-01-01').getUTCFullYear(), 1);
    assert.equal(parseTemporal('12:00:00').toISOString(), '1900-01-01T12:00:00.000Z');
    assert.throws(() => parseTemporal('2012-13-45 99:00'), /not a/);
  });
});
