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
