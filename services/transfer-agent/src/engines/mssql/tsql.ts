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

/** The CONVERT style a key value is rendered as text in (exact, and language-independent for datetime). */
const TEXT_STYLE: Record<string, number> = {
  binary: 1,
  varbinary: 1,
  datetime: 126,
  smalldatetime: 126,
  float: 3,
  real: 3,
  money: 2,
  smallmoney: 2,
};
/** The style it is read back in, where CAST would not read it (hex) or would depend on the session's DATEFORMAT. */
const VALUE_STYLE: Record<string, number> = { binary: 1, varbinary: 1, datetime: 126, smalldatetime: 126 };

/** A key column as bound text (what splitRangesSql returns): exact, and readable by keyValue. */
export function keyText(column: string, type: SqlType): string {
  return keyTextOf(quoteIdent(column), type);
}

/** keyText of an expression of the key column's type (e.g. a histogram step's value converted to it). */
export function keyTextOf(expression: string, type: SqlType): string {
  const style = TEXT_STYLE[type.name];
  return `CONVERT(nvarchar(4000), ${expression}${style === undefined ? '' : `, ${style}`})`;
}

/** A bound parameter typed as its key column, so the comparison is typed like the column (and can seek its index). */
function keyValue(param: string, type: SqlType): string {
  const style = VALUE_STYLE[type.name];
  return style === undefined ? `CAST(@${param} AS ${formatType(type)})` : `CONVERT(${formatType(type)}, @${param}, ${style})`;
}

/**
 * `(k1, k2, …) op (v1, v2, …)` as T-SQL, which has no row-value comparison: expanded to
 * `k1 > v1 OR (k1 = v1 AND k2 >= v2)`, behind a plain `k1 >= v1` (`<=` for an upper bound) on
 * the leading column so the optimizer has a seek predicate for the key's index.
 */
function rowComparison(keys: string[], values: string[], op: '>=' | '<'): string {
  const strict = op === '>=' ? '>' : '<';
  const nested = (i: number): string =>
    i === keys.length - 1
      ? `${keys[i]} ${op} ${values[i]}`
      : `(${keys[i]} ${strict} ${values[i]} OR (${keys[i]} = ${values[i]} AND ${nested(i + 1)}))`;
  if (keys.length === 1) return nested(0);
  return `${keys[0]} ${op === '>=' ? '>=' : '<='} ${values[0]} AND ${nested(0)}`;
}

/**
 * The WHERE clause of a key range, lexicographic over its key columns as their index orders them,
 * with the bounds as parameters (@from, @to; @from1, @from2 … for a composite key), each read as
 * its key column's own type. `qualifier` prefixes the key columns (e.g. `ct` for CHANGETABLE).
 */
export function rangePredicate(table: TableDefinition, range: KeyRange | null, qualifier?: string): { sql: string; params: SqlParam[] } {
  if (!range) return { sql: '1 = 1', params: [] };
  const types = range.keyColumns.map((c) => columnType(table, c));
  const keys = range.keyColumns.map((c) => `${qualifier ? `${qualifier}.` : ''}${quoteIdent(c)}`);
  const parts: string[] = [];
  const params: SqlParam[] = [];
  for (const [side, op, bound] of [
    ['from', '>=', range.from],
    ['to', '<', range.to],
  ] as const) {
    if (bound === null) continue;
    if (bound.length !== keys.length)
      throw new EngineInputError(`a range bound has ${bound.length} value(s) for ${keys.length} key column(s)`);
    const names = bound.map((_, i) => (keys.length === 1 ? side : `${side}${i + 1}`));
    parts.push(
      rowComparison(
        keys,
        names.map((n, i) => keyValue(n, types[i])),
        op,
      ),
    );
    params.push(...names.map((name, i) => ({ name, value: bound[i] })));
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

/** The storage options an index is rebuilt with (what sys.indexes and sys.partitions report). */
export interface IndexOptions {
  /** 0 (the server default) or 1..100. */
  fillFactor: number;
  padIndex: boolean;
  ignoreDupKey: boolean;
  allowRowLocks: boolean;
  allowPageLocks: boolean;
  /** NONE, ROW or PAGE. */
  compression: string;
}

const COMPRESSIONS = new Set(['NONE', 'ROW', 'PAGE']);

/** ` WITH (…)` for the options that differ from CREATE INDEX's defaults; '' when none does. */
export function indexOptionsSql(o: IndexOptions | undefined): string {
  if (!o) return '';
  const parts: string[] = [];
  if (!Number.isInteger(o.fillFactor) || o.fillFactor < 0 || o.fillFactor > 100)
    throw new EngineInputError(`fill factor ${o.fillFactor} is not 0..100`);
  if (o.fillFactor > 0 && o.fillFactor < 100) parts.push(`FILLFACTOR = ${o.fillFactor}`);
  if (o.padIndex) parts.push('PAD_INDEX = ON');
  if (o.ignoreDupKey) parts.push('IGNORE_DUP_KEY = ON');
  if (!o.allowRowLocks) parts.push('ALLOW_ROW_LOCKS = OFF');
  if (!o.allowPageLocks) parts.push('ALLOW_PAGE_LOCKS = OFF');
  if (!COMPRESSIONS.has(o.compression)) throw new EngineInputError(`data compression ${o.compression} cannot be recreated`);
  if (o.compression !== 'NONE') parts.push(`DATA_COMPRESSION = ${o.compression}`);
  return parts.length > 0 ? ` WITH (${parts.join(', ')})` : '';
}

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
    options?: IndexOptions;
  },
): string {
  const keys = index.keys.map((k) => `${quoteIdent(k.column)} ${k.descending ? 'DESC' : 'ASC'}`).join(', ');
  const include = index.included.length > 0 ? ` INCLUDE (${columnList(index.included)})` : '';
  const where = index.filter ? ` WHERE ${index.filter}` : '';
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}${index.clustered ? 'CLUSTERED' : 'NONCLUSTERED'} INDEX ${quoteIdent(index.name)} ON ${quoteTable(ref)} (${keys})${include}${where}${indexOptionsSql(index.options)}`;
}

/** A PRIMARY KEY or UNIQUE constraint body (for addConstraintSql), with its index's storage options. */
export function keyConstraintSql(
  kind: 'PRIMARY KEY' | 'UNIQUE',
  clustered: boolean,
  keys: { column: string; descending: boolean }[],
  options?: IndexOptions,
): string {
  const keyText = keys.map((k) => `${quoteIdent(k.column)} ${k.descending ? 'DESC' : 'ASC'}`).join(', ');
  return `${kind} ${clustered ? 'CLUSTERED' : 'NONCLUSTERED'} (${keyText})${indexOptionsSql(options)}`;
}

/**
 * Inner range bounds: the first key of every NTILE after the first, in the key's order, one text
 * column per key column (keyText: what rangePredicate reads back). With `samplePercent`, the tiles
 * are taken over a TABLESAMPLE SYSTEM page sample instead of the whole table (ranges.ts).
 */
export function splitRangesSql(table: TableDefinition, keyColumns: string[], parts: number, samplePercent?: number): string {
  const n = Math.max(2, Math.floor(parts));
  const keys = columnList(keyColumns);
  const texts = keyColumns.map((c) => keyText(c, columnType(table, c))).join(', ');
  if (samplePercent !== undefined && !(samplePercent > 0 && samplePercent <= 100))
    throw new EngineInputError(`sample percent ${samplePercent} is not in (0, 100]`);
  const sample = samplePercent === undefined ? '' : ` TABLESAMPLE SYSTEM (${samplePercent.toFixed(4)} PERCENT)`;
  return `SELECT ${texts} FROM (SELECT ${keys}, cutover_tile, ROW_NUMBER() OVER (PARTITION BY cutover_tile ORDER BY ${keys}) AS cutover_row FROM (SELECT ${keys}, NTILE(${n}) OVER (ORDER BY ${keys}) AS cutover_tile FROM ${quoteTable(table)}${sample} WITH (NOLOCK)) s) f WHERE cutover_tile > 1 AND cutover_row = 1 ORDER BY cutover_tile`;
}
