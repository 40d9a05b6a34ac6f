import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { TableRefDto } from '@cutover/common';

const INTEGER = /^-?\d{1,38}$/;
const INTEGER_MESSAGE = '$property must be an integer (at most 38 digits) as text';

/** A number sequence table: the columns that identify one sequence row and those holding its values. */
export class SequenceColumnsDto {
  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  table: TableRefDto;

  /** Columns that identify one sequence row, e.g. ["DATAAREAID", "NUMBERSEQUENCE"] (one row per company). @example ['DATAAREAID', 'NUMBERSEQUENCE'] */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(128, { each: true })
  keyColumns: string[];

  /** @example 'NEXTREC' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  nextColumn: string;

  /** @example 'HIGHEST' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  maxColumn: string;
}

export class ColumnValueDto {
  /** One of the sequence's key columns. @example 'DATAAREAID' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  column: string;

  /** @example 'dat' */
  @IsString()
  @MaxLength(256)
  value: string;
}

export class ReadNumberSequencesParamsDto {
  @IsObject()
  @ValidateNested()
  @Type(() => SequenceColumnsDto)
  sequence: SequenceColumnsDto;

  /** Key columns and the values they must equal, e.g. [{ column: "NUMBERSEQUENCE", value: "CRM_1" }]. */
  @IsArray()
  @ArrayMaxSize(8)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ColumnValueDto)
  match: ColumnValueDto[];
}

export class SetNumberSequenceParamsDto {
  @IsObject()
  @ValidateNested()
  @Type(() => SequenceColumnsDto)
  sequence: SequenceColumnsDto;

  /** The row's key values as text, in keyColumns order. @example ['dat', 'CRM_1'] */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MaxLength(256, { each: true })
  key: string[];

  /** @example '1250' */
  @Matches(INTEGER, { message: INTEGER_MESSAGE })
  next: string;

  /** @example '99999999' */
  @Matches(INTEGER, { message: INTEGER_MESSAGE })
  max: string;

  /** The row is written only if it still holds these (what the operator confirmed). @example '1250' */
  @Matches(INTEGER, { message: INTEGER_MESSAGE })
  expectedNext: string;

  /** @example '99999999' */
  @Matches(INTEGER, { message: INTEGER_MESSAGE })
  expectedMax: string;
}

export class SequenceRowDto {
  /** Key values as text, in keyColumns order. @example ['dat', 'CRM_1'] */
  key: string[];
  /** @example '1250' */
  @ApiProperty({ type: String, nullable: true })
  next: string | null;
  /** @example '99999999' */
  @ApiProperty({ type: String, nullable: true })
  max: string | null;
}

export class ReadNumberSequencesResultDto {
  rows: SequenceRowDto[];
}

export class SetNumberSequenceResultDto {
  /** 1 when written; 0 when the row no longer held the expected values (or does not exist). @example 1 */
  updated: number;
}
