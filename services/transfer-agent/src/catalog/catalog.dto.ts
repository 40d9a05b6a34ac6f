import { Transform, Type } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import { TableRefDto } from '@cutover/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toArray = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

export class TableSummaryDto {
  /** @example 'dbo' */
  schema: string;
  /** @example 'CUSTTABLE' */
  name: string;
  /** From the statistics; may lag behind. @example 1250000 */
  estimatedRows: number;
  /** Table, indexes and TOAST together. @example 734003200 */
  bytes: number;
}

export class ColumnDto {
  /** @example 'ACCOUNTNUM' */
  name: string;
  /** Engine-native type, e.g. `numeric(32,16)`. @example 'nvarchar(20)' */
  dataType: string;
  nullable: boolean;
  /** @example 3 */
  ordinal: number;
  /** The collation text values sort by (PostgreSQL: the database's for `default`); null for types without one. @example 'SQL_Latin1_General_CP1_CI_AS' */
  collation: string | null;
  /** Computed by the database (SQL Server computed, PostgreSQL generated column): left out of copies, the target recomputes it. */
  generated?: boolean;
  /** An identity column: its values are copied exactly. */
  identity?: boolean;
  /** PostgreSQL: binary COPY of the column embeds type OIDs another database does not share (array or composite of a user-defined type). */
  embedsTypeOids?: boolean;
}

/**
 * The columns a copy cuts the table into key ranges on: the primary key; else a unique index whose
 * columns are all NOT NULL (SQL Server: the clustered one first, then one holding RECID, then the
 * narrowest). Empty columns: no usable key, the table is copied as one range.
 */
export class CopyKeyDto {
  /** @example ['RECID'] */
  columns: string[];
  /** The primary key or unique index the columns come from; null when there is none. @example 'I_077RECID' */
  index: string | null;
  /** Why these columns (`primary key PK_X`, `unique index I_X (clustered)`), or why there are none. @example 'unique index I_077RECID (clustered)' */
  reason: string;
}

export class PrimaryKeyDto {
  /** @example 'PK_CUSTTABLE' */
  name: string;
  /** @example ['DATAAREAID', 'ACCOUNTNUM'] */
  columns: string[];
}

export class IndexDto {
  /** @example 'I_077RECID' */
  name: string;
  /** @example ['RECID'] */
  columns: string[];
  unique: boolean;
  primaryKey: boolean;
  /** Backs a primary-key, unique or exclusion constraint. */
  constraintBacked: boolean;
  /** SQL Server: the clustered index. */
  clustered?: boolean;
  /** Why the engine cannot drop and recreate it faithfully (XML, spatial, columnstore, partitioned): prepare-table keeps it. Null: it can. @example 'filtered index' */
  unsupported?: string | null;
  /** @example 'CREATE UNIQUE CLUSTERED INDEX I_077RECID ON dbo.CUSTTABLE (RECID)' */
  definition: string;
  /** A partition's copy of its partitioned parent's index (dropped and recreated with the parent's). */
  inherited?: boolean;
}

export class ConstraintDto {
  /** @example 'CK_CUSTTABLE_CREDITMAX' */
  name: string;
  kind: 'check' | 'unique' | 'foreign-key' | 'exclusion';
  /** @example 'CHECK (CREDITMAX >= 0)' */
  definition: string;
  /** Inherited from a partitioned parent: it cannot be dropped on its own. */
  inherited?: boolean;
  /** A foreign key's referenced table. */
  references?: TableRefDto | null;
}

/** Where a table sits in a partition hierarchy (PostgreSQL declarative partitioning). */
export class PartitionInfoDto {
  /** A partitioned table holds no rows itself: its leaf partitions do. */
  partitioned: boolean;
  /** The partitioned table this one is a partition of. */
  parent: TableRefDto | null;
}

export class TriggerInfoDto {
  /** @example 'CUSTTABLE_UPDATE_TRG' */
  name: string;
  /** How the trigger is enabled: `origin`, `always` or `replica`. */
  enabled: 'origin' | 'always' | 'replica';
}

export class TableDefinitionDto {
  /** @example 'dbo' */
  schema: string;
  /** @example 'CUSTTABLE' */
  name: string;
  columns: ColumnDto[];
  primaryKey: PrimaryKeyDto | null;
  copyKey: CopyKeyDto;
  indexes: IndexDto[];
  constraints: ConstraintDto[];
  /** @example 1250000 */
  rowCount: number;
  /** True when rowCount was counted, false when it is the statistics' estimate. */
  rowCountExact: boolean;
  /** @example 734003200 */
  bytes: number;
  /** Absent on engines without declarative partitioning. */
  partition?: PartitionInfoDto;
  /** Enabled user triggers, which prepare-table disables for the load and finish-table enables again. */
  triggers?: TriggerInfoDto[];
}

export class DescribeTableQueryDto {
  /** Count the rows exactly (a full scan) instead of using the estimate. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  exactCount?: boolean;
}

export class FingerprintRequestDto {
  /** The tables, in the order their hashes are combined. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  tables: TableRefDto[];
}

export class TableFingerprintDto {
  /** @example 'dbo' */
  schema: string;
  /** @example 'CUSTTABLE' */
  name: string;
  exists: boolean;
  /** sha256 of columns, types, nullability, keys, indexes and constraints; null when the table does not exist. @example '5e8a1c0f9b2d' */
  hash: string | null;
}

export class FingerprintDto {
  /** sha256 over all tables' hashes in the order asked. @example 'c41f7a92e0b3' */
  hash: string;
  tables: TableFingerprintDto[];
}

export class RangesQueryDto {
  /**
   * Columns to split on, in order (repeat the parameter): NOT NULL, and unique together for ranges
   * of equal rows. Default: the table's copy key.
   */
  @IsOptional()
  @Transform(toArray)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(128, { each: true })
  keyColumns?: string[];

  /** How many ranges of about equal rows. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(10_000)
  parts: number;
}

export class RangesDto {
  /** @example ['DATAAREAID', 'RECID'] */
  keyColumns: string[];
  // An explicit schema: the swagger plugin turns string[][] into an invalid one (`required` inside `items`).
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    example: [
      ['dat', '5637144576'],
      ['dat', '5637244576'],
    ],
    description:
      'Sorted inner bounds, each a row value (one text per key column): n bounds make n + 1 ranges (−∞, b1), [b1, b2), …, [bn, +∞), compared lexicographically over the key columns.',
  })
  bounds: string[][];
  /** The quantiles came from a sample of the table (large tables). */
  sampled: boolean;
}
