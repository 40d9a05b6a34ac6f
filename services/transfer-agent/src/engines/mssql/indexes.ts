import type { TableRef } from '@cutover/contracts';
import type { KeyCandidate } from '../copy-key';
import type { ConstraintInfo, IndexInfo, TableDefinition } from '../engine';
import { createIndexSql, keyConstraintSql, type IndexOptions } from './tsql';

/**
 * One row of INDEXES_SQL: index_id, name, is_unique, is_primary_key, is_unique_constraint, type_desc,
 * filter_definition, is_disabled, then what a faithful rebuild needs: type, fill_factor, is_padded,
 * ignore_dup_key, allow_row_locks, allow_page_locks, the data space's type (FG, PS) and the data
 * compression of its partitions (one text, or several comma-separated when they differ).
 */
export type IndexRow = [
  number,
  string,
  boolean,
  boolean,
  boolean,
  string,
  string | null,
  boolean?,
  number?,
  number?,
  boolean?,
  boolean?,
  boolean?,
  boolean?,
  string?,
  string?,
];
/** One row of INDEX_COLUMNS_SQL: index_id, column, is_descending_key, is_included_column, key_ordinal. */
export type IndexColumnRow = [number, string, boolean, boolean, number];

/** sys.indexes.type values the engine cannot rebuild as rowstore DDL. */
const UNSUPPORTED_TYPES: Record<number, string> = {
  3: 'an XML index',
  4: 'a spatial index',
  5: 'a clustered columnstore index',
  6: 'a nonclustered columnstore index',
  7: 'a hash index (memory-optimized table)',
};

/** Why an index cannot be dropped and recreated faithfully, or null. */
export function unsupportedIndex(row: IndexRow): string | null {
  const [, , , , , , , , type, , , , , , dataSpace, compression] = row;
  const why: string[] = [];
  if (type !== undefined && UNSUPPORTED_TYPES[type]) why.push(UNSUPPORTED_TYPES[type]);
  if (dataSpace === 'PS') why.push('partitioned (on a partition scheme)');
  else if (compression && !['NONE', 'ROW', 'PAGE'].includes(compression)) why.push(`${compression} data compression`);
  return why.length > 0 ? `${why.join(', ')}: kept in place by prepare-table, not dropped and recreated` : null;
}

function optionsOf(row: IndexRow): IndexOptions | undefined {
  const [, , , , , , , , , fillFactor, padded, ignoreDupKey, rowLocks, pageLocks, , compression] = row;
  if (fillFactor === undefined) return undefined;
  return {
    fillFactor,
    padIndex: padded ?? false,
    ignoreDupKey: ignoreDupKey ?? false,
    allowRowLocks: rowLocks ?? true,
    allowPageLocks: pageLocks ?? true,
    compression: compression ?? 'NONE',
  };
}

/**
 * Indexes with their re-creatable definitions (filter, included columns, DESC keys, fill factor,
 * padding, lock options, data compression); PK and unique constraints also become constraints.
 * Kinds that cannot be rebuilt as rowstore DDL carry `unsupported` and an informational definition.
 */
export function buildIndexes(
  ref: TableRef,
  indexRows: IndexRow[],
  indexColumns: IndexColumnRow[],
): { indexes: IndexInfo[]; constraints: ConstraintInfo[]; primaryKey: TableDefinition['primaryKey']; candidates: KeyCandidate[] } {
  const indexes: IndexInfo[] = [];
  const constraints: ConstraintInfo[] = [];
  const candidates: KeyCandidate[] = [];
  let primaryKey: TableDefinition['primaryKey'] = null;
  for (const row of indexRows) {
    const [indexId, name, unique, primary, uniqueConstraint, typeDesc, filter, disabled] = row;
    const cols = indexColumns.filter((c) => c[0] === indexId);
    const keys = cols.filter((c) => !c[3] && c[4] > 0).map((c) => ({ column: c[1], descending: c[2] }));
    const included = cols.filter((c) => c[3]).map((c) => c[1]);
    const clustered = typeDesc === 'CLUSTERED';
    const unsupported = unsupportedIndex(row);
    const options = optionsOf(row);
    let definition: string;
    if (unsupported) {
      definition = `-- ${typeDesc} index ${name}: ${unsupported}`;
      if (uniqueConstraint) constraints.push({ name, kind: 'unique', definition: keyConstraintSql('UNIQUE', clustered, keys) });
      if (primary) primaryKey = { name, columns: keys.map((k) => k.column) };
    } else if (primary || uniqueConstraint) {
      definition = keyConstraintSql(primary ? 'PRIMARY KEY' : 'UNIQUE', clustered, keys, options);
      if (uniqueConstraint) constraints.push({ name, kind: 'unique', definition });
      if (primary) primaryKey = { name, columns: keys.map((k) => k.column) };
    } else {
      definition = createIndexSql(ref, { name, unique, clustered, keys, included, filter, options });
    }
    indexes.push({
      name,
      columns: keys.map((k) => k.column),
      unique,
      primaryKey: primary,
      constraintBacked: primary || uniqueConstraint,
      clustered,
      unsupported,
      definition,
    });
    const unusable = filter ? `filtered (WHERE ${filter})` : disabled ? 'disabled' : unsupported && !unique ? unsupported : null;
    candidates.push({ name, columns: keys.map((k) => k.column), primaryKey: primary, unique, clustered, unusable });
  }
  return { indexes, constraints, primaryKey, candidates };
}
