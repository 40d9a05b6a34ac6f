import { TableRefDto } from '@cutover/common';

export class SessionDto {
  /** Engine session id (PostgreSQL backend pid, SQL Server session_id). @example '57' */
  sessionId: string;
  /** @example 'ax_upgrade' */
  login: string;
  /** @example 'AXSRV01' */
  host: string | null;
  /** @example 'Microsoft Dynamics AX' */
  application: string | null;
  /** When the session connected. @example '2026-12-01T20:15:00.000Z' */
  since: string | null;
  /** @example 'sleeping' */
  state: string | null;
  /** Uses the agent's own login: the one admin single-user mode admits. */
  ownLogin: boolean;
  /** One of this agent's own connections. */
  agentConnection: boolean;
}

/** A session of another login that the single-user watchdog ended. */
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

/** Writes of one login to one table that the single-user write guard recorded. */
export class SingleUserWriteDto {
  table: TableRefDto;
  /** @example 'ax_upgrade' */
  login: string;
  /** Write statements (PostgreSQL) or trigger firings (SQL Server). @example 2 */
  statements: number;
  /** Rows inserted, updated or deleted. @example 3 */
  rows: number;
  /** A TRUNCATE was among them (PostgreSQL; its rows are not counted). */
  truncated: boolean;
  /** @example '2026-12-01T20:15:00.000Z' */
  firstAt: string;
  /** @example '2026-12-01T21:40:12.000Z' */
  lastAt: string;
  /** Client addresses or host names the writes came from. @example ['AXSRV01', 'AXBATCH02'] */
  clients: string[];
}

export class SingleUserStatusDto {
  /** The watchdog is ending other logins' sessions (the database is in single-user mode). */
  active: boolean;
  /** When this agent started watching (entry, or its own restart). @example '2026-12-01T20:15:00.000Z' */
  since: string | null;
  /** Sessions of other logins it ended since then, oldest first (at most the last 1,000). */
  attempts: SingleUserAttemptDto[];
  /** Tables carrying the write guard (0 outside single-user mode). @example 412 */
  guardedTables: number;
  /** Writes by other logins since single-user mode was entered (kept after exit until the next entry); empty is good. */
  writes: SingleUserWriteDto[];
}
