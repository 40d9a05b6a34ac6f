import { Parser } from 'node-sql-parser';
import { scanSql } from '@cutover/contracts';
import { ADMIN_STATEMENT, parseAdminTsql, statementsOf } from './tsql-admin-grammar';
import { skeleton } from './tsql-parse';

/**
 * Parses any T-SQL batch the agent emits: administration statements with tsql-admin-grammar.ts
 * (BACKUP, RESTORE, ALTER DATABASE, CHANGE_TRACKING, UPDATE STATISTICS, DROP TRIGGER); everything
 * else with node-sql-parser's transactsql dialect, statement by statement, through a small parser
 * for the control flow the dialect lacks (BEGIN … END, IF … ELSE, CREATE TRIGGER … AS BEGIN … END,
 * EXEC(N'…') whose text is parsed in turn). Returns the number of statements; throws naming the
 * statement a grammar rejects.
 */
const parser = new Parser();

/** Narrow rewrites, each of valid T-SQL node-sql-parser's grammar lacks, on text whose identifiers are [qN]. */
const REWRITES: [RegExp, string][] = [
  [/\bCOUNT_BIG\(\*\)/g, 'COUNT(*)'],
  [/DROP CONSTRAINT \[(q\d+)\]/g, 'DROP CONSTRAINT $1'],
  [/ WITH CHECK ADD /g, ' ADD '],
  [/ INCLUDE \(\[q\d+\](, \[q\d+\])*\)/g, ''],
  [/CREATE (UNIQUE )?(NON)?CLUSTERED INDEX/g, 'CREATE INDEX'],
  [/NOT NULL CONSTRAINT \[q\d+\] PRIMARY KEY/g, 'NOT NULL PRIMARY KEY'],
  // A page sample of the table (ranges of very large tables).
  [/ TABLESAMPLE SYSTEM \(\d+(\.\d+)? PERCENT\)/g, ''],
  // Index storage options (CREATE INDEX … WITH (…), PRIMARY KEY/UNIQUE … WITH (…)), each a known option.
  [
    / WITH \((?:(?:FILLFACTOR = \d+|(?:PAD_INDEX|IGNORE_DUP_KEY|ALLOW_ROW_LOCKS|ALLOW_PAGE_LOCKS) = (?:ON|OFF)|DATA_COMPRESSION = (?:ROW|PAGE))(?:, )?)+\)/g,
    '',
  ],
  [/ (PRIMARY KEY|UNIQUE) (NON)?CLUSTERED \(/g, ' $1 ('],
  // CHANGETABLE(CHANGES table, @version) is a table source: the table stands in for it.
  [/CHANGETABLE\(CHANGES ((?:\[q\d+\]\.)?\[q\d+\]), @[A-Za-z_]\w*\)/g, '$1'],
];

const STATEMENT_START =
  /^(SELECT|INSERT|UPDATE|DELETE|MERGE|SET|DECLARE|BEGIN|IF|EXEC|EXECUTE|RETURN|PRINT|RAISERROR|THROW|ROLLBACK|COMMIT|CREATE|DROP|ALTER|TRUNCATE|GRANT|KILL|USE|WITH)$/;

function parseSimple(text: string): number {
  const dynamic = /^\s*EXEC(?:UTE)?\s*\(\s*N?'((?:[^']|'')*)'\s*\)\s*$/i.exec(text);
  if (dynamic) return parseTsqlBatch(dynamic[1].replace(/''/g, "'")) > 0 ? 1 : 0;
  let rewritten = text;
  for (const [from, to] of REWRITES) rewritten = rewritten.replace(from, to);
  try {
    const ast = parser.astify(rewritten, { database: 'transactsql' });
    return Array.isArray(ast) ? ast.length : 1;
  } catch (error) {
    throw new Error(`node-sql-parser (transactsql) rejects: ${rewritten}\n${(error as Error).message}`, { cause: error });
  }
}

/** Statement lists with BEGIN … END and IF … ELSE over text whose identifiers are masked. */
class Block {
  private at = 0;
  count = 0;
  /** `code`: the text with strings and comments blanked (same length), where keywords and `;` are looked for. */
  constructor(
    private readonly text: string,
    private readonly code: string,
  ) {}

  private word(at = this.at): string | null {
    if (at > 0 && /[\w@#$]/.test(this.code[at - 1])) return null;
    const m = /^[A-Za-z_]+\b/.exec(this.code.slice(at, at + 40));
    return m ? m[0].toUpperCase() : null;
  }
  private skip(semicolons: boolean): void {
    while (this.at < this.code.length && (/\s/.test(this.code[this.at]) || (semicolons && this.code[this.at] === ';'))) this.at++;
  }
  /** Where the current statement or condition ends: depth 0 and `;`, ELSE or END, or (for a condition) a statement's first word. */
  private end(condition: boolean): number {
    let depth = 0;
    let cases = 0; // CASE … ELSE … END inside an expression
    for (let i = this.at; i < this.code.length; i++) {
      const c = this.code[i];
      const w = this.word(i);
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (w === 'CASE') cases++;
      else if (w === 'END' && cases > 0) cases--;
      else if (depth === 0 && !condition && c === ';') return i;
      else if (depth === 0 && cases === 0 && i > this.at && w) {
        if (w === 'ELSE' || w === 'END' || (condition && STATEMENT_START.test(w))) return i;
      }
    }
    if (condition) throw new Error(`IF without a statement: ${this.text.slice(this.at)}`);
    return this.code.length;
  }
  list(untilEnd: boolean): void {
    for (;;) {
      this.skip(true);
      if (this.at >= this.code.length) {
        if (untilEnd) throw new Error('BEGIN without END');
        return;
      }
      if (untilEnd && this.word() === 'END') {
        this.at += 3;
        return;
      }
      this.statement();
    }
  }
  private statement(): void {
    const w = this.word();
    if (w === 'BEGIN' && !/^BEGIN\s+TRAN/i.test(this.code.slice(this.at))) {
      this.at += 5;
      this.list(true);
    } else if (w === 'IF') {
      this.at += 2;
      const end = this.end(true);
      // The condition as a WHERE clause; the grammar takes @@functions (@@ROWCOUNT…) only as a select item, so they become variables here.
      parseSimple(`SELECT 1 WHERE ${this.text.slice(this.at, end).replace(/@@(\w+)/g, '@sys_$1')}`);
      this.at = end;
      this.count++;
      this.statement();
      const back = this.at;
      this.skip(true);
      if (this.word() === 'ELSE') {
        this.at += 4;
        this.skip(false);
        this.statement();
      } else this.at = back;
    } else {
      const end = this.end(false);
      this.count += parseSimple(this.text.slice(this.at, end));
      this.at = end;
    }
  }
}

/** The text with strings and comments replaced by as many `_` (keywords and `;` inside them are not code). */
function blankLiterals(text: string): string {
  return scanSql(text)
    .map((s) => (s.kind === 'string' || s.kind === 'comment' ? s.text.replace(/[^\n]/g, '_') : s.text))
    .join('');
}

const TRIGGER =
  /^\s*CREATE TRIGGER (\[q\d+\]\.)?\[q\d+\] ON (\[q\d+\]\.)?\[q\d+\] (AFTER|INSTEAD OF) (INSERT|UPDATE|DELETE)(, (INSERT|UPDATE|DELETE))* AS\s/i;

/** Parses one batch (no GO); returns its number of statements. */
export function parseTsqlBatch(sql: string): number {
  if (ADMIN_STATEMENT.test(skeleton(statementsOf(sql)[0] ?? '').text)) return parseAdminTsql(sql);
  let text = skeleton(sql).text;
  const trigger = TRIGGER.exec(text);
  if (trigger) text = text.slice(trigger[0].length);
  const block = new Block(text, blankLiterals(text));
  block.list(false);
  if (block.count === 0) throw new Error('no statement');
  return trigger ? 1 : block.count;
}

/**
 * The text's shape: every quoted identifier and string literal replaced by a placeholder (the
 * text of EXEC(N'…') by its own shape), and their decoded values in order. Two texts with the same
 * shape differ only inside quoted names and literals.
 */
export function shapeOf(sql: string): { text: string; values: string[] } {
  const values: string[] = [];
  let text = '';
  for (const seg of scanSql(sql)) {
    if (seg.kind === 'identifier') {
      const close = seg.text[0] === '[' ? ']' : seg.text[0];
      values.push(seg.text.slice(1, -1).split(`${close}${close}`).join(close));
      text += `${seg.text[0]}#${close}`;
    } else if (seg.kind === 'string') {
      const decoded = seg.text.slice(1, -1).replace(/''/g, "'");
      if (/EXEC(UTE)?\s*\(\s*N?$/i.test(text)) {
        const inner = shapeOf(decoded);
        values.push(...inner.values);
        text += `'${inner.text}'`;
      } else {
        values.push(decoded);
        text += `'#'`;
      }
    } else text += seg.text;
  }
  return { text, values };
}
