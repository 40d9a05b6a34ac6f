import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bindNamedParameters, splitBatches } from '@cutover/contracts';

const sqls = (script: string) => splitBatches(script).map((b) => b.sql);

describe('splitBatches', () => {
  it('splits on lines holding only GO, any case, with surrounding spaces', () => {
    assert.deepEqual(sqls('select 1\nGO\nselect 2\n  go  \nselect 3\n\tGo\t\n'), ['select 1', 'select 2', 'select 3']);
  });

  it('keeps GO that is part of a statement or an identifier', () => {
    assert.deepEqual(sqls('select 1 as go\nGOTO label\nselect go from t\n'), ['select 1 as go\nGOTO label\nselect go from t']);
  });

  it('ignores GO inside strings, quoted identifiers and comments', () => {
    const script = [
      "insert into t values ('line one",
      'GO',
      "still the string')",
      '/* a comment',
      'GO',
      '*/',
      'select "x',
      'GO',
      '" from [weird',
      'GO',
      ']',
      '-- GO',
      'GO',
      'select 2',
    ].join('\n');
    const batches = splitBatches(script);
    assert.equal(batches.length, 2);
    assert.ok(batches[0].sql.startsWith("insert into t values ('line one\nGO\nstill"));
    assert.equal(batches[1].sql, 'select 2');
  });

  it('reads GO n as a repeat count and allows a trailing comment', () => {
    const batches = splitBatches('insert into t default values\nGO 5\nselect 1\nGO -- done\n');
    assert.deepEqual(
      batches.map((b) => [b.sql, b.repeat]),
      [
        ['insert into t default values', 5],
        ['select 1', 1],
      ],
    );
  });

  it('handles nested block comments and dollar quotes', () => {
    const script = '/* outer /* inner */\nGO\n*/ select 1\nGO\ncreate function f() returns int as $body$\nGO\n$body$ language sql\n';
    assert.deepEqual(sqls(script), [
      '/* outer /* inner */\nGO\n*/ select 1',
      'create function f() returns int as $body$\nGO\n$body$ language sql',
    ]);
  });

  it('handles CRLF line endings and reports the first line of each batch', () => {
    const batches = splitBatches('select 1\r\nGO\r\n\r\nselect 2\r\n');
    assert.deepEqual(
      batches.map((b) => [b.sql, b.line]),
      [
        ['select 1', 1],
        ['select 2', 4],
      ],
    );
  });

  it('returns no batches for a script of only GO lines and blanks', () => {
    assert.deepEqual(splitBatches('GO\n\n  go\n'), []);
  });
});

describe('bindNamedParameters', () => {
  it('rewrites :name outside strings and leaves ::casts alone', () => {
    const bound = bindNamedParameters("select :a::int, ':b', :a, x::text from t where y = :b -- :c", { a: 1, b: 'two' });
    assert.equal(bound.text, "select $1::int, ':b', $1, x::text from t where y = $2 -- :c");
    assert.deepEqual(bound.values, [1, 'two']);
  });

  it('names an unknown parameter', () => {
    assert.throws(() => bindNamedParameters('select :missing', {}), /:missing/);
  });
});
