/**
 * Whether an operation failed because a connection or a component went away (the work itself may
 * be fine, and another attempt may succeed), judged by error codes rather than message text: the
 * codes do not depend on the server's language (lc_messages) or a driver's wording. The
 * orchestrator still reads the text for agents that predate this flag.
 */
const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
  // tedious (SQL Server): the socket failed or closed, or the connection attempt timed out
  'ESOCKET',
  'ECONNCLOSED',
  'ETIMEOUT',
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (the server shutting down,
 * crashed, or not yet accepting connections), 53300 (too many connections). Not 53100 (disk full):
 * a person must act first.
 */
const PG_TRANSIENT = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

export function isTransientFailure(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NODE_CODES.has(code) || PG_TRANSIENT.test(code))) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isTransientFailure(e, depth + 1))) return true;
  return isTransientFailure((error as { cause?: unknown }).cause, depth + 1);
}
