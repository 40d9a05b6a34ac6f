import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TableRefDto } from '@cutover/common';
import { ScriptPhase } from './manifest';

const KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export class SqlByEngineDto {
  /** @example 'UPDATE dbo.custtable SET creditmax = 0 WHERE creditmax IS NULL' */
  @IsOptional()
  @IsString()
  @MaxLength(5_000_000)
  postgres?: string;

  /** @example 'UPDATE dbo.CUSTTABLE SET CREDITMAX = 0 WHERE CREDITMAX IS NULL' */
  @IsOptional()
  @IsString()
  @MaxLength(5_000_000)
  mssql?: string;
}

export class ScriptDto {
  /** @example 'live.custtable-creditmax' */
  @Matches(KEY, { message: 'key must be 1-128 letters, digits, . _ : -' })
  key: string;

  @IsEnum(ScriptPhase)
  phase: ScriptPhase;

  /** @example 'Moves customer credit limits into the new CUSTTABLE columns' */
  @IsString()
  @MaxLength(2000)
  description: string;

  /** Keys of scripts that must end first. @example ['preprocessing.validate-custtable'] */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  dependsOn?: string[];

  /** Tables the script reads. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  reads?: TableRefDto[];

  /** Tables the script writes. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  writes?: TableRefDto[];

  @IsObject()
  @ValidateNested()
  @Type(() => SqlByEngineDto)
  sql: SqlByEngineDto;
}

export class ManualTaskDto {
  /** @example 'stop-aos' */
  @Matches(KEY)
  key: string;

  /** @example 'Stop the AOS services' */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  /** @example 'Stop every AOS instance so no client writes to production.' */
  @IsString()
  @MaxLength(4000)
  description: string;

  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

export class NumberSequenceDto {
  /** e.g. CRM_1 (party numbers) or CRM_2 (location numbers). @example 'CRM_1' */
  @Matches(KEY)
  key: string;

  /** @example 'Party numbers' */
  @IsString()
  @MaxLength(200)
  description: string;

  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  table: TableRefDto;

  /** The column holding the sequence's code (AX: NUMBERSEQUENCE), equal to `key`. @example 'NUMBERSEQUENCE' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  keyColumn: string;

  /**
   * Every column that identifies one sequence row, `keyColumn` among them: AX keeps one row per
   * company, so ["DATAAREAID", "NUMBERSEQUENCE"]; preview and apply then work per company.
   * Default: [keyColumn] (one row per sequence).
   * @example ['DATAAREAID', 'NUMBERSEQUENCE']
   */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(128, { each: true })
  keyColumns?: string[];

  /** @example 'NEXTREC' */
  @IsString()
  @MinLength(1)
  nextColumn: string;

  /** @example 'HIGHEST' */
  @IsString()
  @MinLength(1)
  maxColumn: string;
}

export class TableRenameDto {
  /** The source (shadow) table. */
  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  from: TableRefDto;

  /** The target table it is copied into. */
  @IsObject()
  @ValidateNested()
  @Type(() => TableRefDto)
  to: TableRefDto;
}

export class CopyRulesDto {
  /** Table patterns in the copy set: schema and name each match case-insensitively, `*` for any characters. */
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  include: TableRefDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  exclude?: TableRefDto[];

  /** Source (shadow) tables copied into a target table of another name. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRenameDto)
  rename?: TableRenameDto[];
}

export class UploadPackageDto {
  /** @example 'AX2012-R3-upgrade' */
  @Matches(KEY)
  name: string;

  /** @example '1.4.0' */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/, { message: 'version must be 1-64 letters, digits, . _ + -' })
  version: string;

  /** @example 'AX 2009 to AX 2012 R3 customer and inventory upgrade scripts' */
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @IsArray()
  @ArrayMaxSize(20_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ScriptDto)
  scripts: ScriptDto[];

  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ManualTaskDto)
  manualTasks?: ManualTaskDto[];

  /** Framework tables (script status, delta watermarks, …) that state transfer moves. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  frameworkTables?: TableRefDto[];

  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => NumberSequenceDto)
  numberSequences?: NumberSequenceDto[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CopyRulesDto)
  copyRules?: CopyRulesDto;

  /**
   * Sequence objects to carry over by name after the copy, as pgcopydb does: set on the target so
   * its next value follows the source's last (SQL Server: 2012 or later). The sequences identity and
   * serial columns own are carried without being named.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  sequences?: TableRefDto[];
}

export class PackageSummaryDto {
  /** @example '0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d' */
  id: string;
  /** @example 'AX2012-R3-upgrade' */
  name: string;
  /** @example '1.4.0' */
  version: string;
  /** @example '9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e' */
  sha256: string;
  /** @example 24 */
  scripts: number;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
  /** Used by an upgrade: immutable. */
  inUse: boolean;
  /** Things in the package's T-SQL worth a second look (USE, #temp tables across batches): shown, never refused. @example ['CUSTTABLE has no clustered index: its key ranges are read with a sort'] */
  advisories: string[];
}

export class PackageDto extends PackageSummaryDto {
  manifest: UploadPackageDto;
}

export class PackagePageDto {
  items: PackageSummaryDto[];
  /** @example 1 */
  total: number;
  /** @example 50 */
  limit: number;
  /** @example 0 */
  offset: number;
}
