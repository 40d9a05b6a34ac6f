import { formatTableRef } from '@cutover/contracts';
import { EngineInputError, type ColumnInfo, type TableDefinition } from './engine';

/**
 * The columns a copy cuts a table into key ranges on, and why: the primary key; else a unique index
 * whose columns are all NOT NULL (SQL Server: the clustered one first, then one holding RECID, then
 * the narrowest). Empty `columns` when the table has none: it is copied as one range.
 */
export interface CopyKey {
  columns: string[];
  /** The primary key or unique index the columns come from; null when there is none. */
  index: string | null;
  /** Why these columns ("primary key PK_X", "unique index I_X (clustered)"), or why there are none. */
  reason: string;
}

/** A primary key or unique index as a candidate copy key, with what its engine knows about it. */
export interface KeyCandidate {
  name: string;
  /** Key columns in index order (included columns excluded). */
  columns: string[];
  primaryKey: boolean;
  unique: boolean;
  /** SQL Server: the clustered index (rows are stored in its order). Always false on PostgreSQL. */
  clustered: boolean;
  /** Why it does not identify every row (partial or filtered, on expressions, invalid or disabled); null when it does. */
  unusable: string | null;
}

const holdsRecid = (c: KeyCandidate) => c.columns.some((x) => x.toUpperCase() === 'RECID');

/**
 * The copy key of a table (both engines): the primary key; else a unique index whose columns are
 * all NOT NULL — rows with a NULL key would fall in no range — preferring the clustered one, then
 * one holding RECID (AX's row id), then the narrowest (fewest columns), then by name. Without one
 * the reason names what each unique index lacks.
 */
export function chooseCopyKey(columns: ColumnInfo[], candidates: KeyCandidate[]): CopyKey {
  const pk = candidates.find((c) => c.primaryKey && c.unusable === null && c.columns.length > 0);
  if (pk) return { columns: pk.columns, index: pk.name, reason: `primary key ${pk.name}` };
  const nullable = new Set(columns.filter((c) => c.nullable).map((c) => c.name));
  const known = new Set(columns.map((c) => c.name));
  const rejected: string[] = [];
  const usable = candidates
    .filter((c) => c.unique && !c.primaryKey)
    .filter((c) => {
      const nulls = c.columns.filter((x) => nullable.has(x));
      const why =
        c.unusable ??
        (c.columns.length === 0 || c.columns.some((x) => !known.has(x))
          ? 'not over plain columns'
          : nulls.length > 0
            ? `${nulls.join(', ')} ${nulls.length > 1 ? 'are' : 'is'} nullable`
            : null);
      if (why) rejected.push(`${c.name}: ${why}`);
      return why === null;
    })
    .sort(
      (a, b) =>
        Number(b.clustered) - Number(a.clustered) ||
        Number(holdsRecid(b)) - Number(holdsRecid(a)) ||
        a.columns.length - b.columns.length ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  const [best, next] = usable;
  if (!best)
    return {
      columns: [],
      index: null,
      reason: `no primary key and no unique index over NOT NULL columns${rejected.length ? ` (${rejected.join('; ')})` : ''}`,
    };
  const why = !next
    ? ''
    : best.clustered && !next.clustered
      ? ' (clustered)'
      : holdsRecid(best) && !holdsRecid(next)
        ? ' (holds RECID)'
        : best.columns.length < next.columns.length
          ? ' (narrowest)'
          : ' (first by name)';
  return { columns: best.columns, index: best.name, reason: `unique index ${best.name}${why}` };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const allNotNull = (table: TableDefinition, columns: string[]) =>
  columns.every((name) => table.columns.find((c) => c.name === name)?.nullable === false);

/** Refuses key columns that do not identify a row: not the primary key nor a unique index over NOT NULL columns. */
export function requireRowKey(table: TableDefinition, keyColumns: string[]): void {
  if (table.primaryKey && sameSet(table.primaryKey.columns, keyColumns)) return;
  if (allNotNull(table, keyColumns) && table.indexes.some((ix) => ix.unique && sameSet(ix.columns, keyColumns))) return;
  throw new EngineInputError(
    `${formatTableRef(table)}: key columns ${keyColumns.join(', ')} do not identify a row; use the primary key or the columns of a unique index whose columns are all NOT NULL`,
  );
}
