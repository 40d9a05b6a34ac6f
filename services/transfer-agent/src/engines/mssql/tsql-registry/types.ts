import { formatTableRef, type TableRef } from '@cutover/contracts';
import type { TableDefinition } from '../../engine';
import { namedTable, ODD_NAMES, ODD_REFS, ODD_TABLES } from './fixtures';

/** One text a builder emits, for one set of example arguments. */
export interface TsqlCase {
  label: string;
  sql: string;
}

/** A registered T-SQL builder: an export of engines/mssql that produces T-SQL text. */
export interface TsqlBuilder {
  /** `<module>.<export>`, the module being the file name in engines/mssql without `.ts`, e.g. `admin-sql.restrictDatabaseSql`. */
  name: string;
  /** Its texts for example arguments that need quoting and escaping (several cases per builder). */
  cases(): TsqlCase[];
  /**
   * The same text with every identifier argument (and every name the builder writes as a string
   * literal) set to `name`: the injection proof builds it with a benign and a hostile name and
   * checks that the two texts differ only inside their quoted identifiers and literals. Absent for
   * builders that take no identifier.
   */
  named?(name: string): string;
}

const label = (ref: TableRef) => formatTableRef(ref).slice(0, 60);

/** A constant text (no arguments). */
export const constant = (name: string, sql: string): TsqlBuilder => ({ name, cases: () => [{ label: 'constant', sql }] });

/** A builder taking one name (database, schema, index…): every odd name. */
export const perName = (name: string, build: (n: string) => string): TsqlBuilder => ({
  name,
  cases: () => ['AX2009', ...ODD_NAMES].map((n) => ({ label: n.slice(0, 60), sql: build(n) })),
  named: build,
});

/** A builder taking a table reference: every odd reference. */
export const perRef = (name: string, build: (r: TableRef) => string, refs: TableRef[] = ODD_REFS): TsqlBuilder => ({
  name,
  cases: () => refs.map((r) => ({ label: label(r), sql: build(r) })),
  named: (n) => build({ schema: n, name: n }),
});

/** A builder taking a table definition: every odd table (odd column names of several types), possibly several texts each. */
export const perTable = (
  name: string,
  build: (t: TableDefinition) => string | string[],
  tables: TableDefinition[] = ODD_TABLES,
): TsqlBuilder => ({
  name,
  cases: () => tables.flatMap((t) => [build(t)].flat().map((sql, i) => ({ label: `${label(t)} #${i}`, sql }))),
  named: (n) => [build(namedTable(n))].flat()[0],
});
