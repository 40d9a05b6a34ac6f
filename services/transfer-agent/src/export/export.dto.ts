import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { TransferFormat } from '@cutover/contracts';

const toArray = ({ value }: { value: unknown }) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : value);

export class ExportQueryDto {
  /** Grant minted by the orchestrator for exactly this table, range, columns, format and operation. */
  @IsString()
  @MinLength(10)
  @MaxLength(4096)
  grant: string;

  @IsEnum(TransferFormat)
  format: TransferFormat;

  /** Id of the pulling agent's copy-range operation; the grant names it. */
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { message: 'operation must be an operation id (1-128 letters, digits, . _ : -)' })
  operation: string;

  /** Key columns of the range, in order (repeat the parameter); absent exports the whole table. */
  @IsOptional()
  @Transform(toArray)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MaxLength(128, { each: true })
  keyColumns?: string[];

  /** Inclusive lower bound: one value per key column, in their order (repeat the parameter); absent for an open start. */
  @IsOptional()
  @Transform(toArray)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MaxLength(1024, { each: true })
  from?: string[];

  /** Exclusive upper bound, like `from`; absent for an open end. */
  @IsOptional()
  @Transform(toArray)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MaxLength(1024, { each: true })
  to?: string[];

  /** Columns in the order the destination loads them; repeat the parameter. */
  @Transform(toArray)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4096)
  @IsString({ each: true })
  columns: string[];
}
