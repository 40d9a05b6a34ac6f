import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/**
 * Issue #21 item 11: the bulk/parameter encoding of every temporal type must not depend on the
 * agent's time zone. tedious validates temporal values with local-time getters (its bulk load and
 * its parameters call validate without useUTC), so west of UTC the minimum smalldatetime and
 * datetime were refused. A child process per TZ encodes each boundary value through the engine's
 * bulk column specs (validate, then generateParameterData with the connection's useUTC) — exactly
 * what a bulk load row or an INSERT parameter runs, no server needed — and the bytes must agree.
 */
const BULK_TYPES = join(__dirname, '../../services/transfer-agent/src/engines/mssql/bulk-types.js');
const TSQL = join(__dirname, '../../services/transfer-agent/src/engines/mssql/tsql.js');

const VALUES: [type: string, text: string][] = [
  ['date', '0001-01-01'],
  ['date', '9999-12-31'],
  ['time(7)', '00:00:00.0000000'],
  ['time(7)', '23:59:59.9999999'],
  ['datetime', '1753-01-01 00:00:00.000'],
  ['datetime', '9999-12-31 23:59:59.997'],
  ['smalldatetime', '1900-01-01 00:00:00'],
  ['smalldatetime', '2079-06-06 23:59:00'],
  ['datetime2(7)', '0001-01-01 00:00:00.0000000'],
  ['datetime2(7)', '9999-12-31 23:59:59.9999999'],
  ['datetime', '1752-12-31 23:59:59.997'],
  ['smalldatetime', '2079-06-07 00:00:00'],
];

const CHILD = `
const { bulkColumn } = require(${JSON.stringify(BULK_TYPES)});
const { parseType } = require(${JSON.stringify(TSQL)});
const { TYPES } = require('tedious');
const values = ${JSON.stringify(VALUES)};
const out = values.map(([type, text]) => {
  const spec = bulkColumn(parseType(type), true, 'c');
  try {
    const value = spec.type.validate(spec.convert(text), undefined);
    const p = { value, scale: spec.options.scale, precision: spec.options.precision, length: spec.options.length };
    return [...spec.type.generateParameterData(p, { useUTC: true })].map((b) => b.toString('hex')).join('');
  } catch (e) { return 'refused: ' + e.message; }
});
// tedious's own validate, for comparison: what the engine used before.
let own;
try { TYPES.SmallDateTime.validate(bulkColumn(parseType('smalldatetime'), true, 'c').convert('1900-01-01 00:00:00'), undefined); own = 'accepted'; }
catch (e) { own = 'refused'; }
process.stdout.write(JSON.stringify({ out, own }));
`;

function encodeIn(tz: string): { out: string[]; own: string } {
  const text = execFileSync(process.execPath, ['-e', CHILD], { env: { ...process.env, TZ: tz }, cwd: join(__dirname, '../..') });
  return JSON.parse(text.toString()) as { out: string[]; own: string };
}

describe('mssql temporal values encode the same in every agent time zone', () => {
  it('boundary values of date, time, datetime, smalldatetime, datetime2 under UTC, America/New_York, Pacific/Auckland', () => {
    const utc = encodeIn('UTC');
    const newYork = encodeIn('America/New_York');
    const auckland = encodeIn('Pacific/Auckland');
    assert.deepEqual(newYork.out, utc.out);
    assert.deepEqual(auckland.out, utc.out);
    // Valid boundaries encode; the two beyond them are refused in every zone.
    utc.out.slice(0, 10).forEach((hex, i) => assert.doesNotMatch(hex, /^refused/, `${VALUES[i].join(' ')}: ${hex}`));
    assert.match(utc.out[10], /^refused: 1752-12-31 is out of range/);
    assert.match(utc.out[11], /^refused: 2079-06-07 is out of range/);
    // smalldatetime 1900-01-01 00:00 is day 0, minute 0; datetime 1753-01-01 is day -53690 (int32 LE), tick 0.
    assert.equal(utc.out[6], '00000000');
    const days = Buffer.alloc(4);
    days.writeInt32LE(-53690);
    assert.equal(utc.out[4], `${days.toString('hex')}00000000`);
    // smalldatetime 2079-06-06 23:59 is day 65535, minute 1439.
    assert.equal(utc.out[7], 'ffff9f05');
    // The bug this replaces: tedious's own validate refuses the minimum smalldatetime west of UTC.
    assert.equal(newYork.own, 'refused');
    assert.equal(utc.own, 'accepted');
  });
});
