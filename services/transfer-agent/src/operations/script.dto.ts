import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';

export class ServerMessageDto {
  /** @example 'info' */
  severity: string;
  /** @example 'Changed database context to MicrosoftDynamicsAX.' */
  message: string;
}

export class ResultSetDto {
  /** @example ['ACCOUNTNUM', 'NAME'] */
  columns: string[];
  /** @example [['C-000123', 'Contoso Retail']] */
  @ApiProperty({ type: 'array', items: { type: 'array', items: {} } })
  rows: unknown[][];
  truncated: boolean;
}

export class BatchResultDto {
  /** First line of the batch in the script. @example 12 */
  line: number;
  /** @example 1250 */
  rowsAffected: number;
}

export class ScriptResultDto {
  batches: BatchResultDto[];
  resultSet: ResultSetDto | null;
  messages: ServerMessageDto[];
}

/** A script recorded as ended in the framework table cutover.script_status. */
export class ScriptStatusRecordDto {
  /** @example 'delta.custtable-creditmax' */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, { message: 'scriptKey must be a package script key' })
  scriptKey: string;

  /** @example '9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e' */
  @Matches(/^[0-9a-f]{64}$/, { message: 'packageSha256 must be 64 lowercase hex digits' })
  packageSha256: string;

  /** @example 'delta' */
  @Matches(/^[a-z-]{1,20}$/, { message: 'phase must be a script phase' })
  phase: string;

  /** @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  @IsUUID()
  runId: string;
}

export class ScriptStatusRowDto {
  /** @example 'delta.custtable-creditmax' */
  scriptKey: string;
  /** @example '9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e' */
  packageSha256: string;
  /** The run whose script wrote the row: tells a script that committed before its agent restarted from one that did not. @example '3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d' */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  runId: string | null;
}

export class ReadScriptStatusResultDto {
  rows: ScriptStatusRowDto[];
}

export class ExecuteScriptParamsDto {
  /**
   * Record the script as ended in cutover.script_status, in the script's own transaction (live and
   * single-user preprocessing): the state of preprocessing lives with the data it describes.
   */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScriptStatusRecordDto)
  recordStatus?: ScriptStatusRecordDto;

  /** SQL text; lines holding only `GO` (or `GO n`) separate batches. @example 'UPDATE dbo.CUSTTABLE SET CREDITMAX = 0 WHERE CREDITMAX IS NULL' */
  @IsString()
  @MinLength(1)
  @MaxLength(10_000_000)
  sql: string;

  /** Named parameters. PostgreSQL scripts use `:name`, SQL Server scripts `@name`. @example {'company': 'dat'} */
  @IsOptional()
  @IsObject()
  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] },
  })
  parameters?: Record<string, string | number | boolean | null>;

  /** Cancel the script after this many seconds. @example 3600 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 3600)
  timeoutSeconds?: number;

  /** Run all batches in one transaction (default true). Set false for statements that cannot run in one. */
  @IsOptional()
  @IsBoolean()
  transaction?: boolean;

  /** Rows of the first result set to return (default 100). @example 1000 */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  maxRows?: number;
}
