import {
  BadRequestException,
  HttpException,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  type ArgumentMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type PipeTransform,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Observable } from 'rxjs';
import { InvalidInputException } from './problem-details';

/** Request body limits: one default, larger ones only on the routes that need them (`'POST /v1/packages'`). */
export interface BodyLimits {
  default: string;
  routes?: Record<string, string>;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Body parsing for both services: JSON only, size-limited per route. The JSON parser would turn
 * invalid UTF-8 into U+FFFD silently, so the raw bytes are checked first; parser errors become
 * problems (4xx) instead of reaching the filter as unknown errors (5xx).
 */
/**
 * `__proto__` as a JSON key is dropped silently on the way to a DTO (class-transformer skips it),
 * so unlike any other unknown field it would escape the "unknown fields are rejected" rule. No API
 * field is called that: it is refused at parse.
 */
function refuseProtoKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new SyntaxError('the property name "__proto__" is not allowed');
  return value;
}

export function jsonBodyParser(limits: BodyLimits): RequestHandler {
  const parsers = new Map<string, RequestHandler>();
  const parserFor = (limit: string): RequestHandler => {
    let parser = parsers.get(limit);
    if (!parser) {
      parser = express.json({ limit, type: () => true, verify: verifyUtf8, reviver: refuseProtoKeys });
      parsers.set(limit, parser);
    }
    return parser;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (!hasBody(req)) return next();
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
      return next(new UnsupportedMediaTypeException(`request bodies must be JSON (Content-Type: application/json), not "${type}"`));
    }
    const limit = limits.routes?.[`${req.method} ${req.path}`] ?? limits.default;
    parserFor(limit)(req, res, (error?: unknown) => next(error === undefined ? undefined : parserProblem(error, limit)));
  };
}

function verifyUtf8(_req: unknown, _res: unknown, buffer: Buffer): void {
  try {
    STRICT_UTF8.decode(buffer);
  } catch {
    throw new BadRequestException('request body is not valid UTF-8');
  }
}

/** body-parser reports with http-errors (`status`, `type`); turn them into problems a person can act on. */
function parserProblem(error: unknown, limit: string): unknown {
  if (error instanceof HttpException) return error;
  const e = error as { status?: number; type?: string; message?: string };
  if (e.type === 'entity.too.large') return new PayloadTooLargeException(`request body is larger than ${limit}, the limit of this route`);
  if (e.type === 'entity.parse.failed') return new BadRequestException(`request body is not valid JSON: ${e.message}`);
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return new HttpException(`request body: ${e.message}`, e.status);
  return error;
}

export function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * Path and query arrive percent-encoded; Express decodes invalid UTF-8 to U+FFFD (or fails with
 * a 500 on a malformed escape), so each component is decoded strictly before routing.
 */
export function strictUrlDecoding(req: Request, _res: Response, next: NextFunction): void {
  const [path, query = ''] = req.originalUrl.split('?', 2);
  for (const segment of path.split('/')) {
    if (!decodes(segment)) return next(new BadRequestException(`the URL path segment "${segment}" is not valid percent-encoded UTF-8`));
  }
  for (const pair of query.split('&')) {
    const [rawName, rawValue = ''] = pair.split('=', 2);
    const name = decodes(rawName) ? decodeURIComponent(rawName.replace(/\+/g, ' ')) : rawName;
    if (!decodes(rawName) || !decodes(rawValue)) {
      return next(
        new InvalidInputException(`query parameter ${name} is not valid percent-encoded UTF-8`, [
          { field: name, message: 'is not valid percent-encoded UTF-8' },
        ]),
      );
    }
  }
  next();
}

function decodes(component: string): boolean {
  try {
    decodeURIComponent(component);
    return true;
  } catch {
    return false;
  }
}

/** Where a string holds NUL or a lone surrogate (no database stores those as text), or null. */
export function findInvalidText(value: unknown, field: string): { field: string; message: string } | null {
  if (typeof value === 'string') {
    if (value.includes('\0')) return { field, message: 'must not contain NUL bytes (\\u0000)' };
    if (!value.isWellFormed()) return { field, message: 'is not valid Unicode (a lone surrogate)' };
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const childField = field ? `${field}.${key}` : key;
    const bad = findInvalidText(key, field || '(field name)') ?? findInvalidText(child, childField);
    if (bad) return bad;
  }
  return null;
}

/**
 * One rule for every body, query and path parameter of both services: text must be valid Unicode
 * without NUL. Runs before the ValidationPipe, so it covers every DTO and plain `@Param` alike.
 */
@Injectable()
export class ValidTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    if (metadata.type === 'body' && value !== undefined && isDtoClass(metadata.metatype)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new BadRequestException('request body must be a JSON object');
      }
    }
    const prefix = metadata.type === 'body' ? '' : (metadata.data ?? '');
    const bad = findInvalidText(value, prefix);
    if (bad) throw new InvalidInputException(`${bad.field}: ${bad.message}`, [bad]);
    return value;
  }
}

function isDtoClass(metatype: unknown): boolean {
  return typeof metatype === 'function' && ![Object, Array, String, Number, Boolean].includes(metatype as ObjectConstructor);
}

/**
 * Routes that declare no `@Body()` refuse a request body instead of reading and dropping it: junk
 * sent there is a client bug worth telling. An empty `{}` passes, as many JSON clients send one
 * with every POST.
 */
@Injectable()
export class NoBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest<Request>();
      if (hasBody(req) && !isEmptyObject(req.body) && !declaresBody(context)) {
        throw new BadRequestException(`${req.method} ${req.path} takes no request body; send none`);
      }
    }
    return next.handle();
  }
}

function isEmptyObject(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;
}

function declaresBody(context: ExecutionContext): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => Number(key.split(':')[0]) === Number(RouteParamtypes.BODY));
}

/**
 * Requests Node's HTTP parser refuses (a URL or headers over 16 KB, malformed framing) never reach
 * Express; answer them as problem+json too instead of Node's bare status line.
 */
export function problemOnClientError(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, title, detail] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'the URL and headers together exceed 16 KB; send long values in a JSON body']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'the request was not received in time']
          : [400, 'Bad Request', `the request is not valid HTTP/1.1 (${error.code ?? 'parse error'})`];
    const body = JSON.stringify({ type: 'about:blank', title, status, detail });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
