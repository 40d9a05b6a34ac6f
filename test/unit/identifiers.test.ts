import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkIdentifier, compareTables, formatTableRef, IdentifierError, tableKey } from '@cutover/contracts';

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
