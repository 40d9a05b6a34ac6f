import type { TableRef } from '@cutover/contracts';

/** What a table's definition says beyond columns and keys: its partition role and its user triggers. */

/** Where a table sits in a partition hierarchy (PostgreSQL declarative partitioning). */
export interface PartitionInfo {
  /** A partitioned table holds no rows itself: its leaf partitions do. */
  partitioned: boolean;
  /** The partitioned table this one is a partition of. */
  parent: TableRef | null;
}

export interface TriggerInfo {
  name: string;
  /** `origin`, `always` or `replica` (pg_trigger.tgenabled O, A, R). */
  enabled: 'origin' | 'always' | 'replica';
}
