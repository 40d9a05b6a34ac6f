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
  // Schema and table names travel as URL path segments (/v1/catalog/tables/{schema}/{table}), and
  // URLs collapse "." and ".." segments (percent-encoded too): such a name would address another route.
  if (value === '.' || value === '..') {
    throw new IdentifierError(`${what} ${JSON.stringify(value)} cannot travel in a URL path: rename it`, value);
  }
  return value;
}

/** The display form, for people only (messages, logs, the CSV report): quotes only where a part needs it. */
export function formatTableRef(ref: TableRef): string {
  const part = (p: string) => (/^[A-Za-z_][A-Za-z0-9_$#@]*$/.test(p) ? p : `"${p.replace(/"/g, '""')}"`);
  return `${part(ref.schema)}.${part(ref.name)}`;
}

export function sameTable(a: TableRef, b: TableRef): boolean {
  return a.schema === b.schema && a.name === b.name;
}

/** The one key for maps and sets of tables: unambiguous whatever the names hold (dots, quotes). */
export function tableKey(ref: TableRef): string {
  return JSON.stringify([ref.schema, ref.name]);
}

/** Sorts tables by schema, then name. */
export function compareTables(a: TableRef, b: TableRef): number {
  return a.schema.localeCompare(b.schema) || a.name.localeCompare(b.name);
}

/** Just the two fields (a catalog row carries more). */
export const tableRef = (t: TableRef): TableRef => ({ schema: t.schema, name: t.name });
