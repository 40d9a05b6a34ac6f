import { TableRefDto } from '@cutover/common';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { SystemMode, SystemRole } from './system.entity';

export class CreateSystemDto {
  /** @example 'ax-production' */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'name must be 1-100 letters, digits, . _ -' })
  name: string;

  @IsEnum(SystemRole)
  role: SystemRole;

  /** The agent next to this database. @example '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918' */
  @IsUUID()
  agentId: string;
}

export class SystemDto {
  /** @example '6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d' */
  id: string;
  /** @example 'ax-production' */
  name: string;
  role: SystemRole;
  /** @example '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918' */
  agentId: string;
  mode: SystemMode;
  /** @example 'mssql' */
  engine: string;
  /** @example '16.0.4135.4' */
  serverVersion: string;
  /** @example 'MicrosoftDynamicsAX' */
  database: string;
  /** When single-user mode was entered, and by whom (null while online). @example '2026-12-01T20:15:00.000Z' */
  singleUserSince: string | null;
  /** @example 'key:ops-lead' */
  singleUserBy: string | null;
  /** @example '2026-12-01T20:15:00.000Z' */
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
  /** @example 'ax_upgrade' */
  login: string;
  /** Rows inserted, updated or deleted. @example 3 */
  changes: number;
  /** Write statements (PostgreSQL) or trigger firings (SQL Server). @example 2 */
  statements: number;
  /** A TRUNCATE was among them (its rows are not counted). */
  truncated: boolean;
  /** Client addresses or host names the writes came from. @example ['AXSRV01', 'AXBATCH02'] */
  clients: string[];
}

export class SingleUserViolationsDto {
  /** Writes by logins other than the agent's to any table since single-user mode was entered; empty is good. */
  changes: LoginChangeDto[];
  /** Tables the agent's write guard covers (every table of the database while in single-user mode). @example 412 */
  guardedTables: number;
  /** Sessions of other logins the agent's watchdog ended since single-user mode was entered (or the agent restarted). */
  attempts: SingleUserAttemptDto[];
}

export class SingleUserAttemptDto {
  /** @example 'ax_upgrade' */
  login: string;
  /** @example 'AXSRV01' */
  host: string | null;
  /** @example 'Microsoft Dynamics AX' */
  application: string | null;
  /** @example '2026-12-01T20:15:00.000Z' */
  connectedAt: string | null;
  /** @example '2026-12-01T21:40:12.000Z' */
  endedAt: string;
}

export class SystemPageDto {
  items: SystemDto[];
  /** @example 1 */
  total: number;
  /** @example 50 */
  limit: number;
  /** @example 0 */
  offset: number;
}
