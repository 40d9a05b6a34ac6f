import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
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
  @IsOptional()
  @IsString()
  @MaxLength(5_000_000)
  postgres?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5_000_000)
  mssql?: string;
}

export class ScriptDto {
  @Matches(KEY, { message: 'key must be 1-128 letters, digits, . _ : -' })
  key: string;

  @IsEnum(ScriptPhase)
  phase: ScriptPhase;

  @IsString()
  @MaxLength(2000)
  description: string;

  /** Keys of scripts that must end first. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  dependsOn?: string[];

  /** Tables the script reads. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  reads?: TableRefDto[];

  /** Tables the script writes. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  writes?: TableRefDto[];

  @ValidateNested()
  @Type(() => SqlByEngineDto)
  sql: SqlByEngineDto;
}

export class ManualTaskDto {
  @Matches(KEY)
  key: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @IsString()
  @MaxLength(4000)
  description: string;

  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

export class NumberSequenceDto {
  /** e.g. CRM_1 (party numbers) or CRM_2 (location numbers). */
  @Matches(KEY)
  key: string;

  @IsString()
  @MaxLength(200)
  description: string;

  @ValidateNested()
  @Type(() => TableRefDto)
  table: TableRefDto;

  /** The column holding the sequence's code (AX: NUMBERSEQUENCE), equal to `key`. */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  keyColumn: string;

  /**
   * Every column that identifies one sequence row, `keyColumn` among them: AX keeps one row per
   * company, so ["DATAAREAID", "NUMBERSEQUENCE"]; preview and apply then work per company.
   * Default: [keyColumn] (one row per sequence).
   */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(128, { each: true })
  keyColumns?: string[];

  @IsString()
  @MinLength(1)
  nextColumn: string;

  @IsString()
  @MinLength(1)
  maxColumn: string;
}

export class TableRenameDto {
  /** The source (shadow) table. */
  @ValidateNested()
  @Type(() => TableRefDto)
  from: TableRefDto;

  /** The target table it is copied into. */
  @ValidateNested()
  @Type(() => TableRefDto)
  to: TableRefDto;
}

export class CopyRulesDto {
  /** Table patterns in the copy set: schema and name each match case-insensitively, `*` for any characters. */
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  include: TableRefDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  exclude?: TableRefDto[];

  /** Source (shadow) tables copied into a target table of another name. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => TableRenameDto)
  rename?: TableRenameDto[];
}

export class UploadPackageDto {
  @Matches(KEY)
  name: string;

  @Matches(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/, { message: 'version must be 1-64 letters, digits, . _ + -' })
  version: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @IsArray()
  @ArrayMaxSize(20_000)
  @ValidateNested({ each: true })
  @Type(() => ScriptDto)
  scripts: ScriptDto[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ManualTaskDto)
  manualTasks?: ManualTaskDto[];

  /** Framework tables (script status, delta watermarks, …) that state transfer moves. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  frameworkTables?: TableRefDto[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NumberSequenceDto)
  numberSequences?: NumberSequenceDto[];

  @IsOptional()
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
  @ValidateNested({ each: true })
  @Type(() => TableRefDto)
  sequences?: TableRefDto[];
}

export class PackageSummaryDto {
  id: string;
  name: string;
  version: string;
  sha256: string;
  scripts: number;
  createdAt: string;
  /** Used by an upgrade: immutable. */
  inUse: boolean;
  /** Things in the package's T-SQL worth a second look (USE, #temp tables across batches): shown, never refused. */
  advisories: string[];
}

export class PackageDto extends PackageSummaryDto {
  manifest: UploadPackageDto;
}

export class PackagePageDto {
  items: PackageSummaryDto[];
  total: number;
  limit: number;
  offset: number;
}
