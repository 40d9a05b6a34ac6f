import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/**
 * A key range over the copy key's columns, compared as row values: `(a, b) >= from` and
 * `(a, b) < to`. Each bound holds one value per key column, as text (bigints too).
 */
export class KeyRangeDto {
  /** Columns the range is taken on, in order: the table's copy key (a primary key or unique index over NOT NULL columns). @example ['DATAAREAID', 'RECID'] */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(128, { each: true })
  keyColumns: string[];

  /** Inclusive lower bound, one value per key column; null or absent for an open start. @example ['dat', '5637144576'] */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MaxLength(1024, { each: true })
  from?: string[] | null;

  /** Exclusive upper bound, one value per key column; null or absent for an open end. @example ['dat', '5637244576'] */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MaxLength(1024, { each: true })
  to?: string[] | null;
}
