import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp } from '../http-app';
import type { BodyLimits } from '../http-input';
import type { HttpObserver } from '../observability/http-observe';
import { createServiceLogger, PinoNestLogger } from '../observability/logger';
import { buildOpenApiDocument, serveSwaggerUi, type ApiDescription } from '../swagger';
import { httpsOptions, listenerScheme, plainHttpWarning } from '../tls/tls';
import { tlsEnv } from '../tls/tls-config';
import type { ServiceConfig } from './service-config';

export type ServiceName = 'orchestrator' | 'transfer-agent';

/** What differs between the services' HTTP apps. */
export interface ServiceAppSpec<C extends ServiceConfig> {
  service: ServiceName;
  /** The service's root module, built from its config. */
  module: (config: C) => DynamicModule;
  bodyLimits: BodyLimits;
  /** The HTTP metrics of the service's registry (not resolved in preview). */
  metrics: (app: INestApplication) => HttpObserver;
}

/** `preview` resolves nothing (no database), for generating the OpenAPI file; `logger: false` silences the service (tests). */
export interface ServiceAppOptions {
  preview?: boolean;
  logger?: false;
}

/**
 * Builds a service's Nest app as both services do: its pino logger at the configured level and
 * format, TLS on the listener when configured, and the HTTP layer of configureHttpApp. It adds no
 * shutdown hooks: closing is closeGracefully's (signals: closeOnSignals), in that order.
 */
export async function createServiceApp<C extends ServiceConfig>(
  config: C,
  spec: ServiceAppSpec<C>,
  options: ServiceAppOptions = {},
): Promise<INestApplication> {
  const logger = createServiceLogger({
    service: spec.service,
    level: config.logLevel,
    format: config.logFormat,
    silent: options.logger === false,
  });
  const app = await NestFactory.create(spec.module(config), {
    logger: options.logger === false ? false : new PinoNestLogger(logger),
    preview: options.preview ?? false,
    abortOnError: false,
    bodyParser: false,
    httpsOptions: httpsOptions(config),
  });
  const metrics = options.preview ? undefined : spec.metrics(app);
  configureHttpApp(app, { bodyLimits: spec.bodyLimits, service: spec.service, logger, metrics });
  return app;
}

/** A host to dial: a wildcard listener (0.0.0.0, ::) is reached on loopback. */
export function dialableHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
}

/**
 * Serves the Swagger UI of `api` (then what `serve` adds), warns when the listener is plain HTTP off loopback (`tlsPrefix`
 * names its variables), listens, and answers the port it got and the URL to reach it.
 */
export async function listenService(
  app: INestApplication,
  config: ServiceConfig,
  spec: { api: ApiDescription; tlsPrefix: string; serve?: (app: INestApplication) => void },
): Promise<{ port: number; url: string }> {
  serveSwaggerUi(app, buildOpenApiDocument(app, spec.api));
  spec.serve?.(app);
  const tlsVariables = tlsEnv(spec.tlsPrefix);
  const warning = plainHttpWarning(config, { cert: tlsVariables.tlsCertFile, key: tlsVariables.tlsKeyFile });
  if (warning) new Logger('TLS').warn(warning);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as { port: number };
  return { port: address.port, url: `${listenerScheme(config)}://${dialableHost(config.host)}:${address.port}` };
}
