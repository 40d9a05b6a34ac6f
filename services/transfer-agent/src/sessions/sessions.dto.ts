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

export class SingleUserStatusDto {
  /** The watchdog is ending other logins' sessions (the database is in single-user mode). */
  active: boolean;
  /** When this agent started watching (entry, or its own restart). */
  since: string | null;
  /** Sessions of other logins it ended since then, oldest first (at most the last 1,000). */
  attempts: SingleUserAttemptDto[];
}
