import { AgentRequestError, AgentUnreachableError } from '@cutover/agent-client';

/**
 * Which failures are worth another attempt. Transient: a component was unreachable or restarted
 * (an agent, its database, the network between them) and may well be back in seconds. Permanent:
 * the work itself is wrong (SQL error, permission, constraint, a 4xx about the request), or the
 * environment needs a person (disk full): another attempt would fail the same way, or do harm.
 *
 * An agent reports a failed operation as text only, so its message is classified here; the
 * patterns are the messages of node's sockets, node-postgres, the PostgreSQL server and mssql
 * (tedious) for a connection that broke, and the transfer-agent's own for a source it could not read.
 */
const TRANSIENT_MESSAGES: RegExp[] = [
  /source agent unreachable/i,
  /source agent refused the export \((502|503|504)\b/i,
  /\b(ECONNREFUSED|ECONNRESET|ECONNABORTED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENETDOWN|EAI_AGAIN)\b/,
  /socket hang up/i,
  /^aborted$|\bpremature close\b|\bstream (was )?(aborted|destroyed)\b/i,
  /other side closed|\bterminated\b.*\bsocket\b|UND_ERR_SOCKET/i,
  // node-postgres and the PostgreSQL server: the connection or the server went away
  /Connection terminated/i,
  /terminating connection due to (administrator command|crash of another server process|idle-session timeout)/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /server closed the connection unexpectedly/i,
  /could not connect to server|Client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i,
  /sorry, too many clients already|remaining connection slots are reserved/i,
  /canceling statement due to conflict with recovery/i,
  // mssql (tedious): connection lost or refused
  /\bESOCKET\b|\bECONNCLOSED\b|Connection lost|Failed to connect to/i,
];

/** Never retried even when a pattern above matches too: a person must act first. */
const PERMANENT_MESSAGES: RegExp[] = [
  /could not extend file|No space left on device|disk.?full|\b53100\b/i,
  /permission denied|must be owner|authentication failed|password authentication/i,
  /violates (unique|foreign key|check|not-null|exclusion) constraint/i,
];

/** Is a failure reported as `message` (an agent operation's error) transient? */
export function isTransientMessage(message: string): boolean {
  if (PERMANENT_MESSAGES.some((p) => p.test(message))) return false;
  return TRANSIENT_MESSAGES.some((p) => p.test(message));
}

/** Is an error thrown while talking to an agent transient (unreachable, or a gateway/unavailable answer)? */
export function isTransientError(error: unknown): boolean {
  if (error instanceof AgentUnreachableError) return true;
  if (error instanceof AgentRequestError) return [502, 503, 504].includes(error.status);
  return false;
}

/**
 * Operation types that are safe to run again from the start after a failure whose effect is
 * unknown: a range load replaces its range in one transaction (it deletes it first), the others
 * only read. Scripts, table preparation and the like are never retried by the system: running
 * them twice could do harm (a script executed twice) or lose what the first run remembered.
 */
export const RETRYABLE_OPERATIONS: ReadonlySet<string> = new Set([
  'copy-range',
  'checksum-range',
  'current-watermark',
  'check-watermark',
  'read-script-status',
  'read-number-sequences',
]);

/** Capped exponential backoff with jitter: the n-th retry (from 1) waits in [½, 1] × min(cap, base·2ⁿ⁻¹). */
export function retryDelayMs(retry: number, random: () => number = Math.random, baseMs = 500, capMs = 10_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(retry - 1, 0));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/** The most retries of one task attempt, however much progress each made before it failed. */
export const MAX_RETRIES = 20;
