/**
 * A parser for the T-SQL statements node-sql-parser's grammar lacks and the agent emits for
 * backup and restore: BACKUP DATABASE, RESTORE DATABASE / HEADERONLY / FILELISTONLY, and ALTER
 * DATABASE … SET <user access | RECOVERY | ALLOW_SNAPSHOT_ISOLATION>. It follows the syntax in Microsoft's reference
 * (learn.microsoft.com, "BACKUP (Transact-SQL)", "RESTORE Statements (Transact-SQL)", "ALTER
 * DATABASE SET Options") for the subset used, and throws on anything else, so a unit test that
 * parses a statement with it checks its shape, its quoting and which values are parameters.
 */

export type Value = { kind: 'variable'; name: string } | { kind: 'string'; text: string } | { kind: 'number'; value: number };

export interface Statement {
  verb: 'BACKUP DATABASE' | 'RESTORE DATABASE' | 'RESTORE HEADERONLY' | 'RESTORE FILELISTONLY' | 'ALTER DATABASE';
  /** The database identifier, unquoted (BACKUP, RESTORE DATABASE, ALTER DATABASE). */
  database?: string;
  /** TO DISK / FROM DISK. */
  disk?: Value;
  /** WITH options by name (MOVE gathered in `moves`); flags map to true. */
  options: Record<string, Value | true>;
  moves: { from: Value; to: Value }[];
  /** ALTER DATABASE … SET: e.g. SINGLE_USER, MULTI_USER, RECOVERY SIMPLE; and its termination clause. */
  set?: string;
  termination?: string;
}

type Token = { type: 'word' | 'ident' | 'variable' | 'string' | 'number' | 'punct'; text: string };

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (/\s/.test(c)) i++;
    else if (sql.startsWith('--', i)) i = sql.indexOf('\n', i) < 0 ? sql.length : sql.indexOf('\n', i);
    else if (c === '[') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= sql.length) throw new Error(`unterminated identifier at ${i}`);
        if (sql[j] === ']' && sql[j + 1] === ']') {
          text += ']';
          j += 2;
        } else if (sql[j] === ']') break;
        else text += sql[j++];
      }
      if (text.length === 0 || text.length > 128) throw new Error(`identifier of ${text.length} characters at ${i}`);
      tokens.push({ type: 'ident', text });
      i = j + 1;
    } else if (c === "'" || ((c === 'N' || c === 'n') && sql[i + 1] === "'")) {
      let j = sql.indexOf("'", i) + 1;
      let text = '';
      for (;;) {
        if (j >= sql.length) throw new Error(`unterminated string at ${i}`);
        if (sql[j] === "'" && sql[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (sql[j] === "'") break;
        else text += sql[j++];
      }
      tokens.push({ type: 'string', text });
      i = j + 1;
    } else if (c === '@') {
      const m = /^@[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i));
      if (!m) throw new Error(`bad variable at ${i}`);
      tokens.push({ type: 'variable', text: m[0].slice(1) });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(sql.slice(i))!;
      tokens.push({ type: 'number', text: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i))!;
      tokens.push({ type: 'word', text: m[0].toUpperCase() });
      i += m[0].length;
    } else if (',=;().'.includes(c)) tokens.push({ type: 'punct', text: sql[i++] });
    else throw new Error(`unexpected ${JSON.stringify(c)} at ${i}`);
  }
  return tokens;
}

const BACKUP_FLAGS = [
  'COPY_ONLY',
  'INIT',
  'NOINIT',
  'FORMAT',
  'NOFORMAT',
  'CHECKSUM',
  'NO_CHECKSUM',
  'COMPRESSION',
  'NO_COMPRESSION',
  'CONTINUE_AFTER_ERROR',
  'STOP_ON_ERROR',
];
const BACKUP_VALUED = ['DESCRIPTION', 'NAME', 'MEDIANAME', 'MEDIADESCRIPTION', 'STATS', 'BLOCKSIZE', 'BUFFERCOUNT', 'MAXTRANSFERSIZE'];
const RESTORE_FLAGS = [
  'RECOVERY',
  'NORECOVERY',
  'REPLACE',
  'RESTART',
  'RESTRICTED_USER',
  'CHECKSUM',
  'NO_CHECKSUM',
  'KEEP_REPLICATION',
  'KEEP_CDC',
  'CONTINUE_AFTER_ERROR',
  'STOP_ON_ERROR',
];
const RESTORE_VALUED = ['FILE', 'STATS', 'PASSWORD', 'MEDIANAME', 'MEDIAPASSWORD', 'BLOCKSIZE', 'BUFFERCOUNT', 'MAXTRANSFERSIZE'];
/** Options the information-only RESTORE forms accept. */
const INFO_OPTIONS = ['FILE', 'PASSWORD', 'MEDIANAME', 'MEDIAPASSWORD', 'CHECKSUM', 'NO_CHECKSUM', 'CONTINUE_AFTER_ERROR', 'STOP_ON_ERROR'];
const USER_ACCESS = ['SINGLE_USER', 'RESTRICTED_USER', 'MULTI_USER'];

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.at >= this.tokens.length;
  }
  peek(): Token | undefined {
    return this.tokens[this.at];
  }
  word(...expected: string[]): string {
    const t = this.tokens[this.at];
    if (!t || t.type !== 'word' || (expected.length > 0 && !expected.includes(t.text)))
      throw new Error(`expected ${expected.join(' | ') || 'a keyword'} at token ${this.at}, found ${t ? t.text : 'the end'}`);
    this.at++;
    return t.text;
  }
  accept(text: string): boolean {
    const t = this.tokens[this.at];
    if (t && (t.type === 'word' || t.type === 'punct') && t.text === text) {
      this.at++;
      return true;
    }
    return false;
  }
  expect(text: string): void {
    if (!this.accept(text)) throw new Error(`expected ${text} at token ${this.at}, found ${this.peek()?.text ?? 'the end'}`);
  }
  identifier(): string {
    const t = this.tokens[this.at++];
    if (!t || (t.type !== 'ident' && !(t.type === 'word' && /^[A-Z_][A-Z0-9_]*$/.test(t.text))))
      throw new Error(`expected a database name at token ${this.at - 1}`);
    return t.text;
  }
  value(): Value {
    const t = this.tokens[this.at++];
    if (t?.type === 'variable') return { kind: 'variable', name: t.text };
    if (t?.type === 'string') return { kind: 'string', text: t.text };
    if (t?.type === 'number') return { kind: 'number', value: Number(t.text) };
    throw new Error(`expected a variable, string or number at token ${this.at - 1}`);
  }

  /** `WITH opt [, opt …]` where flags stand alone, valued options take `= value` (STATS's is optional), MOVE takes `value TO value`. */
  options(s: Statement, flags: string[], valued: string[], move: boolean): void {
    if (!this.accept('WITH')) return;
    do {
      const name = this.word();
      if (name in s.options) throw new Error(`${name} given twice`);
      if (move && name === 'MOVE') {
        const from = this.value();
        this.word('TO');
        s.moves.push({ from, to: this.value() });
      } else if (valued.includes(name)) {
        if (name === 'STATS' && !this.accept('=')) s.options[name] = true;
        else {
          if (name !== 'STATS') this.expect('=');
          s.options[name] = this.value();
        }
      } else if (flags.includes(name)) s.options[name] = true;
      else throw new Error(`${name} is not an option of ${s.verb}`);
    } while (this.accept(','));
  }

  statement(): Statement {
    const s: Statement = { verb: 'BACKUP DATABASE', options: {}, moves: [] };
    const verb = this.word('BACKUP', 'RESTORE', 'ALTER');
    if (verb === 'BACKUP') {
      this.word('DATABASE');
      s.database = this.identifier();
      this.word('TO');
      this.word('DISK');
      this.expect('=');
      s.disk = this.value();
      this.options(s, BACKUP_FLAGS, BACKUP_VALUED, false);
    } else if (verb === 'RESTORE') {
      const form = this.word('DATABASE', 'HEADERONLY', 'FILELISTONLY');
      s.verb = `RESTORE ${form}` as Statement['verb'];
      if (form === 'DATABASE') s.database = this.identifier();
      this.word('FROM');
      this.word('DISK');
      this.expect('=');
      s.disk = this.value();
      if (form === 'DATABASE') this.options(s, RESTORE_FLAGS, RESTORE_VALUED, true);
      else
        this.options(
          s,
          INFO_OPTIONS.filter((o) => !RESTORE_VALUED.includes(o)),
          INFO_OPTIONS.filter((o) => RESTORE_VALUED.includes(o)),
          false,
        );
    } else {
      s.verb = 'ALTER DATABASE';
      this.word('DATABASE');
      s.database = this.identifier();
      this.word('SET');
      const option = this.word(...USER_ACCESS, 'RECOVERY', 'ALLOW_SNAPSHOT_ISOLATION');
      if (option === 'RECOVERY') s.set = `RECOVERY ${this.word('SIMPLE', 'FULL', 'BULK_LOGGED')}`;
      else if (option === 'ALLOW_SNAPSHOT_ISOLATION') s.set = `ALLOW_SNAPSHOT_ISOLATION ${this.word('ON', 'OFF')}`;
      else s.set = option;
      if (this.accept('WITH')) {
        if (this.accept('NO_WAIT')) s.termination = 'NO_WAIT';
        else {
          this.word('ROLLBACK');
          if (this.accept('IMMEDIATE')) s.termination = 'ROLLBACK IMMEDIATE';
          else {
            this.word('AFTER');
            s.termination = `ROLLBACK AFTER ${this.value().kind === 'number' ? 'n' : '?'}`;
            this.accept('SECONDS');
          }
        }
      }
    }
    return s;
  }
}

/** Parses a batch of these statements (separated by `;` and/or line breaks); throws naming what does not fit the grammar. */
export function parseBackupTsql(sql: string): Statement[] {
  const p = new Parser(tokenize(sql));
  const statements: Statement[] = [];
  while (!p.done()) {
    statements.push(p.statement());
    while (p.accept(';'));
  }
  if (statements.length === 0) throw new Error('no statement');
  return statements;
}
