import type { ChecksumAlgorithm, KeyRange } from '@cutover/contracts';
import type { ConstraintInfo, TableDefinition } from './engine';

/** What the copy operations exchange with an engine: key ranges, deferred objects, imports, checksums. */

export interface DeferredObject {
  kind: 'index' | ConstraintInfo['kind'] | 'trigger';
  name: string;
  definition: string;
}

export interface FinishTableResult {
  created: string[];
  skipped: string[];
}

export interface RangeRequest {
  table: TableDefinition;
  /** Null copies or checks the whole table. */
  range: KeyRange | null;
  /** Columns in transfer order; both sides use the destination's order. */
  columns: string[];
  /**
   * How many ranges the table is loaded in (a hint for the importer's locking; absent: unknown).
   * SQL Server takes a table lock (minimal logging) only when one range loads a heap.
   */
  rangesInTable?: number;
}

export interface ImportResult {
  rows: number;
  bytes: number;
  deletedFirst: number;
}

export interface ChecksumResult {
  rows: number;
  checksum: string;
  algorithm: ChecksumAlgorithm;
}

export interface ChecksumRequest extends RangeRequest {
  /** Absent: the engine's fastest algorithm for these columns. */
  algorithm?: ChecksumAlgorithm;
}
