import { Transform, Type } from 'class-transformer';
import { TableRefDto } from '@cutover/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class TableSummaryDto {
  schema: string;
  name: string;
  /** From the statistics; may lag behind. */
  estimatedRows: number;
  /** Table, indexes and TOAST together. */
  bytes: number;
}

export class ColumnDto {
  name: string;
  /** Engine-native type, e.g. `numeric(32,16)`. */
  dataType: string;
  nullable: boolean;
  ordinal: number;
}

export class PrimaryKeyDto {
  name: string;
  columns: string[];
}

export class IndexDto {
  name: string;
  columns: string[];
  unique: boolean;
  primaryKey: boolean;
  /** Backs a primary-key, unique or exclusion constraint. */
  constraintBacked: boolean;
  definition: string;
}

export class ConstraintDto {
  name: string;
  kind: 'check' | 'unique' | 'foreign-key' | 'exclusion';
  definition: string;
}

export class TableDefinitionDto {
  schema: string;
  name: string;
  columns: ColumnDto[];
  primaryKey: PrimaryKeyDto | null;
  indexes: IndexDto[];
  constraints: ConstraintDto[];
  rowCount: number;
  /** True when rowCount was counted, false when it is the statistics' estimate. */
  rowCountExact: boolean;
  bytes: number;
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
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  tables: TableRefDto[];
}

export class TableFingerprintDto {
  schema: string;
  name: string;
  exists: boolean;
  /** sha256 of columns, types, nullability, keys, indexes and constraints; null when the table does not exist. */
  hash: string | null;
}

export class FingerprintDto {
  /** sha256 over all tables' hashes in the order asked. */
  hash: string;
  tables: TableFingerprintDto[];
}

export class RangesQueryDto {
  /** Column to split on: a unique, non-null key (usually the single-column primary key). */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  keyColumn: string;

  /** How many ranges of about equal rows. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(10_000)
  parts: number;
}

export class RangesDto {
  keyColumn: string;
  /** Sorted inner bounds: n bounds make n + 1 ranges (−∞, b1), [b1, b2), …, [bn, +∞). */
  bounds: string[];
  /** The quantiles came from a sample of the table (large tables). */
  sampled: boolean;
}
