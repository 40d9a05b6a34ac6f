import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTableRef, IdentifierError, parseTableRef } from '@cutover/contracts';

describe('parseTableRef', () => {
  it('parses schema.table', () => {
    assert.deepEqual(parseTableRef('dbo.CUSTTABLE'), { schema: 'dbo', name: 'CUSTTABLE' });
  });

  it('parses quoted parts with dots, spaces and doubled quotes', () => {
    assert.deepEqual(parseTableRef('"my.schema"."Order ""Lines"""'), { schema: 'my.schema', name: 'Order "Lines"' });
    assert.deepEqual(parseTableRef('public."a b"'), { schema: 'public', name: 'a b' });
  });

  it('refuses names without a schema, with extra parts, empty parts or control characters', () => {
    for (const bad of ['CUSTTABLE', 'a.b.c', '.t', 's.', 's.t\u0000', '"s.t', '"s"x.t']) {
      assert.throws(() => parseTableRef(bad), IdentifierError, bad);
    }
  });

  it('round-trips through formatTableRef', () => {
    for (const text of ['dbo.CUSTTABLE', '"my.schema"."Order ""Lines"""', 'public."a b"', '"Ünïcode"."t-1"']) {
      const ref = parseTableRef(text);
      assert.deepEqual(parseTableRef(formatTableRef(ref)), ref);
    }
  });
});
