import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { installResponseContractCheck } from './response-contract';
import { createValidationPipe, ProblemDetailsFilter } from './problem-details';
import { jsonBodyParser, NoBodyInterceptor, problemOnClientError, strictUrlDecoding, ValidTextPipe, type BodyLimits } from './http-input';
import { observeRequests, type HttpObserver } from './observability/http-observe';

/**
 * What both services apply to their HTTP app: request ids, request logs and HTTP metrics, strict
 * URL decoding, JSON bodies limited per route (the app must be created with `bodyParser: false`),
 * valid text everywhere, validation, problem+json errors (signals: see shutdown.ts).
 */
export function configureHttpApp(
  app: INestApplication,
  options: { bodyLimits: BodyLimits; service: 'orchestrator' | 'transfer-agent'; logger?: Logger; metrics?: HttpObserver },
): void {
  installResponseContractCheck(app, options.service); // tests only (CUTOVER_VALIDATE_RESPONSES); first, to see every response
  problemOnClientError(app.getHttpServer());
  app.use(observeRequests({ logger: options.logger, metrics: options.metrics }));
  app.use(strictUrlDecoding);
  app.use(jsonBodyParser(options.bodyLimits));
  app.useGlobalPipes(new ValidTextPipe(), createValidationPipe());
  app.useGlobalInterceptors(new NoBodyInterceptor());
  app.useGlobalFilters(new ProblemDetailsFilter());
}
