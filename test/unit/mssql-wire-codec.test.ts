import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { parseType } from '../../services/transfer-agent/src/engines/mssql/tsql';
import {
  decodeRows,
  encodeHeader,
  encodeRow,
  encodeTrailer,
  exportExpression,
  fromWire,
  toWire,
  wireKind,
  type WireKind,
} from '../../services/transfer-agent/src/engines/mssql/wire-codec';
import { parses } from '../support/tsql-parse';

/**
 * The mssql-rows-v1 wire format at its edges (the mutation run found them untested): which types
 * travel as what, the server-side text rendering of exact types, value checks both ways, and every
 * way a stream can be malformed.
 */
const collect = async (lines: string[], expected: { name: string; kind: WireKind }[]) => {
  const rows: unknown[][] = [];
  for await (const row of decodeRows(Readable.from(lines), expected)) rows.push(row);
  return rows;
};

describe('mssql-rows-v1: kinds and the export expressions', () => {
  it('each SQL Server type travels as its kind; the ones a copy cannot carry are refused by name', () => {
    const cases: [string, WireKind][] = [
      ['int', 'number'],
      ['float', 'number'],
      ['bit', 'bit'],
      ['bigint', 'bigint'],
      ['numeric(32,16)', 'decimal'],
      ['money', 'money'],
      ['smallmoney', 'money'],
      ['nvarchar(60)', 'string'],
      ['varchar(max)', 'string'],
      ['ntext', 'string'],
      ['char(3)', 'string'],
      ['varbinary(max)', 'binary'],
      ['image', 'binary'],
      ['binary(8)', 'binary'],
      ['uniqueidentifier', 'guid'],
      ['date', 'temporal'],
      ['time(7)', 'temporal'],
      ['datetime', 'temporal'],
      ['datetime2(7)', 'temporal'],
      ['smalldatetime', 'temporal'],
    ];
    for (const [type, kind] of cases) assert.equal(wireKind(parseType(type)), kind, type);
    for (const type of ['datetimeoffset(7)', 'xml', 'sql_variant', 'timestamp'])
      assert.throws(
        () => wireKind(parseType(type), 'COL'),
        new RegExp(`column "COL" of type ${type.split('(')[0]} cannot be copied by the mssql engine`),
      );
  });

  it('exact types are rendered as text by the server, wide enough and in a language-independent style; every expression parses', () => {
    const expected: [string, RegExp][] = [
      ['bigint', /^CONVERT\(varchar\(20\), \[c\]\)$/], // 19 digits and a sign
      ['numeric(38,10)', /^CONVERT\(varchar\(48\), \[c\]\)$/], // 38 digits, sign, point
      ['decimal(32,16)', /^CONVERT\(varchar\(48\), \[c\]\)$/],
      ['money', /^CONVERT\(varchar\(32\), \[c\], 2\)$/], // style 2: four decimals, no thousands separators
      ['smallmoney', /^CONVERT\(varchar\(32\), \[c\], 2\)$/],
      ['datetime', /^CONVERT\(varchar\(27\), \[c\], 121\)$/], // ODBC canonical with fractions
      ['datetime2(7)', /^CONVERT\(varchar\(27\), \[c\], 121\)$/],
      ['smalldatetime', /^CONVERT\(varchar\(19\), \[c\], 120\)$/],
      ['date', /^CONVERT\(varchar\(10\), \[c\], 23\)$/], // yyyy-mm-dd
      ['time(7)', /^CONVERT\(varchar\(16\), \[c\]\)$/], // hh:mm:ss.nnnnnnn
      ['nvarchar(10)', /^\[c\]$/],
      ['int', /^\[c\]$/],
    ];
    for (const [type, shape] of expected) {
      const expression = exportExpression('c', parseType(type));
      assert.match(expression, shape, type);
      parses(`SELECT ${expression} FROM [t]`);
    }
    assert.equal(exportExpression('a]b', parseType('int')), '[a]]b]', 'the column is quoted');
    assert.throws(() => exportExpression('x', parseType('xml')), /cannot be copied/);
  });
});

describe('mssql-rows-v1: values both ways', () => {
  it('toWire: null stays null; numbers, bits and binary as JSON; a wrong value type is an error', () => {
    assert.equal(toWire(null, 'number'), null);
    assert.equal(toWire(undefined, 'string'), null);
    assert.equal(toWire(1.5, 'number'), 1.5);
    assert.equal(toWire(1, 'bit'), true);
    assert.equal(toWire(0, 'bit'), false);
    assert.equal(toWire(Buffer.from([0, 255]), 'binary'), 'AP8=');
    assert.equal(toWire('12.5000', 'decimal'), '12.5000');
    assert.throws(() => toWire('1', 'number'), { message: 'expected a number, got string' });
    assert.throws(() => toWire('AP8=', 'binary'), { message: 'expected binary data' });
    assert.throws(() => toWire(5, 'temporal'), { message: 'expected text for a temporal value, got number' });
  });

  it('fromWire checks each value against its kind, naming what it got', () => {
    assert.equal(fromWire(null, 'guid'), null);
    assert.equal(fromWire(2, 'number'), 2);
    assert.equal(fromWire(false, 'bit'), false);
    assert.deepEqual(fromWire('AP8=', 'binary'), Buffer.from([0, 255]));
    assert.equal(fromWire('2024-01-02', 'temporal'), '2024-01-02');
    assert.throws(() => fromWire('2', 'number'), { message: 'expected a number, got "2"' });
    assert.throws(() => fromWire(1, 'bit'), { message: 'expected true/false, got 1' });
    assert.throws(() => fromWire(5, 'binary'), { message: 'expected base64 text' });
    assert.throws(() => fromWire(5, 'bigint'), { message: 'expected text for a bigint value, got 5' });
  });
});

describe('mssql-rows-v1: streams', () => {
  const cols = [
    { name: 'ID', kind: 'bigint' as const },
    { name: 'ON', kind: 'bit' as const },
  ];
  const header = encodeHeader(cols.map((c) => ({ name: c.name, type: c.kind })));

  it('decodes rows across chunk boundaries, counting rows and bytes, and reporting progress per chunk', async () => {
    const body = header + encodeRow(['1', 1], ['bigint', 'bit']) + encodeRow(['2', 0], ['bigint', 'bit']) + encodeTrailer(2);
    const chunks = [body.slice(0, 7), body.slice(7, body.length - 5), body.slice(body.length - 5)];
    const stats = { rows: 0, bytes: 0 };
    const progress: [number, number][] = [];
    const rows: unknown[][] = [];
    for await (const row of decodeRows(Readable.from(chunks), cols, stats, (r, b) => progress.push([r, b]))) rows.push(row);
    assert.deepEqual(rows, [
      ['1', true],
      ['2', false],
    ]);
    assert.deepEqual(stats, { rows: 2, bytes: Buffer.byteLength(body) });
    assert.deepEqual(
      progress.map(([r]) => r),
      [0, 2, 0],
    );
    assert.equal(
      progress.reduce((n, [, b]) => n + b, 0),
      Buffer.byteLength(body),
    );
  });

  it('refuses every malformed stream with the line and the reason', async () => {
    const row = encodeRow(['1', 1], ['bigint', 'bit']);
    await assert.rejects(collect(['{"format":"other","columns":[]}\n'], cols), /stream is not mssql-rows-v1 \(bad header\)/);
    await assert.rejects(collect(['null\n'], cols), /bad header/);
    await assert.rejects(
      collect([encodeHeader([{ name: 'ID', type: 'bigint' }])], cols),
      /the source sends columns \["ID"\], the import expects \["ID","ON"\]/,
    );
    await assert.rejects(
      collect(
        [
          encodeHeader([
            { name: 'ON', type: 'bit' },
            { name: 'ID', type: 'bigint' },
          ]),
        ],
        cols,
      ),
      /the source sends columns \["ON","ID"\]/,
    );
    await assert.rejects(collect([header, 'not json\n'], cols), /mssql-rows-v1: line 2 is not JSON/);
    await assert.rejects(collect([header, '["1"]\n'], cols), /line 2 has 1 values, expected 2/);
    await assert.rejects(collect([header, '["1", 3]\n'], cols), /line 2, column ON: expected true\/false, got 3/);
    await assert.rejects(collect([header, '{"rows":0}\n'], cols), /line 2 is neither a row nor the trailer/);
    await assert.rejects(collect([header, row, encodeTrailer(2)], cols), /the trailer counts 2 rows, the stream held 1/);
    await assert.rejects(collect([header, row, encodeTrailer(1), row], cols), /data after the trailer \(line 4\)/);
    await assert.rejects(collect([header, row], cols), /stream ended early after 1 rows \(no trailer\)/);
    await assert.rejects(collect([header, row, encodeTrailer(1), '["x"'], cols), /stream ended early after 1 rows/);
    assert.deepEqual(await collect([header, encodeTrailer(0)], cols), [], 'an empty range is a header and a trailer');
  });
});
