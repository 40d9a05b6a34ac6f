import { isSea } from 'node:sea';
import type { INestApplication } from '@nestjs/common';
import { ApiExtension, DocumentBuilder, OpenAPIObject, SwaggerModule, type SecuritySchemeObject } from '@nestjs/swagger';

export interface ApiDescription {
  title: string;
  description: string;
  version: string;
  securitySchemes: Record<string, SecuritySchemeObject>;
  /** What every operation accepts unless it declares its own (any one of these). */
  defaultSecurity: string[];
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
