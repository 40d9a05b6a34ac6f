import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { TableRefDto } from '@cutover/common';

/**
 * Parameters and results of read-table-sequences and set-table-sequences: the sequences columns own
 * (identity and serial), and sequence objects a package names.
 */

export class ReadTableSequencesParamsDto {
  /** Tables whose columns' own sequences (PostgreSQL identity/serial, SQL Server IDENTITY) to read. */
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  tables: TableRefDto[];

  /** Sequence objects by schema and name (SQL Server 2012 or later), read whether or not a column owns them. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  named?: TableRefDto[];
}

export class NamedSequenceValueDto {
  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  sequence: TableRefDto;

  /** The last value handed out on the source; null when none was (the sequence starts afresh). @example '5637144576' */
  @IsOptional()
  @IsString()
  @Matches(/^-?\d{1,38}$/, { message: '$property must be an integer (at most 38 digits) as text' })
  lastValue: string | null;
}

export class NamedSequenceDto extends NamedSequenceValueDto {
  /** False when the database read has no such sequence. */
  found: boolean;
}

export class NamedSequenceResultDto {
  sequence: TableRefDto;
  /** The value set; null when nothing was set. @example '5637144576' */
  value: string | null;
  set: boolean;
  /** Why nothing was set. @example 'already at or above the value' */
  reason?: string;
}

export class TableSequenceValueDto {
  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  table: TableRefDto;

  /** @example 'RECID' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  column: string;

  /** The last value handed out on the source; null when none was (the sequence starts afresh). @example '5637144576' */
  @IsOptional()
  @IsString()
  @Matches(/^-?\d{1,38}$/, { message: '$property must be an integer (at most 38 digits) as text' })
  lastValue: string | null;
}

export class TableSequenceDto extends TableSequenceValueDto {
  /** The sequence's name on the database read (SQL Server: the table's identity). @example 'dbo.SEQ_CUSTTABLE_RECID' */
  sequence: string;
}

export class SetTableSequencesParamsDto {
  @IsArray()
  @ArrayMaxSize(100_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableSequenceValueDto)
  values: TableSequenceValueDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => NamedSequenceValueDto)
  named?: NamedSequenceValueDto[];
}

export class ReadTableSequencesResultDto {
  sequences: TableSequenceDto[];
  named: NamedSequenceDto[];
}

export class TableSequenceResultDto {
  table: TableRefDto;
  /** @example 'RECID' */
  column: string;
  /** The target's sequence; null when the column has none there. @example 'dbo.SEQ_CUSTTABLE_RECID' */
  sequence: string | null;
  /** The value set; null when nothing was set. @example '5637144576' */
  value: string | null;
  set: boolean;
  /** Why nothing was set. @example 'already at or above the value' */
  reason?: string;
}

export class SetTableSequencesResultDto {
  results: TableSequenceResultDto[];
  named: NamedSequenceResultDto[];
}
