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
