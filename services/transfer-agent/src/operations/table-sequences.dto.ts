import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { TableRefDto } from '@cutover/common';

/** Parameters and results of read-table-sequences and set-table-sequences (identity and serial sequences). */

export class ReadTableSequencesParamsDto {
  /** Tables whose columns' own sequences (PostgreSQL identity/serial, SQL Server IDENTITY) to read. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  tables: TableRefDto[];
}

export class TableSequenceValueDto {
  @ValidateNested()
  @Type(() => TableRefDto)
  table: TableRefDto;

  @IsString()
  @MinLength(1)
  @MaxLength(128)
  column: string;

  /** The last value handed out on the source; null when none was (the sequence starts afresh). */
  @IsOptional()
  @IsString()
  @Matches(/^-?\d{1,38}$/, { message: '$property must be an integer (at most 38 digits) as text' })
  lastValue: string | null;
}

export class TableSequenceDto extends TableSequenceValueDto {
  /** The sequence's name on the database read (SQL Server: the table's identity). */
  sequence: string;
}

export class SetTableSequencesParamsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100_000)
  @ValidateNested({ each: true })
  @Type(() => TableSequenceValueDto)
  values: TableSequenceValueDto[];
}

export class ReadTableSequencesResultDto {
  sequences: TableSequenceDto[];
}

export class TableSequenceResultDto {
  table: TableRefDto;
  column: string;
  /** The target's sequence; null when the column has none there. */
  sequence: string | null;
  /** The value set; null when nothing was set. */
  value: string | null;
  set: boolean;
  /** Why nothing was set. */
  reason?: string;
}

export class SetTableSequencesResultDto {
  results: TableSequenceResultDto[];
}
