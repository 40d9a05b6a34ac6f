import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TableRefDto } from '@cutover/common';
import { ChecksumAlgorithm, TransferFormat } from '@cutover/contracts';
import { KeyRangeDto } from './key-range.dto';

/** Parameters and results of the copy operations: prepare-table, finish-table, copy-range, checksum-range. */

export class TableParamsDto {
  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  table: TableRefDto;
}

export class DeferredObjectDto {
  @IsIn(['index', 'check', 'unique', 'foreign-key', 'exclusion', 'trigger'])
  kind: 'index' | 'check' | 'unique' | 'foreign-key' | 'exclusion' | 'trigger';

  /** @example 'CUSTTABLE_UPDATE_TRG' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  name: string;

  /** Engine DDL as returned by prepare-table. @example 'CREATE TRIGGER CUSTTABLE_UPDATE_TRG ON dbo.CUSTTABLE AFTER UPDATE AS SET NOCOUNT ON' */
  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  definition: string;
}

export class FinishTableParamsDto extends TableParamsDto {
  /** The objects prepare-table returned. */
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DeferredObjectDto)
  objects: DeferredObjectDto[];
}

export class RangeParamsDto extends TableParamsDto {
  /** Absent: the whole table. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => KeyRangeDto)
  range?: KeyRangeDto;

  /**
   * Columns to transfer or hash, in order; default: all columns of the (destination) table that the
   * database does not compute (computed and generated columns are recomputed by the target).
   * @example ['ACCOUNTNUM', 'CREDITMAX', 'DATAAREAID', 'RECID']
   */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4096)
  @IsString({ each: true })
  columns?: string[];

  /**
   * How many ranges the table is loaded in, this one included (a locking hint for the importer;
   * absent: unknown). SQL Server takes a table lock (TABLOCK, minimal logging) only when one range
   * loads a heap; with several ranges each loads under row locks, so they run side by side.
   * @example 13
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  rangesInTable?: number;
}

export class ChecksumParamsDto extends RangeParamsDto {
  /** Absent: the engine's fastest algorithm for these columns. Ask for one to compare with a checksum taken elsewhere. */
  @IsOptional()
  @IsEnum(ChecksumAlgorithm)
  algorithm?: ChecksumAlgorithm;
}

export class CopySourceDto {
  /** Base URL of the source agent. @example 'https://ax-sql-01.contoso.local:8443' */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  url: string;

  /** Source table; defaults to the destination table's schema and name. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  table?: TableRefDto;

  /**
   * Export grant minted with the source agent's token for this table, range, columns, format and
   * operation id. Short-lived: while the operation waits in the queue the orchestrator replaces it
   * through `PUT /v1/operations/{id}/grant`.
   * @example 'eyJhbGciOiJFZERTQSJ9.eyJ0YWJsZSI6ImRiby5DVVNUVEFCTEUifQ.c2lnbmF0dXJl'
   */
  @IsString()
  @MinLength(10)
  @MaxLength(4096)
  grant: string;
}

export class CopyRangeParamsDto extends RangeParamsDto {
  @IsObject()
  @ValidateNested()
  @Type(() => CopySourceDto)
  source: CopySourceDto;

  /** Wire format; default: the best format both engines share. */
  @IsOptional()
  @IsEnum(TransferFormat)
  format?: TransferFormat;
}

export class PrepareTableResultDto {
  /** What was dropped; pass it to finish-table. */
  objects: DeferredObjectDto[];
  /** @example 0 */
  rowsBefore: number;
}

export class FinishTableResultDto {
  /** @example ['I_077ACCOUNTIDX', 'FK_CUSTTRANS_CUSTTABLE'] */
  created: string[];
  /** Already present, left as they were. @example ['I_077RECID'] */
  skipped: string[];
}

export class CopyRangeResultDto {
  /** @example 100000 */
  rows: number;
  /** @example 58720256 */
  bytes: number;
  /** Rows the range held before, deleted in the same transaction (non-zero on a retry). @example 0 */
  deletedFirst: number;
  format: TransferFormat;
}

export class ChecksumResultDto {
  /** @example 1250000 */
  rows: number;
  /** Order-independent content hash; equal on both sides when the rows are equal (under the same algorithm). @example 'a3f5c9e1d2b4' */
  checksum: string;
  algorithm: ChecksumAlgorithm;
}
