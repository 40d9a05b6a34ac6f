import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { redactUrl } from './redact';

/** RFC 9457 problem details: the one error format of both services. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Field-level problems, one per invalid value. */
  errors?: { field: string; message: string }[];
  /** The request's X-Request-Id, to find its log lines (and the agents' lines of the calls it caused). */
  requestId?: string;
  [extension: string]: unknown;
}

/** Thrown with a list of field problems; rendered with `errors` in the problem document. */
export class InvalidInputException extends BadRequestException {
  constructor(
    detail: string,
    readonly errors: { field: string; message: string }[] = [],
  ) {
    super(detail);
  }
}

/** A problem with extra members (e.g. the sessions that block single-user mode). */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail, status);
  }
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Every body and query is validated; unknown fields are rejected, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const list = flatten(errors);
      return new InvalidInputException(list.map((e) => `${e.field}: ${e.message}`).join('; '), list);
    },
  });
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const problem = this.toProblem(exception, req);
    const requestId = (req as Request & { id?: unknown }).id;
    if (typeof requestId === 'string') problem.requestId = requestId;
    if (problem.status >= 500) {
      this.logger.error(`${req.method} ${redactUrl(req.originalUrl)}: ${exception instanceof Error ? exception.stack : String(exception)}`);
    }
    if (res.headersSent) {
      // A stream already started (e.g. an export): all we can do is cut it so the reader sees an error.
      res.destroy(exception instanceof Error ? exception : undefined);
      return;
    }
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, req: Request): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      let detail = exception.message;
      if (typeof body === 'object' && body !== null && 'message' in body) {
        const m = (body as { message: unknown }).message;
        detail = Array.isArray(m) ? m.join('; ') : String(m);
      }
      if (exception.cause instanceof SyntaxError || /in JSON at position|Unexpected token/.test(detail)) {
        detail = `request body is not valid JSON: ${detail}`;
      }
      const problem: ProblemDetails = {
        type: 'about:blank',
        title: httpTitle(status),
        status,
        detail,
        instance: redactUrl(req.originalUrl),
      };
      if (exception instanceof InvalidInputException && exception.errors.length > 0) problem.errors = exception.errors;
      if (exception instanceof ProblemException) Object.assign(problem, exception.extensions);
      return problem;
    }
    // Malformed JSON bodies arrive from the body parser as SyntaxError with a status.
    if (exception instanceof SyntaxError && (exception as { status?: number }).status === 400) {
      return {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: `request body is not valid JSON: ${exception.message}`,
        instance: redactUrl(req.originalUrl),
      };
    }
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    return {
      type: 'about:blank',
      title: httpTitle(status),
      status,
      detail: 'internal error; the service log has the details',
      instance: redactUrl(req.originalUrl),
    };
  }
}

function httpTitle(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    413: 'Payload Too Large',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return titles[status] ?? 'Error';
}
