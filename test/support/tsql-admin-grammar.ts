import { scanSql } from '@cutover/contracts';
import { parseBackupTsql, tokenize } from './tsql-backup-grammar';
import { skeleton } from './tsql-parse';

/**
 * T-SQL administration statements outside node-sql-parser's grammar, following Microsoft's
 * reference ("ALTER DATABASE SET Options", "ALTER TABLE", "UPDATE STATISTICS", "DROP TRIGGER")
 * for the subset the agent emits: ALTER DATABASE … SET CHANGE_TRACKING, ALTER TABLE … ENABLE |
 * DISABLE CHANGE_TRACKING, ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY, CREATE SCHEMA, UPDATE
 * STATISTICS, DROP TRIGGER. BACKUP, RESTORE and ALTER DATABASE
 * SET <user access | RECOVERY> go to tsql-backup-grammar.ts. Throws on anything else.
 */

/** Whether a statement (identifiers masked or not) starts as one of the statements parsed here. */
export const ADMIN_STATEMENT =
  /^\s*(BACKUP\b|RESTORE\b|SET\s+IDENTITY_INSERT\b|ALTER\s+DATABASE\b|UPDATE\s+STATISTICS\b|DROP\s+TRIGGER\b|CREATE\s+SCHEMA\b|ALTER\s+TABLE\s+\S+\s+(ENABLE|DISABLE)\s+CHANGE_TRACKING\b|ALTER\s+TABLE\s+\S+\s+(WITH\s+(NO)?CHECK\s+)?ADD\s+CONSTRAINT\s+\S+\s+FOREIGN\s+KEY\b)/i;

type Token = ReturnType<typeof tokenize>[number];

class Cursor {
  at = 0;
  constructor(private readonly tokens: Token[]) {}
  /** The text of the token just read. */
  tokensBack(): string {
    return this.tokens[this.at - 1].text;
  }
  peek(): Token | undefined {
    return this.tokens[this.at];
  }
  next(): Token {
    const t = this.tokens[this.at++];
    if (!t) throw new Error('unexpected end of statement');
    return t;
  }
  word(...expected: string[]): string {
    const t = this.next();
    if (t.type !== 'word' || !expected.includes(t.text)) throw new Error(`expected ${expected.join(' | ')}, found ${t.text}`);
    return t.text;
  }
  punct(p: string): void {
    const t = this.next();
    if (t.type !== 'punct' || t.text !== p) throw new Error(`expected ${p}, found ${t.text}`);
  }
  accept(text: string): boolean {
    const t = this.tokens[this.at];
    if (t && (t.type === 'word' || t.type === 'punct') && t.text === text) {
      this.at++;
      return true;
    }
    return false;
  }
  identifier(): string {
    const t = this.next();
    if (t.type !== 'ident' && !(t.type === 'word' && /^[A-Z_#][A-Z0-9_]*$/.test(t.text)))
      throw new Error(`expected an identifier, found ${t.text}`);
    return t.text;
  }
  /** `[schema].[name]` or `[name]`. */
  objectName(): string[] {
    const parts = [this.identifier()];
    while (this.accept('.')) parts.push(this.identifier());
    if (parts.length > 2) throw new Error(`${parts.length}-part name`);
    return parts;
  }
  number(): number {
    const t = this.next();
    if (t.type !== 'number') throw new Error(`expected a number, found ${t.text}`);
    return Number(t.text);
  }
  end(): void {
    if (this.at < this.tokens.length) throw new Error(`unexpected ${this.tokens[this.at].text} after the statement`);
  }
}

/** `CHANGE_RETENTION = n DAYS|HOURS|MINUTES` and `AUTO_CLEANUP = ON|OFF`, comma-separated, in parentheses. */
function changeTrackingOptions(c: Cursor): void {
  c.punct('(');
  do {
    if (c.word('CHANGE_RETENTION', 'AUTO_CLEANUP') === 'CHANGE_RETENTION') {
      c.punct('=');
      c.number();
      c.word('DAYS', 'HOURS', 'MINUTES');
    } else {
      c.punct('=');
      c.word('ON', 'OFF');
    }
  } while (c.accept(','));
  c.punct(')');
}

const columns = (c: Cursor): void => {
  c.punct('(');
  do c.identifier();
  while (c.accept(','));
  c.punct(')');
};

/** `CONSTRAINT n FOREIGN KEY (cols) REFERENCES t (cols) [ON DELETE | ON UPDATE <action>]…`. */
function foreignKey(c: Cursor): void {
  c.word('CONSTRAINT');
  c.identifier();
  c.word('FOREIGN');
  c.word('KEY');
  columns(c);
  c.word('REFERENCES');
  c.objectName();
  columns(c);
  const seen = new Set<string>();
  while (c.accept('ON')) {
    const what = c.word('DELETE', 'UPDATE');
    if (seen.has(what)) throw new Error(`ON ${what} given twice`);
    seen.add(what);
    if (c.word('NO', 'CASCADE', 'SET') === 'NO') c.word('ACTION');
    else if (c.tokensBack() === 'SET') c.word('NULL', 'DEFAULT');
  }
}

function adminStatement(c: Cursor): string {
  const verb = c.word('ALTER', 'UPDATE', 'DROP', 'CREATE', 'SET');
  if (verb === 'SET') {
    c.word('IDENTITY_INSERT');
    c.objectName();
    c.word('ON', 'OFF');
  } else if (verb === 'CREATE') {
    c.word('SCHEMA');
    c.identifier();
    if (c.accept('AUTHORIZATION')) c.identifier();
  } else if (verb === 'UPDATE') {
    c.word('STATISTICS');
    c.objectName();
  } else if (verb === 'DROP') {
    c.word('TRIGGER');
    c.objectName();
  } else if (c.word('DATABASE', 'TABLE') === 'DATABASE') {
    c.identifier();
    c.word('SET');
    c.word('CHANGE_TRACKING');
    if (c.accept('=')) {
      if (c.word('ON', 'OFF') === 'ON' && c.peek()?.text === '(') changeTrackingOptions(c);
    } else changeTrackingOptions(c);
  } else {
    c.objectName();
    if (c.accept('WITH')) c.word('CHECK', 'NOCHECK');
    if (c.accept('ADD')) foreignKey(c);
    else if (c.word('ENABLE', 'DISABLE') === 'ENABLE') {
      c.word('CHANGE_TRACKING');
      if (c.accept('WITH')) {
        c.punct('(');
        c.word('TRACK_COLUMNS_UPDATED');
        c.punct('=');
        c.word('ON', 'OFF');
        c.punct(')');
      }
    } else c.word('CHANGE_TRACKING');
  }
  c.end();
  return verb;
}

/** Statements of a batch, cut at `;` outside strings, identifiers and comments. */
export function statementsOf(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const seg of scanSql(sql)) {
    if (seg.kind !== 'code') current += seg.text;
    else {
      const parts = seg.text.split(';');
      current += parts[0];
      for (const p of parts.slice(1)) {
        out.push(current);
        current = p;
      }
    }
  }
  out.push(current);
  return out.filter((s) => s.trim().length > 0);
}

/** Parses a batch of administration statements; returns how many statements it holds. */
export function parseAdminTsql(sql: string): number {
  let count = 0;
  for (const statement of statementsOf(sql)) {
    const masked = skeleton(statement).text;
    if (
      /^\s*(BACKUP|RESTORE)\b/i.test(masked) ||
      /^\s*ALTER\s+DATABASE\s+\S+\s+SET\s+(SINGLE_USER|RESTRICTED_USER|MULTI_USER|RECOVERY|ALLOW_SNAPSHOT_ISOLATION)\b/i.test(masked)
    )
      count += parseBackupTsql(statement).length;
    else {
      adminStatement(new Cursor(tokenize(statement)));
      count++;
    }
  }
  return count;
}
