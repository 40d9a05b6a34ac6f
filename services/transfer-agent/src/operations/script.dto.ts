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
