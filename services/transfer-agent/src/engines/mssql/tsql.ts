import { formatTableRef, type TableRef } from '@cutover/contracts';
import { EngineInputError, type KeyRange, type TableDefinition } from '../engine';

/**
 * The only place SQL Server identifiers become T-SQL text: `[name]` with `]` doubled, which is
 * valid for every character a name can hold (spaces, quotes, dots, `[`). Names longer than
 * sysname (128) or holding control characters are refused by checkIdentifier before they get here.
 */
export function quoteIdent(name: string): string {
  if (name.length === 0 || name.length > 128) throw new EngineInputError(`identifier ${JSON.stringify(name)} is not a valid sysname`);
  return `[${name.replace(/]/g, ']]')}]`;
}

export const quoteTable = (ref: TableRef): string => `${quoteIdent(ref.schema)}.${quoteIdent(ref.name)}`;

export const columnList = (columns: readonly string[]): string => columns.map(quoteIdent).join(', ');

/** A T-SQL string literal (N'…' with ' doubled), only for texts T-SQL cannot take as a parameter. */
export function quoteString(value: string): string {
  return `N'${value.replace(/'/g, "''")}'`;
}

/** A column type as the catalog prints it, parsed: `numeric(32,16)` → { name: 'numeric', args: [32, 16] }. */
export interface SqlType {
  name: string;
  /** Length (-1 for max), precision and scale, or fractional-second scale, as declared. */
  args: number[];
}

const TYPE_TEXT = /^([a-z][a-z0-9_ ]*?)(?:\((max|\d+)(?:,\s*(\d+))?\))?$/;

/** Parses a catalog type text; refuses anything that is not a plain system type (it becomes SQL text in CASTs). */
export function parseType(text: string): SqlType {
  const m = TYPE_TEXT.exec(text.trim().toLowerCase());
  if (!m) throw new EngineInputError(`column type ${JSON.stringify(text)} is not a SQL Server system type`);
  const args: number[] = [];
  if (m[2] !== undefined) args.push(m[2] === 'max' ? -1 : Number(m[2]));
  if (m[3] !== undefined) args.push(Number(m[3]));
  return { name: m[1], args };
}

export function formatType(t: SqlType): string {
  return t.args.length === 0 ? t.name : `${t.name}(${t.args.map((a) => (a === -1 ? 'max' : String(a))).join(',')})`;
}

/** Renders a type from sys.columns/sys.types fields the way the catalog reports it. */
export function catalogType(name: string, maxLength: number, precision: number, scale: number): string {
  switch (name) {
    case 'nvarchar':
    case 'nchar':
      return `${name}(${maxLength === -1 ? 'max' : maxLength / 2})`;
    case 'varchar':
    case 'char':
    case 'varbinary':
    case 'binary':
      return `${name}(${maxLength === -1 ? 'max' : maxLength})`;
    case 'decimal':
    case 'numeric':
      return `${name}(${precision},${scale})`;
    case 'datetime2':
    case 'time':
    case 'datetimeoffset':
      return `${name}(${scale})`;
    default:
      return name;
  }
}

export function columnType(table: TableDefinition, column: string): SqlType {
  const c = table.columns.find((col) => col.name === column);
  if (!c) throw new EngineInputError(`column ${JSON.stringify(column)} does not exist on ${formatTableRef(table)}`);
  return parseType(c.dataType);
}

export function requireColumns(table: TableDefinition, columns: readonly string[]): void {
  const known = new Set(table.columns.map((c) => c.name));
  const missing = columns.filter((c) => !known.has(c));
  if (missing.length > 0) {
    throw new EngineInputError(`column(s) ${missing.map((c) => JSON.stringify(c)).join(', ')} do not exist on ${formatTableRef(table)}`);
  }
}

/** A bound parameter: T-SQL name without `@`, and its value as text (bounds arrive as text). */
export interface SqlParam {
  name: string;
  value: string;
}

/**
 * The WHERE clause of a key range with the bounds as parameters @from/@to, each cast to the key
 * column's own type so the comparison is typed like the column (and can seek its index) instead of
 * converting every key to nvarchar.
 */
export function rangePredicate(table: TableDefinition, range: KeyRange | null): { sql: string; params: SqlParam[] } {
  if (!range) return { sql: '1 = 1', params: [] };
  const type = formatType(columnType(table, range.keyColumn));
  const key = quoteIdent(range.keyColumn);
  const parts: string[] = [];
  const params: SqlParam[] = [];
  if (range.from !== null) {
    parts.push(`${key} >= CAST(@from AS ${type})`);
    params.push({ name: 'from', value: range.from });
  }
  if (range.to !== null) {
    parts.push(`${key} < CAST(@to AS ${type})`);
    params.push({ name: 'to', value: range.to });
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1 = 1', params };
}

export function deleteRangeSql(table: TableDefinition, range: KeyRange | null): { sql: string; params: SqlParam[] } {
  const where = rangePredicate(table, range);
  return { sql: `DELETE FROM ${quoteTable(table)} WHERE ${where.sql}`, params: where.params };
}

export const countSql = (ref: TableRef): string => `SELECT CONVERT(varchar(20), COUNT_BIG(*)) AS n FROM ${quoteTable(ref)}`;

export const truncateSql = (ref: TableRef): string => `TRUNCATE TABLE ${quoteTable(ref)}`;

export const dropIndexSql = (ref: TableRef, index: string): string => `DROP INDEX ${quoteIdent(index)} ON ${quoteTable(ref)}`;

export const dropConstraintSql = (ref: TableRef, name: string): string =>
  `ALTER TABLE ${quoteTable(ref)} DROP CONSTRAINT ${quoteIdent(name)}`;

/** WITH CHECK: a re-added constraint is validated against the loaded rows and marked trusted. */
export const addConstraintSql = (ref: TableRef, name: string, definition: string): string =>
  `ALTER TABLE ${quoteTable(ref)} WITH CHECK ADD CONSTRAINT ${quoteIdent(name)} ${definition}`;

export const updateStatisticsSql = (ref: TableRef): string => `UPDATE STATISTICS ${quoteTable(ref)}`;

/** `CREATE [UNIQUE] [NON]CLUSTERED INDEX` text for a deferred index, from catalog parts. */
export function createIndexSql(
  ref: TableRef,
  index: {
    name: string;
    unique: boolean;
    clustered: boolean;
    keys: { column: string; descending: boolean }[];
    included: string[];
    filter: string | null;
  },
): string {
  const keys = index.keys.map((k) => `${quoteIdent(k.column)} ${k.descending ? 'DESC' : 'ASC'}`).join(', ');
  const include = index.included.length > 0 ? ` INCLUDE (${columnList(index.included)})` : '';
  const where = index.filter ? ` WHERE ${index.filter}` : '';
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}${index.clustered ? 'CLUSTERED' : 'NONCLUSTERED'} INDEX ${quoteIdent(index.name)} ON ${quoteTable(ref)} (${keys})${include}${where}`;
}

/** Inner range bounds: the first key of every NTILE after the first (the key's own text form). */
export function splitRangesSql(table: TableRef, keyColumn: string, parts: number): string {
  const n = Math.max(2, Math.floor(parts));
  const key = quoteIdent(keyColumn);
  return `SELECT CONVERT(nvarchar(4000), MIN(k)) AS b FROM (SELECT ${key} AS k, NTILE(${n}) OVER (ORDER BY ${key}) AS t FROM ${quoteTable(table)} WITH (NOLOCK)) s WHERE t > 1 GROUP BY t ORDER BY MIN(k)`;
}
