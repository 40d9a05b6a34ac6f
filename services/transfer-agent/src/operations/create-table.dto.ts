import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';

export class ColumnShapeDto {
  /** @example 'ACCOUNTNUM' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  name: string;

  /** The type as the other system's catalog printed it (e.g. `numeric(32,16)`); refused unless it looks like a type name. @example 'nvarchar(20)' */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  dataType: string;

  @IsBoolean()
  nullable: boolean;

  /** @example 3 */
  @IsInt()
  @Min(1)
  ordinal: number;
}

export class PrimaryKeyShapeDto {
  /** @example 'PK_CUSTTABLE' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  name: string;

  /** @example ['DATAAREAID', 'ACCOUNTNUM'] */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(128, { each: true })
  columns: string[];
}

/** A table to create where it is missing: its columns and primary key (as another agent's catalog reported them). */
export class CreateTableParamsDto {
  /** @example 'dbo' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  schema: string;

  /** @example 'CUSTTABLE' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  name: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4096)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ColumnShapeDto)
  columns: ColumnShapeDto[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PrimaryKeyShapeDto)
  @ApiProperty({ type: PrimaryKeyShapeDto, nullable: true, required: false })
  primaryKey?: PrimaryKeyShapeDto | null;
}

export class CreateTableResultDto {
  /** False when the table existed already: nothing was done. */
  created: boolean;
}
