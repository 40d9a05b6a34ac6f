import type { TableRef } from '@cutover/contracts';

/**
 * A number sequence table as a package declares it (AX: NUMBERSEQUENCETABLE): the columns that
 * identify one sequence row (e.g. DATAAREAID, NUMBERSEQUENCE: one row per company), and the
 * columns holding its next and highest values.
 */
export interface SequenceColumns {
  table: TableRef;
  keyColumns: string[];
  nextColumn: string;
  maxColumn: string;
}

/** A column and the value it must equal (compared as the column's type). */
export interface ColumnValue {
  column: string;
  value: string;
}

export interface SequenceRow {
  /** The key columns' values as text, in keyColumns order. */
  key: string[];
  next: string;
  max: string;
}

export interface SequenceValues {
  next: string;
  max: string;
}

/** Sets one row's values only if it still holds `expected` (a compare-and-set). */
export interface SetSequenceRequest {
  sequence: SequenceColumns;
  key: string[];
  values: SequenceValues;
  expected: SequenceValues;
}

/**
 * A table column's own sequence (PostgreSQL: identity or serial, owned by the column; SQL Server:
 * the IDENTITY column), as the copy carries it over: the last value handed out, or null when none
 * was yet (the sequence then starts afresh).
 */
export interface TableSequenceValue {
  table: TableRef;
  column: string;
  lastValue: string | null;
}

export interface TableSequence extends TableSequenceValue {
  /** The sequence's name on this database, for display (SQL Server: the table's identity). */
  sequence: string;
}

export interface TableSequenceResult {
  table: TableRef;
  column: string;
  /** The target's sequence; null when the column has none there. */
  sequence: string | null;
  /** The value set (the next value handed out follows it); null when nothing was set. */
  value: string | null;
  set: boolean;
  /** Why nothing was set. */
  reason?: string;
}

/**
 * A sequence object a package names (not owned by a column: e.g. one that several tables' defaults
 * share), carried over by its name: the last value handed out, or null when none was yet.
 */
export interface NamedSequenceValue {
  sequence: TableRef;
  lastValue: string | null;
}

export interface NamedSequence extends NamedSequenceValue {
  /** False when no such sequence exists on the database read. */
  found: boolean;
}

export interface NamedSequenceResult {
  sequence: TableRef;
  /** The value set (the next value handed out follows it); null when nothing was set. */
  value: string | null;
  set: boolean;
  /** Why nothing was set. */
  reason?: string;
}
