import { isSea } from 'node:sea';
import type { INestApplication } from '@nestjs/common';
import { addCommonProblems } from './openapi-problems';
import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiExtension,
  ApiExtraModels,
  ApiResponse,
  DocumentBuilder,
  getSchemaPath,
  OpenAPIObject,
  SwaggerModule,
  type SecuritySchemeObject,
} from '@nestjs/swagger';

export interface ApiDescription {
  title: string;
  description: string;
  version: string;
  securitySchemes: Record<string, SecuritySchemeObject>;
  /** What every operation accepts unless it declares its own (any one of these). */
  defaultSecurity: string[];
  /** Where the service listens by default; `{scheme}`, `{host}` and `{port}` are variables. */
  servers: { url: string; description: string; variables: Record<string, { default: string; enum?: string[]; description: string }> }[];
  /** Every tag an operation uses, with what it covers (the lint test refuses an undeclared tag). */
  tags: { name: string; description: string }[];
  /** Tags grouped by flow, for Redoc (`x-tagGroups`); every tag belongs to one group. */
  tagGroups: { name: string; tags: string[] }[];
}

/** The server entry of a service listening on `port` by default (plain HTTP unless TLS is configured). */
export function serverOf(port: number, description: string): ApiDescription['servers'][number] {
  return {
    url: '{scheme}://{host}:{port}',
    description,
    variables: {
      scheme: { default: 'http', enum: ['http', 'https'], description: 'https where the service is configured with TLS' },
      host: { default: '127.0.0.1', description: 'Host name or address the service is reached at' },
      port: { default: String(port), description: 'Port the service listens on' },
    },
  };
}

/**
 * A server-sent event stream: OpenAPI 3.0 cannot type its events, so each event type's `data`
 * schema is named in the description (for people) and in `x-sse-events` (for the response check
 * of the e2e tests and for client generators that read it). `*` stands for every other event type.
 */
export function ApiEventStream(description: string, events: Record<string, Type<unknown>>) {
  const refs = Object.fromEntries(Object.entries(events).map(([type, model]) => [type, { $ref: getSchemaPath(model) }]));
  const list = Object.entries(events)
    .map(
      ([type, model]) =>
        `- \`${type === '*' ? 'any other event' : type}\`: data is a [${model.name}](#/components/schemas/${model.name}) (JSON)`,
    )
    .join('\n');
  return applyDecorators(
    ApiExtraModels(...Object.values(events)),
    ApiResponse({
      status: 200,
      description: `${description}\n\nEvents (\`event:\` type, \`id:\`, \`data:\` JSON):\n${list}`,
      content: {
        'text/event-stream': {
          schema: { description: 'The `data` of each event (JSON), by event type: see x-sse-events.', oneOf: Object.values(refs) },
          'x-sse-events': refs,
        } as object,
      },
    }),
  );
}

const SECURITY_OVERRIDE = 'x-cutover-security';

/**
 * The credentials one route takes instead of the document's default (none: a public route).
 * Operation-level security replaces the default in OpenAPI, which Nest's class decorators
 * cannot express, so the document builder applies it.
 */
export const ApiOwnSecurity = (...schemes: string[]) =>
  ApiExtension(
    SECURITY_OVERRIDE,
    schemes.map((s) => ({ [s]: [] })),
  );

export function buildOpenApiDocument(app: INestApplication, api: ApiDescription): OpenAPIObject {
  const builder = new DocumentBuilder().setTitle(api.title).setDescription(api.description).setVersion(api.version);
  for (const [name, scheme] of Object.entries(api.securitySchemes)) builder.addSecurity(name, scheme);
  for (const name of api.defaultSecurity) builder.addSecurityRequirements(name);
  for (const server of api.servers) builder.addServer(server.url, server.description, server.variables);
  for (const tag of api.tags) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    operationIdFactory: (controllerKey: string, methodKey: string) =>
      `${controllerKey.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase())}_${methodKey}`,
  });
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item) as Record<string, unknown>[]) {
      if (op && typeof op === 'object' && SECURITY_OVERRIDE in op) {
        op.security = op[SECURITY_OVERRIDE];
        delete op[SECURITY_OVERRIDE];
      }
    }
  }
  addCommonProblems(document, api.defaultSecurity);
  (document as OpenAPIObject & { 'x-tagGroups'?: unknown })['x-tagGroups'] = api.tagGroups;
  return document;
}

/**
 * Serves Swagger UI at /docs and the document at /docs/openapi.json. The single-file executable
 * has no swagger-ui-dist files beside it (their directory would be the executable's, with its env
 * file): there, only the document is served.
 */
export function serveSwaggerUi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json', swaggerUiEnabled: !isSea() });
}

/** Stable key order so that the checked-in file only changes when the API does. */
export function stableStringify(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as Record<string, unknown>)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}
