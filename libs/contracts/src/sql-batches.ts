/**
 * Splitting scripts into batches on `GO` lines, the SQL Server convention that Cutover uses for
 * both engines. A `GO` only counts on a line of its own outside strings, quoted identifiers and
 * comments; `GO n` repeats the batch n times (as sqlcmd does).
 */

export interface SqlSegment {
  kind: 'code' | 'string' | 'identifier' | 'comment';
  text: string;
}

const GO_LINE = /^[ \t]*go(?:[ \t]+(\d+))?[ \t]*(?:--[^\n]*)?\r?$/i;

/**
 * Cuts SQL text into code, string, quoted-identifier and comment segments. Understands both
 * dialects' quoting: '…' with '' escapes, "…", […] (T-SQL), $tag$…$tag$ (PostgreSQL),
 * -- line comments and nested block comments.
 */
export function scanSql(sql: string): SqlSegment[] {
  const out: SqlSegment[] = [];
  let code = '';
  let i = 0;
  const flushCode = () => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
  };
  const take = (kind: SqlSegment['kind'], end: number) => {
    flushCode();
    out.push({ kind, text: sql.slice(i, end) });
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      const nl = sql.indexOf('\n', i);
      take('comment', nl === -1 ? sql.length : nl);
    } else if (c === '/' && next === '*') {
      let depth = 0;
      let j = i;
      while (j < sql.length) {
        if (sql[j] === '/' && sql[j + 1] === '*') {
          depth++;
          j += 2;
        } else if (sql[j] === '*' && sql[j + 1] === '/') {
          depth--;
          j += 2;
          if (depth === 0) break;
        } else j++;
      }
      take('comment', Math.min(j, sql.length));
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c) {
          if (sql[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      take(c === "'" ? 'string' : 'identifier', Math.min(j + 1, sql.length));
    } else if (c === '[') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === ']') {
          if (sql[j + 1] === ']') j += 2;
          else break;
        } else j++;
      }
      take('identifier', Math.min(j + 1, sql.length));
    } else if (c === '$' && !/[A-Za-z0-9_]/.test(sql[i - 1] ?? '')) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        take('string', close === -1 ? sql.length : close + tag[0].length);
      } else {
        code += c;
        i++;
      }
    } else {
      code += c;
      i++;
    }
  }
  flushCode();
  return out;
}

export interface SqlBatch {
  sql: string;
  /** How many times the batch runs (`GO 5` → 5). */
  repeat: number;
  /** 1-based line of the batch's first line in the script, for error messages. */
  line: number;
}

export function splitBatches(script: string): SqlBatch[] {
  // Mask everything that is not code (same length, newlines kept) so that a GO inside a string
  // or comment cannot match, then read the original and the mask line by line side by side.
  const mask = scanSql(script)
    .map((seg) => (seg.kind === 'code' ? seg.text : seg.text.replace(/[^\n]/g, seg.kind === 'comment' ? ' ' : '\u0001')))
    .join('');
  const lines = script.split('\n');
  const masked = mask.split('\n');
  const batches: SqlBatch[] = [];
  let current: string[] = [];
  let startLine = 1;
  const push = (repeat: number) => {
    const sql = current.join('\n').trim();
    if (sql.length > 0) batches.push({ sql, repeat, line: startLine });
    current = [];
  };
  lines.forEach((text, k) => {
    const go = GO_LINE.exec(masked[k]);
    if (go) {
      push(go[1] ? Number(go[1]) : 1);
      return;
    }
    if (current.every((l) => l.trim().length === 0)) startLine = k + 1;
    current.push(text);
  });
  push(1);
  return batches;
}

/**
 * Rewrites `:name` placeholders (outside strings, identifiers and comments, and not `::casts`)
 * into PostgreSQL's `$n`, returning the values in order. Unknown names are an error.
 */
export function bindNamedParameters(sql: string, values: Record<string, unknown>): { text: string; values: unknown[]; used: string[] } {
  const order: string[] = [];
  let text = '';
  for (const seg of scanSql(sql)) {
    if (seg.kind !== 'code') {
      text += seg.text;
      continue;
    }
    text += seg.text.replace(/(^|[^:]):([A-Za-z_][A-Za-z0-9_]*)/g, (whole, before: string, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(values, name)) {
        throw new Error(`parameter :${name} is used by the script but not given`);
      }
      let n = order.indexOf(name);
      if (n === -1) n = order.push(name) - 1;
      return `${before}$${n + 1}`;
    });
  }
  return { text, values: order.map((n) => values[n]), used: order };
}
