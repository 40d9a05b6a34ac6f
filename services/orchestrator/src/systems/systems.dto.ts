import { TableRefDto } from '@cutover/common';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { SystemMode, SystemRole } from './system.entity';

export class CreateSystemDto {
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'name must be 1-100 letters, digits, . _ -' })
  name: string;

  @IsEnum(SystemRole)
  role: SystemRole;

  /** The agent next to this database. */
  @IsUUID()
  agentId: string;
}

export class SystemDto {
  id: string;
  name: string;
  role: SystemRole;
  agentId: string;
  mode: SystemMode;
  engine: string;
  serverVersion: string;
  database: string;
  /** When single-user mode was entered, and by whom (null while online). */
  singleUserSince: string | null;
  singleUserBy: string | null;
  createdAt: string;
}

export class EnterSingleUserDto {
  /** End the sessions of other logins instead of refusing (409 lists them). */
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

export class LoginChangeDto {
  table: TableRefDto;
  login: string;
  /** Rows inserted, updated or deleted. */
  changes: number;
  /** Write statements (PostgreSQL) or trigger firings (SQL Server). */
  statements: number;
  /** A TRUNCATE was among them (its rows are not counted). */
  truncated: boolean;
  /** Client addresses or host names the writes came from. */
  clients: string[];
}

export class SingleUserViolationsDto {
  /** Writes by logins other than the agent's to any table since single-user mode was entered; empty is good. */
  changes: LoginChangeDto[];
  /** Tables the agent's write guard covers (every table of the database while in single-user mode). */
  guardedTables: number;
  /** Sessions of other logins the agent's watchdog ended since single-user mode was entered (or the agent restarted). */
  attempts: SingleUserAttemptDto[];
}

export class SingleUserAttemptDto {
  login: string;
  host: string | null;
  application: string | null;
  connectedAt: string | null;
  endedAt: string;
}

export class SystemPageDto {
  items: SystemDto[];
  total: number;
  limit: number;
  offset: number;
}
