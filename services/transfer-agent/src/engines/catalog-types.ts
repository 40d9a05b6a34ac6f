import type { TableRef } from '@cutover/contracts';
import type { CopyKey } from './copy-key';
import type { PartitionInfo, TriggerInfo } from './structure-types';

/** What an engine's catalog reports about tables: the shapes describeTable, listTables and fingerprint return. */

export interface TableSummary {
  schema: string;
  name: string;
  estimatedRows: number;
  bytes: number;
}

export interface ColumnInfo {
  name: string;
  /** Engine-native type as the catalog prints it, e.g. `numeric(32,16)` or `nvarchar(60)`. */
  dataType: string;
  nullable: boolean;
  ordinal: number;
  /** The collation text values sort by (PostgreSQL: the database's for `default`); null for types without one. */
  collation: string | null;
  /**
   * Computed by the database (SQL Server computed column, PostgreSQL `GENERATED ALWAYS AS … STORED`):
   * left out of every export and import, the target recomputes it. The catalogs always set it (and
   * identity); absent means false (definitions built by hand).
   */
  generated?: boolean;
  /** An identity column (SQL Server IDENTITY, PostgreSQL GENERATED … AS IDENTITY): its values are copied exactly. */
  identity?: boolean;
  /** PostgreSQL: binary COPY of this column embeds type OIDs the target does not share (an array or composite of a user-defined type). */
  embedsTypeOids?: boolean;
}

export interface IndexInfo {
  name: string;
  columns: string[];
  unique: boolean;
  primaryKey: boolean;
  /** Backs a primary-key, unique or exclusion constraint (dropped and recreated with it). */
  constraintBacked: boolean;
  /** SQL Server: the clustered index (the table's rows are stored in it). Always false on PostgreSQL. */
  clustered?: boolean;
  /**
   * Why the engine cannot drop and recreate this index faithfully (SQL Server: XML, spatial,
   * columnstore, hash or partitioned indexes), so prepare-table keeps it in place and the load
   * maintains it; null when it can.
   */
  unsupported?: string | null;
  definition: string;
  /** A partition's copy of its partitioned parent's index: it goes and comes back with the parent's. */
  inherited?: boolean;
}

export interface ConstraintInfo {
  name: string;
  kind: 'check' | 'unique' | 'foreign-key' | 'exclusion';
  definition: string;
  /** Inherited from a partitioned parent (or a foreign key's clone): it cannot be dropped on its own. */
  inherited?: boolean;
  /** A foreign key's referenced table. */
  references?: TableRef | null;
}

export interface TableDefinition {
  schema: string;
  name: string;
  columns: ColumnInfo[];
  primaryKey: { name: string; columns: string[] } | null;
  copyKey: CopyKey;
  indexes: IndexInfo[];
  constraints: ConstraintInfo[];
  rowCount: number;
  rowCountExact: boolean;
  bytes: number;
  /** Absent on engines without declarative partitioning. */
  partition?: PartitionInfo;
  /** Enabled user triggers (not the write guard, not internal), with how each is enabled. */
  triggers?: TriggerInfo[];
}

export interface SplitResult {
  /**
   * Sorted, distinct row values (one text per key column); n bounds make n + 1 ranges:
   * (−∞, b1), [b1, b2), … [bn, +∞).
   */
  bounds: string[][];
  /** True when the quantiles came from a sample of the table. */
  sampled: boolean;
}

export interface TableFingerprint {
  schema: string;
  name: string;
  exists: boolean;
  hash: string | null;
}
