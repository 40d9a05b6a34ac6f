import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkIdentifier,
  compareTables,
  formatTableRef,
  IdentifierError,
  sameTable,
  tableKey,
  tableRef,
  type TableRef,
} from '@cutover/contracts';

describe('table references', () => {
  it('formats for people: quotes only the parts that need it, doubling quotes', () => {
    assert.equal(formatTableRef({ schema: 'dbo', name: 'CUSTTABLE' }), 'dbo.CUSTTABLE');
    assert.equal(formatTableRef({ schema: 'my.schema', name: 'Order "Lines"' }), '"my.schema"."Order ""Lines"""');
    assert.equal(formatTableRef({ schema: 'weird', name: "O'Brien" }), `weird."O'Brien"`);
  });

  it('keys tables unambiguously where dotted strings collide', () => {
    const a = { schema: 'a.b', name: 'c' };
    const b = { schema: 'a', name: 'b.c' };
    assert.equal(`${a.schema}.${a.name}`, `${b.schema}.${b.name}`, 'the dotted strings are the same');
    assert.notEqual(tableKey(a), tableKey(b));
    assert.equal(tableKey({ schema: 'a', name: 'b.c' }), tableKey(b));
    assert.deepEqual(JSON.parse(tableKey(b)), ['a', 'b.c']);
  });

  it('sorts by schema, then name', () => {
    const sorted = [
      { schema: 'b', name: 'a' },
      { schema: 'a', name: 'z' },
      { schema: 'a', name: 'b' },
    ].sort(compareTables);
    assert.deepEqual(sorted.map(formatTableRef), ['a.b', 'a.z', 'b.a']);
  });

  it('refuses empty identifiers, control characters and overlong names', () => {
    for (const bad of ['', 's\u0000t', 'x'.repeat(129), '.', '..'])
      assert.throws(() => checkIdentifier(bad), IdentifierError, JSON.stringify(bad));
    assert.equal(checkIdentifier('...'), '...', 'only the two dot segments URLs collapse');
    assert.equal(checkIdentifier('Ünïcode Table'), 'Ünïcode Table');
  });
});

describe('identifiers: the edges a mutation found untested', () => {
  it('128 characters is the limit: accepted at it, refused one past it, with the first 40 shown', () => {
    assert.equal(checkIdentifier('x'.repeat(128)), 'x'.repeat(128));
    assert.throws(
      () => checkIdentifier('y'.repeat(129), 'column'),
      (e: unknown) => e instanceof IdentifierError && e.message === `column "${'y'.repeat(40)}…" is longer than 128 characters`,
    );
  });

  it('each refusal names what was checked and why', () => {
    assert.throws(() => checkIdentifier('', 'schema'), { message: 'schema must be a non-empty string' });
    assert.throws(() => checkIdentifier(42 as unknown as string, 'table'), { message: 'table must be a non-empty string' });
    assert.throws(() => checkIdentifier('a\u0000b', 'column'), { message: 'column "a\\u0000b" contains a control character' });
    assert.throws(() => checkIdentifier('..', 'schema'), { message: 'schema ".." cannot travel in a URL path: rename it' });
    assert.throws(() => checkIdentifier('.'), { message: 'identifier "." cannot travel in a URL path: rename it' });
  });

  it('sameTable compares schema and name, each exactly', () => {
    assert.equal(sameTable({ schema: 'ax', name: 't' }, { schema: 'ax', name: 't' }), true);
    assert.equal(sameTable({ schema: 'ax', name: 't' }, { schema: 'ax', name: 'T' }), false);
    assert.equal(sameTable({ schema: 'ax', name: 't' }, { schema: 'bx', name: 't' }), false);
    assert.equal(sameTable({ schema: 'a.b', name: 'c' }, { schema: 'a', name: 'b.c' }), false);
  });

  it('tableRef keeps just the two fields', () => {
    assert.deepEqual(tableRef({ schema: 's', name: 'n', rows: 5 } as TableRef & { rows: number }), { schema: 's', name: 'n' });
  });
});
