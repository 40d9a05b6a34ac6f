import { formatTableRef, unsafeType } from '@cutover/contracts';

export { unsafeType };
import { EngineInputError, type ColumnInfo } from './engine';

/** What creating a table needs: its columns (types as the catalog prints them) and primary key. */
export interface TableShape {
  schema: string;
  name: string;
  columns: Pick<ColumnInfo, 'name' | 'dataType' | 'nullable' | 'ordinal'>[];
  primaryKey: { name: string; columns: string[] } | null;
}

/**
 * The column and primary-key clauses of CREATE TABLE, names quoted by the engine's `quote`.
 * Secondary indexes and constraints are not created here: finish-table recreates them after a load.
 */
export function tableBody(def: TableShape, quote: (name: string) => string): string {
  for (const c of def.columns) {
    const problem = unsafeType(c.dataType);
    if (problem) throw new EngineInputError(`${formatTableRef(def)}.${c.name} has a ${problem} that cannot be written into DDL`);
  }
  const columns = [...def.columns]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((c) => `${quote(c.name)} ${c.dataType}${c.nullable ? ' NULL' : ' NOT NULL'}`);
  const pk = def.primaryKey
    ? [`CONSTRAINT ${quote(def.primaryKey.name)} PRIMARY KEY (${def.primaryKey.columns.map(quote).join(', ')})`]
    : [];
  return `(${[...columns, ...pk].join(', ')})`;
}
