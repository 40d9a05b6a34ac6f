import { applyDecorators } from '@nestjs/common';
import { ApiResponse, type OpenAPIObject } from '@nestjs/swagger';

/** The 4xx/5xx statuses a route can declare with {@link ApiProblems}. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 502 | 503;

export const PROBLEM_SCHEMA_NAME = 'Problem';
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_REF = { $ref: `#/components/schemas/${PROBLEM_SCHEMA_NAME}` };

const anyObjects = (description: string, example: object[]) => ({
  type: 'array',
  items: { type: 'object', additionalProperties: true },
  description,
  example,
});

/**
 * The one error body of both services (RFC 9457 problem details), as ProblemDetailsFilter writes
 * it: the five standard members, `errors[]` for field problems, and the extensions some refusals
 * carry. Other members may be added later: clients must ignore the ones they do not know.
 */
export const PROBLEM_SCHEMA = {
  type: 'object',
  description:
    'RFC 9457 problem details: every 4xx/5xx answer of this service, as `application/problem+json`. Members not listed here may be added; ignore the ones you do not know.',
  required: ['type', 'title', 'status', 'detail'],
  additionalProperties: true,
  properties: {
    type: {
      type: 'string',
      description: 'Always `about:blank`: the status and title say what kind of problem it is.',
      example: 'about:blank',
    },
    title: { type: 'string', description: "The HTTP status's reason phrase.", example: 'Not Found' },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status, repeated.', example: 404 },
    detail: {
      type: 'string',
      description: 'What is wrong and, where it helps, what to do about it (one sentence a person can act on).',
      example: 'run 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d does not exist',
    },
    instance: { type: 'string', description: 'The request path and query (credentials redacted).', example: '/v1/runs/0b5e…' },
    errors: {
      type: 'array',
      description: 'Field problems, one per invalid value (validation failures, unknown names).',
      example: [{ field: 'threads', message: 'threads must not be greater than 64' }],
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', description: 'Dotted path of the field in the body or query.', example: 'threads' },
          message: { type: 'string', example: 'threads must not be greater than 64' },
        },
      },
    },
    sessions: anyObjects('Database sessions that block single-user mode or a restore (409).', [
      { sessionId: '57', login: 'ax_aos', host: 'AXSRV01', application: 'Microsoft Dynamics AX' },
    ]),
    openPrerequisites: anyObjects('Checklist steps still open, each with its key and title (409 on a run start).', [
      { key: 'stop-aos', title: 'Stop the AOS services' },
    ]),
    tables: anyObjects('Tables that block the step, with their status and problems (409).', [
      { table: { schema: 'dbo', name: 'CUSTTABLE' }, status: 'not-ok', problems: ['no primary key on production'] },
    ]),
    watermarks: {
      type: 'array',
      items: { type: 'string' },
      description: 'Why the delta cannot start from its watermarks (409).',
      example: ['delta.custtable-creditmax: the watermark is older than the change retention'],
    },
    conflicts: {
      type: 'array',
      items: { type: 'string' },
      description: 'Number sequences that changed on production since the preview (409).',
      example: ['CRM_1'],
    },
    problems: {
      type: 'array',
      items: { type: 'string' },
      description: 'Why a state transfer cannot start (409).',
      example: ['the test system has no agent'],
    },
    advisories: {
      type: 'array',
      items: { type: 'string' },
      description: 'Advice that does not block (with `problems`).',
      example: ['dbo.CUSTTABLE has no clustered index'],
    },
    excluded: anyObjects('Tables left out of a state transfer (with `problems`).', [
      { table: { schema: 'dbo', name: 'SYSCLIENTSESSIONS' }, reason: 'not in the copy rules' },
    ]),
    database: { type: 'string', description: 'The database a restore would overwrite (409).', example: 'MicrosoftDynamicsAX_Test' },
  },
} as const;

/** What each status means on these services, unless the route says more. */
const MEANING: Record<ProblemStatus, string> = {
  400: 'The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one.',
  401: 'No credentials, or credentials that are not valid.',
  403: 'The credentials are valid but do not allow this.',
  404: 'The resource, or one the request names, does not exist.',
  409: 'The resource is not in a state that allows this (the detail says which and what to do).',
  413: 'The request body is larger than the limit of this route (routes that take no body refuse any).',
  415: 'The request body is not JSON.',
  422: 'The request is well-formed but cannot be carried out as given (the detail says why).',
  502: 'A transfer-agent this needs did not answer or failed.',
  503: 'The service is not ready.',
};

const EXAMPLE_DETAIL: Record<ProblemStatus, string> = {
  400: 'threads: threads must not be greater than 64',
  401: 'missing credentials',
  403: 'this needs the operator role; the key ci-viewer has viewer',
  404: 'run 0b5e2f7c-2f36-4a7e-9a57-5d1f0e9c7a11 not found',
  409: 'the run is succeeded; only a running or paused run can be paused',
  413: 'request body is larger than 1mb, the limit of this route',
  415: 'request bodies must be JSON (Content-Type: application/json), not "text/plain"',
  422: 'agent source-1 answered, but its engine does not match the system',
  502: "production's agent did not answer: connect ECONNREFUSED",
  503: 'the state database is not reachable',
};

const TITLE: Record<ProblemStatus, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** The response object of one problem status (shared by the decorator and the document builder). */
export function problemResponse(status: ProblemStatus, description = MEANING[status]) {
  const example: Record<string, unknown> = { type: 'about:blank', title: TITLE[status], status, detail: EXAMPLE_DETAIL[status] };
  if (status === 400) example.errors = [{ field: 'threads', message: 'threads must not be greater than 64' }];
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: PROBLEM_REF, example } } };
}

/**
 * The problem answers a route gives beyond the ones every route documents by construction (400,
 * 401 where it needs credentials, 404 where its path names a resource, 413/415: see
 * {@link addCommonProblems}; 403 comes with the orchestrator's RequireRole).
 * A status alone uses the generic meaning; `{ 409: 'why' }` says what it means on this route.
 */
export function ApiProblems(...statuses: (ProblemStatus | Partial<Record<ProblemStatus, string>>)[]): MethodDecorator & ClassDecorator {
  type Entry = [ProblemStatus, string | undefined];
  const entries = statuses.flatMap((s): Entry[] =>
    typeof s === 'number' ? [[s, undefined]] : Object.entries(s).map(([k, v]): Entry => [Number(k) as ProblemStatus, v]),
  );
  return applyDecorators(...entries.map(([status, description]) => ApiResponse({ status, ...problemResponse(status, description) })));
}

const NOT_MODIFIED = { description: 'Not Modified: the `If-None-Match` ETag still matches (no body).' };

type Operation = { security?: unknown[]; requestBody?: unknown; parameters?: { in?: string }[]; responses: Record<string, unknown> };

/**
 * Adds the `Problem` schema, and on every operation the problems configureHttpApp and the guards
 * give whatever the route: 400 (URL decoding, query and body validation, a body where none is
 * taken), 401 where the operation needs credentials, 404 where the path names a resource (every
 * path parameter is looked up), and 413 and 415 (a body too large or not JSON, sent to any route).
 */
export function addCommonProblems(document: OpenAPIObject, defaultSecurity: string[]): void {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM_SCHEMA_NAME]: PROBLEM_SCHEMA as object },
  };
  for (const item of Object.values(document.paths)) {
    // Express answers a GET whose JSON body has the ETag the client sent with 304.
    const get = item.get as Operation | undefined;
    if ((get?.responses['200'] as { content?: Record<string, unknown> } | undefined)?.content?.['application/json'])
      get!.responses['304'] ??= NOT_MODIFIED;
    for (const op of Object.values(item) as Operation[]) {
      if (!op || typeof op !== 'object' || !op.responses) continue;
      const add = (status: ProblemStatus) => (op.responses[String(status)] ??= problemResponse(status));
      add(400);
      const security = op.security ?? defaultSecurity;
      if (security.length > 0) add(401);
      if ((op.parameters ?? []).some((p) => p.in === 'path')) add(404);
      // The body parser reads any body before routing: too large or not JSON whether the route takes one or not.
      add(413);
      add(415);
    }
  }
}
