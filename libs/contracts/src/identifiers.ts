/**
 * SQL identifiers as they travel through the API. A name is only ever checked here for
 * shape (length, no control characters); whether it exists is checked against the catalog
 * by the engine, and quoting is the engine's job. Nothing here builds SQL.
 */
export interface TableRef {
  schema: string;
  name: string;
}

export class IdentifierError extends Error {
  constructor(
    message: string,
    readonly value: string,
  ) {
    super(message);
  }
}

export const MAX_IDENTIFIER_LENGTH = 128;

// Control characters (including NUL) are never part of a real table or column name and
// break both engines' quoting rules, so they are refused outright.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function checkIdentifier(value: string, what = 'identifier'): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new IdentifierError(`${what} must be a non-empty string`, String(value));
  }
  if (value.length > MAX_IDENTIFIER_LENGTH) {
    throw new IdentifierError(`${what} "${value.slice(0, 40)}…" is longer than ${MAX_IDENTIFIER_LENGTH} characters`, value);
  }
  if (CONTROL.test(value)) {
    throw new IdentifierError(`${what} ${JSON.stringify(value)} contains a control character`, value);
  }
  return value;
}

/**
 * Parses `schema.table`. Either part may be double-quoted (`"my.schema"."Order Lines"`, with
 * `""` for a literal quote) so that names containing dots can be written.
 */
export function parseTableRef(text: string): TableRef {
  const parts: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let part = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new IdentifierError(`unterminated quote in table name ${JSON.stringify(text)}`, text);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            part += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        part += text[i++];
      }
      if (i < text.length && text[i] !== '.') {
        throw new IdentifierError(`unexpected text after quoted name in ${JSON.stringify(text)}`, text);
      }
    } else {
      const dot = text.indexOf('.', i);
      part = dot === -1 ? text.slice(i) : text.slice(i, dot);
      i = dot === -1 ? text.length : dot;
    }
    parts.push(part);
    i++; // skip the dot (or step past the end)
  }
  if (parts.length !== 2) {
    throw new IdentifierError(`table name ${JSON.stringify(text)} must have the form schema.table`, text);
  }
  return { schema: checkIdentifier(parts[0], 'schema name'), name: checkIdentifier(parts[1], 'table name') };
}

/** The display form used in messages, paths and grants: quotes only where a part needs it. */
export function formatTableRef(ref: TableRef): string {
  const part = (p: string) => (/^[A-Za-z_][A-Za-z0-9_$#@]*$/.test(p) ? p : `"${p.replace(/"/g, '""')}"`);
  return `${part(ref.schema)}.${part(ref.name)}`;
}

export function sameTable(a: TableRef, b: TableRef): boolean {
  return a.schema === b.schema && a.name === b.name;
}
