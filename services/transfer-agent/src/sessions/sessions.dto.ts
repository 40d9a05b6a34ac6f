import { TableRefDto } from '@cutover/common';

export class SessionDto {
  /** Engine session id (PostgreSQL backend pid, SQL Server session_id). */
  sessionId: string;
  login: string;
  host: string | null;
  application: string | null;
  /** When the session connected. */
  since: string | null;
  state: string | null;
  /** Uses the agent's own login: the one admin single-user mode admits. */
  ownLogin: boolean;
  /** One of this agent's own connections. */
  agentConnection: boolean;
}

/** A session of another login that the single-user watchdog ended. */
export class SingleUserAttemptDto {
  login: string;
  host: string | null;
  application: string | null;
  connectedAt: string | null;
  endedAt: string;
}

/** Writes of one login to one table that the single-user write guard recorded. */
export class SingleUserWriteDto {
  table: TableRefDto;
  login: string;
  /** Write statements (PostgreSQL) or trigger firings (SQL Server). */
  statements: number;
  /** Rows inserted, updated or deleted. */
  rows: number;
  /** A TRUNCATE was among them (PostgreSQL; its rows are not counted). */
  truncated: boolean;
  firstAt: string;
  lastAt: string;
  /** Client addresses or host names the writes came from. */
  clients: string[];
}

export class SingleUserStatusDto {
  /** The watchdog is ending other logins' sessions (the database is in single-user mode). */
  active: boolean;
  /** When this agent started watching (entry, or its own restart). */
  since: string | null;
  /** Sessions of other logins it ended since then, oldest first (at most the last 1,000). */
  attempts: SingleUserAttemptDto[];
  /** Tables carrying the write guard (0 outside single-user mode). */
  guardedTables: number;
  /** Writes by other logins since single-user mode was entered (kept after exit until the next entry); empty is good. */
  writes: SingleUserWriteDto[];
}
