import { IsBoolean, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';

export class ServerMessageDto {
  severity: string;
  message: string;
}

export class ResultSetDto {
  columns: string[];
  @ApiProperty({ type: 'array', items: { type: 'array', items: {} } })
  rows: unknown[][];
  truncated: boolean;
}

export class BatchResultDto {
  /** First line of the batch in the script. */
  line: number;
  rowsAffected: number;
}

export class ScriptResultDto {
  batches: BatchResultDto[];
  resultSet: ResultSetDto | null;
  messages: ServerMessageDto[];
}

export class ExecuteScriptParamsDto {
  /** SQL text; lines holding only `GO` (or `GO n`) separate batches. */
  @IsString()
  @MinLength(1)
  @MaxLength(10_000_000)
  sql: string;

  /** Named parameters. PostgreSQL scripts use `:name`, SQL Server scripts `@name`. */
  @IsOptional()
  @IsObject()
  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: { nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
  })
  parameters?: Record<string, string | number | boolean | null>;

  /** Cancel the script after this many seconds. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 3600)
  timeoutSeconds?: number;

  /** Run all batches in one transaction (default true). Set false for statements that cannot run in one. */
  @IsOptional()
  @IsBoolean()
  transaction?: boolean;

  /** Rows of the first result set to return (default 100). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  maxRows?: number;
}
