import { formatTableRef } from '@cutover/contracts';
import { EngineInputError, type TableDefinition } from './engine';

/** Columns that identify a row, and why they were chosen. */
export interface RowKey {
  columns: string[];
  reason: string;
}

const notNull = (table: TableDefinition, columns: string[]) =>
  columns.every((name) => table.columns.find((c) => c.name === name)?.nullable === false);

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The key that identifies a row: the primary key; else a unique index whose columns are all NOT
 * NULL (AX 2009 tables have no primary key, only a unique index on (DATAAREAID, RECID) or RECID),
 * preferring one that holds RECID, then the narrowest. Null when the table has neither.
 */
export function chooseRowKey(table: TableDefinition): RowKey | null {
  if (table.primaryKey && table.primaryKey.columns.length > 0) {
    return { columns: table.primaryKey.columns, reason: `primary key ${table.primaryKey.name}` };
  }
  const candidates = table.indexes
    .filter((ix) => ix.unique && ix.columns.length > 0 && notNull(table, ix.columns))
    .sort(
      (a, b) =>
        Number(b.columns.some((c) => c.toUpperCase() === 'RECID')) - Number(a.columns.some((c) => c.toUpperCase() === 'RECID')) ||
        a.columns.length - b.columns.length ||
        a.name.localeCompare(b.name),
    );
  const best = candidates[0];
  return best ? { columns: best.columns, reason: `unique index ${best.name} (all columns NOT NULL)` } : null;
}

/** Refuses key columns that do not identify a row: not the primary key nor a unique index over NOT NULL columns. */
export function requireRowKey(table: TableDefinition, keyColumns: string[]): void {
  if (table.primaryKey && sameSet(table.primaryKey.columns, keyColumns)) return;
  if (notNull(table, keyColumns) && table.indexes.some((ix) => ix.unique && sameSet(ix.columns, keyColumns))) return;
  throw new EngineInputError(
    `${formatTableRef(table)}: key columns ${keyColumns.join(', ')} do not identify a row; use the primary key or the columns of a unique index whose columns are all NOT NULL`,
  );
}
