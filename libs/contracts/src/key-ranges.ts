/**
 * A key range over a table's copy key (its primary key or a unique index over NOT NULL columns;
 * maybe composite), compared as row values: `(a, b) >= from` and `(a, b) < to`. Each bound holds
 * one text per key column (bigints as text too), which the agent's engine casts to the column's
 * type. The one shape of a key range, end to end: plan, task payloads, grants, agent engines.
 */
export interface KeyRange {
  /** The columns the range is taken on, in key order. */
  keyColumns: string[];
  /** Inclusive lower bound; null for an open start. */
  from: string[] | null;
  /** Exclusive upper bound; null for an open end. */
  to: string[] | null;
}

/** A range's bounds alone, where every range of a table shares its key columns (plans, task lists). */
export type KeyBounds = Omit<KeyRange, 'keyColumns'>;

/** The whole table: both ends open. */
export const wholeTable = (): KeyBounds => ({ from: null, to: null });

/** Ranges from inner bounds: n bounds → n + 1 ranges, the first and last open. */
export function rangesFromBounds(bounds: string[][]): KeyBounds[] {
  const edges: (string[] | null)[] = [null, ...bounds, null];
  return edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1] }));
}

/** The range an agent operation takes: null (the whole table) without key columns. */
export function keyRangeOf(keyColumns: string[], r: KeyBounds): KeyRange | null {
  return keyColumns.length > 0 ? { keyColumns, from: r.from, to: r.to } : null;
}
