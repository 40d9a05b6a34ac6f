import assert from 'node:assert/strict';
import { Parser } from 'node-sql-parser';
import { scanSql } from '@cutover/contracts';

const parser = new Parser();

/**
 * Replaces every bracketed identifier by a placeholder after checking it is well formed, and
 * returns the decoded names: node-sql-parser's transactsql grammar does not accept `]]` inside
 * brackets, so the quoting is checked here and the statement's shape by the parser.
 */
export function skeleton(sql: string): { text: string; names: string[] } {
  const names: string[] = [];
  let text = '';
  for (const seg of scanSql(sql)) {
    if (seg.kind === 'identifier' && seg.text.startsWith('[')) {
      assert.ok(seg.text.endsWith(']'), `unterminated identifier ${seg.text}`);
      const inner = seg.text.slice(1, -1);
      assert.ok(!/](?!])/.test(inner.replace(/]]/g, '')), `stray ] in ${seg.text}`);
      names.push(inner.replace(/]]/g, ']'));
      text += `[q${names.length}]`;
    } else text += seg.text;
  }
  return { text, names };
}

/**
 * Parses with node-sql-parser (transactsql). Narrow rewrites for constructs its grammar lacks, each
 * valid T-SQL: COUNT_BIG(*) → COUNT(*); `DROP CONSTRAINT [x]` → bare name; `WITH CHECK ADD` → `ADD`;
 * an INCLUDE list is dropped; UNIQUE/NONCLUSTERED index options are dropped.
 */
export function parses(sql: string): void {
  const text = skeleton(sql)
    .text.replace(/COUNT_BIG\(\*\)/g, 'COUNT(*)')
    .replace(/DROP CONSTRAINT \[(q\d+)\]/, 'DROP CONSTRAINT $1')
    .replace(/ WITH CHECK ADD /, ' ADD ')
    .replace(/ INCLUDE \([^)]*\)/, '')
    .replace(/CREATE (UNIQUE )?(NON)?CLUSTERED INDEX/, 'CREATE INDEX');
  assert.doesNotThrow(() => parser.astify(text, { database: 'transactsql' }), `node-sql-parser rejects: ${text}`);
}
