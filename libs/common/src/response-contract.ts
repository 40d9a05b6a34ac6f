import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * A test-only hook: with CUTOVER_VALIDATE_RESPONSES=<file> (the test runner sets it), every response
 * the service sends is checked against its operation in the checked-in openapi/<service>.json: the
 * status is documented, the Content-Type is one the status documents, and the body (JSON, or each
 * event of a server-sent event stream) validates against the schema (Ajv, a dev dependency, loaded
 * only then). One JSON line per response is appended to the file; dist/test/run.js sums them up
 * and fails the run on any mismatch. Unset (production), nothing is installed.
 */
export const VALIDATE_RESPONSES_ENV = 'CUTOVER_VALIDATE_RESPONSES';

/** One line of the file. */
export interface ResponseCheck {
  service: string;
  /** operationId, or null when no operation of the document matches the method and path. */
  operation: string | null;
  method: string;
  path: string;
  status: number;
  problems: string[];
}

interface MediaType {
  schema?: object;
  'x-sse-events'?: Record<string, object>;
}
interface OperationDoc {
  operationId: string;
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
interface Document {
  paths: Record<string, Record<string, OperationDoc>>;
}
type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

/** The property names of the object at a JSON pointer, for a report that says what a body had instead (names only: values may hold secrets). */
function keysAt(data: unknown, pointer: string): string {
  let at = data;
  for (const part of pointer.split('/').slice(1))
    at = (at as Record<string, unknown> | null)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return at && typeof at === 'object' && !Array.isArray(at) ? ` (it has: ${Object.keys(at).join(', ') || 'nothing'})` : '';
}

/** The bodies read and validated: JSON (problem+json too) and server-sent events; others are checked for status and type. */
const CHECKED_BODY = /^\s*(application\/([\w.+-]+\+)?json|text\/event-stream)\s*(;|$)/i;

/** Buffers no more than this of one body (a larger JSON body is checked for status and type only). */
const MAX_BODY = 8 * 1024 * 1024;

export function installResponseContractCheck(app: INestApplication, service: 'orchestrator' | 'transfer-agent'): void {
  const file = process.env[VALIDATE_RESPONSES_ENV];
  if (!file || file === 'off') return;
  const document = loadDocument(service);
  if (!document) {
    // A copy of dist/ without openapi/ beside it (a test that moves a checkout): nothing to check against.
    console.warn(`${VALIDATE_RESPONSES_ENV} is set but openapi/${service}.json is not above ${__dirname}: responses are not checked`);
    return;
  }
  const contract = new Contract(service, document);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const capture = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_BODY) return;
      if (!CHECKED_BODY.test(String(res.getHeader('content-type') ?? ''))) return; // e.g. an export's row stream
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      size += buffer.length;
      if (size <= MAX_BODY) chunks.push(buffer);
    };
    const { write, end } = res;
    res.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
      capture(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as Response['write'];
    res.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
      capture(chunk, rest[0]);
      return (end as (...a: unknown[]) => Response).call(this, chunk, ...rest);
    } as Response['end'];
    // `close` too: a stream the client hung up on still had events worth checking.
    let done = false;
    const check = () => {
      if (done) return;
      done = true;
      const body = size <= MAX_BODY ? Buffer.concat(chunks) : null;
      const result = contract.check(req.method, req.originalUrl.split('?')[0], res, body);
      appendFileSync(file, `${JSON.stringify(result)}\n`);
    };
    res.on('finish', check);
    res.on('close', check);
    next();
  });
}

/** openapi/<service>.json of the repository, found upward from this file (source or dist). */
function loadDocument(service: string): Document | null {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'openapi', `${service}.json`);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as Document;
  }
  return null;
}

class Contract {
  private readonly routes: { method: string; pattern: RegExp; pointer: string; op: OperationDoc }[] = [];
  private readonly validators = new Map<string, Validate>();
  private readonly ajv: { compile(schema: object): Validate };

  constructor(
    private readonly service: string,
    document: Document,
  ) {
    // Literal segments before templated ones, so /v1/sessions/single-user wins over /v1/sessions/{id}.
    const paths = Object.keys(document.paths).sort((a, b) => templated(a) - templated(b));
    for (const path of paths) {
      const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
      for (const [method, op] of Object.entries(document.paths[path])) {
        this.routes.push({ method: method.toUpperCase(), pattern, pointer: `#/paths/${escapePointer(path)}/${method}`, op });
      }
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = (require('ajv') as { default: new (o: object) => { compile(s: object): Validate; addSchema(s: object, k: string): void } })
      .default;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const addFormats = (require('ajv-formats') as { default: (a: unknown) => void }).default;
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema(nullableAsNull(document) as object, 'doc');
    this.ajv = ajv;
  }

  check(method: string, path: string, res: Response, body: Buffer | null): ResponseCheck {
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    const result: ResponseCheck = {
      service: this.service,
      operation: route?.op.operationId ?? null,
      method,
      path,
      status: res.statusCode,
      problems: [],
    };
    // HEAD has no body; a response cut before its headers went out (the client or the process went away) has nothing to check.
    if (!route || method === 'HEAD' || !res.headersSent) return result;
    const status = String(res.statusCode);
    const response = route.op.responses[status];
    if (!response) {
      result.problems.push(`status ${status} is not documented (documented: ${Object.keys(route.op.responses).join(', ')})`);
      return result;
    }
    const type = String(res.getHeader('content-type') ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      if (body && body.length > 0)
        result.problems.push(`status ${status} documents no body, got ${body.length} bytes of ${type || 'no type'}`);
      return result;
    }
    const media = content[type];
    if (!media) {
      result.problems.push(
        `Content-Type ${type || '(none)'} is not documented for ${status} (documented: ${Object.keys(content).join(', ')})`,
      );
      return result;
    }
    if (body === null) return result;
    const pointer = `${route.pointer}/responses/${status}/content/${escapePointer(type)}`;
    if (type === 'text/event-stream') result.problems.push(...this.checkEvents(pointer, media, body.toString('utf8')));
    else if (/json$/.test(type)) result.problems.push(...this.checkJson(`${pointer}/schema`, media.schema, body.toString('utf8')));
    return result;
  }

  private checkJson(pointer: string, schema: object | undefined, text: string): string[] {
    if (!schema) return [];
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return [`body is not JSON: ${text.slice(0, 80)}`];
    }
    return this.validate(pointer, data);
  }

  /** Each event's `data` against the schema its event type names in `x-sse-events` (`message` when untyped, `*` for any other type). */
  private checkEvents(pointer: string, media: MediaType, text: string): string[] {
    const events = media['x-sse-events'];
    if (!events) return ['text/event-stream without x-sse-events: the event payloads are not described'];
    const problems: string[] = [];
    for (const block of text.split(/\n\n/)) {
      const lines = block.split('\n');
      const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart());
      if (data.length === 0) continue;
      const type =
        lines
          .find((l) => l.startsWith('event:'))
          ?.slice(6)
          .trim() ?? 'message';
      const key: string = type in events ? type : '*';
      if (!(key in events)) {
        problems.push(`event type ${type} is not described`);
        continue;
      }
      for (const p of this.checkJson(`${pointer}/x-sse-events/${escapePointer(key)}`, events[key], data.join('\n')))
        problems.push(`event ${type}: ${p}`);
    }
    return [...new Set(problems)];
  }

  private validate(pointer: string, data: unknown): string[] {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `doc${encodeURI(pointer)}` });
      this.validators.set(pointer, validate);
    }
    if (validate(data)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `body${e.instancePath} ${e.message ?? 'is invalid'}${keysAt(data, e.instancePath)}`);
  }
}

/**
 * `nullable: true` read as "null is valid too", also next to `allOf: [$ref]` (how Nest writes a
 * nullable DTO property, and how openapi-typescript types it: `X | null`); OpenAPI 3.0.3 would let
 * the `$ref`'s `type: object` refuse null, which no client here assumes.
 */
function nullableAsNull(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullableAsNull);
  if (!value || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Record<string, unknown>;
  const walked = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, nullableAsNull(v)]));
  return nullable === true ? { anyOf: [{ type: 'null' }, walked] } : walked;
}

const templated = (path: string) => (path.match(/\{/g) ?? []).length;
const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
