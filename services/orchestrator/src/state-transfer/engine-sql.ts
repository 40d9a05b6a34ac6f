import { formatTableRef, type TableRef } from '@cutover/contracts';
import type { AgentTableDefinition } from '@cutover/agent-client';

/**
 * The little SQL the state transfer writes itself, per engine: creating a missing table on
 * production from the test system's definition.
 * Identifiers come from the package as `{schema, name}` and are always quoted (`"…"` with `""`, `[…]` with `]]`);
 * values travel as bound parameters (`:name` on PostgreSQL, `@name` on SQL Server). Column types
 * cannot be parameters: they come from the test system's catalog and must look like a type name.
 */
export type Engine = 'postgres' | 'mssql';

export function quoteIdent(engine: Engine, name: string): string {
  return engine === 'mssql' ? `[${name.replace(/]/g, ']]')}]` : `"${name.replace(/"/g, '""')}"`;
}

export function quoteTable(engine: Engine, table: TableRef): string {
  return `${quoteIdent(engine, table.schema)}.${quoteIdent(engine, table.name)}`;
}

/** Type names as the catalogs print them: `numeric(32,16)`, `character varying(20)`, `timestamp(3) with time zone`, `text[]`, `"char"`, `nvarchar(max)`. */
const TYPE_NAME = /^(?:"char"|[A-Za-z_][A-Za-z0-9_ .]*(?:\(\s*(?:\d+|max)(?:\s*,\s*\d+)?\s*\))?[A-Za-z ]*(?:\[\])*)$/i;

/** Why a column's type cannot be written into DDL, or null when it can. */
export function unsafeType(dataType: string): string | null {
  return dataType.length <= 100 && TYPE_NAME.test(dataType) && !/--|\/\*/.test(dataType) ? null : `type ${JSON.stringify(dataType)}`;
}

/**
 * CREATE TABLE for a table missing on production: columns (types and nullability) and the primary
 * key of the test system's table. Secondary indexes and constraints are not created here: the
 * copy's finish-table recreates them from the test system's definition after the load.
 */
export function createTableSql(engine: Engine, def: AgentTableDefinition): string {
  for (const c of def.columns) {
    const problem = unsafeType(c.dataType);
    if (problem) throw new Error(`${formatTableRef(def)}.${c.name} has a ${problem} that cannot be written into DDL`);
  }
  const q = (n: string) => quoteIdent(engine, n);
  const columns = [...def.columns]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((c) => `${q(c.name)} ${c.dataType}${c.nullable ? ' NULL' : ' NOT NULL'}`);
  const pk = def.primaryKey ? [`CONSTRAINT ${q(def.primaryKey.name)} PRIMARY KEY (${def.primaryKey.columns.map(q).join(', ')})`] : [];
  const table = quoteTable(engine, { schema: def.schema, name: def.name });
  const body = `(${[...columns, ...pk].join(', ')})`;
  if (engine === 'mssql') {
    const literal = (v: string) => `N'${v.replace(/'/g, "''")}'`;
    return [
      `IF SCHEMA_ID(${literal(def.schema)}) IS NULL EXEC(${literal(`CREATE SCHEMA ${q(def.schema)}`)});`,
      'GO',
      `IF OBJECT_ID(${literal(table)}) IS NULL CREATE TABLE ${table} ${body};`,
    ].join('\n');
  }
  return [`CREATE SCHEMA IF NOT EXISTS ${q(def.schema)};`, `CREATE TABLE IF NOT EXISTS ${table} ${body};`].join('\n');
}
