import type { LoggerService } from '@nestjs/common';
import { currentContext } from '@cutover/contracts';
import pino, { type DestinationStream, type Level, type Logger, type StreamEntry } from 'pino';
import pinoPretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';
/** LOG_LEVEL of both services (Nest's names). */
export type ServiceLogLevel = 'error' | 'warn' | 'log' | 'debug';

const PINO_LEVEL: Record<ServiceLogLevel, Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' };

/**
 * Fields whose values never reach a log line, wherever they appear in a logged object: the API
 * key and bearer headers, the registration token, export grants and any token or secret.
 * Messages are text the code writes; URLs in them go through redactUrl.
 */
export const REDACTED_PATHS = [
  'authorization',
  'token',
  'grant',
  'apiKey',
  'secret',
  'password',
  '*.authorization',
  '*.token',
  '*.grant',
  '*.apiKey',
  '*.secret',
  '*.password',
  '*.headers.authorization',
  '*.headers["x-api-key"]',
  '*.headers["x-registration-token"]',
  '*.headers.cookie',
];

/** The work context of the line (request, run, task, attempt, operation), from the async context. */
function contextFields(): Record<string, unknown> {
  const c = currentContext();
  if (!c) return {};
  const fields: Record<string, unknown> = { requestId: c.requestId };
  if (c.runId) fields.runId = c.runId;
  if (c.taskId) fields.taskId = c.taskId;
  if (c.attempt !== undefined) fields.attempt = c.attempt;
  if (c.operationId) fields.operationId = c.operationId;
  return fields;
}

/** Lines below error go to stdout, errors to stderr (as Nest's console logger did, so the test spawners' stderr still shows failures). */
function streams(format: LogFormat): StreamEntry[] {
  const out = (fd: 1 | 2): DestinationStream =>
    format === 'pretty'
      ? pinoPretty({
          destination: fd,
          sync: true,
          colorize: process.stdout.isTTY === true,
          ignore: 'pid,hostname,context',
          messageFormat: '{if context}[{context}] {end}{msg}',
          singleLine: true,
          translateTime: 'SYS:HH:MM:ss.l',
        })
      : pino.destination({ dest: fd, sync: true });
  return [
    { level: 'trace', stream: out(1) },
    { level: 'error', stream: out(2) },
  ];
}

/** The pino logger of one service: one JSON object a line (or pretty text), with the work context mixed in. */
export function createServiceLogger(options: {
  service: string;
  level: ServiceLogLevel;
  format: LogFormat;
  silent?: boolean;
  /** Where lines go instead of stdout/stderr (tests). */
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level: options.silent ? 'silent' : PINO_LEVEL[options.level],
      base: { service: options.service },
      mixin: contextFields,
      redact: { paths: REDACTED_PATHS, censor: 'REDACTED' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.multistream(streams(options.format), { dedupe: true }),
  );
}

const looksLikeStack = (value: unknown): value is string => typeof value === 'string' && /\n\s+at /.test(value);

/**
 * Nest's LoggerService over pino: Nest's `new Logger('Context')` calls (the whole code base) become
 * pino lines with `context`. Nest passes the context as the last argument, and for errors a stack
 * before it.
 */
export class PinoNestLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const last = params.at(-1);
    if (typeof last === 'string' && !looksLikeStack(last)) fields.context = params.pop();
    const stack = params.find(looksLikeStack);
    if (stack) fields.stack = stack;
    if (message instanceof Error) {
      fields.err = message;
      this.pino[level](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...message });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
