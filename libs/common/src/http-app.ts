import type { INestApplication } from '@nestjs/common';
import { installResponseContractCheck } from './response-contract';
import { createValidationPipe, ProblemDetailsFilter } from './problem-details';
import { jsonBodyParser, NoBodyInterceptor, problemOnClientError, strictUrlDecoding, ValidTextPipe, type BodyLimits } from './http-input';

/**
 * What both services apply to their HTTP app: strict URL decoding, JSON bodies limited per route
 * (the app must be created with `bodyParser: false`), valid text everywhere, validation,
 * problem+json errors (signals: see shutdown.ts).
 */
export function configureHttpApp(
  app: INestApplication,
  options: { bodyLimits: BodyLimits; service: 'orchestrator' | 'transfer-agent' },
): void {
  installResponseContractCheck(app, options.service); // tests only (CUTOVER_VALIDATE_RESPONSES); first, to see every response
  problemOnClientError(app.getHttpServer());
  app.use(strictUrlDecoding);
  app.use(jsonBodyParser(options.bodyLimits));
  app.useGlobalPipes(new ValidTextPipe(), createValidationPipe());
  app.useGlobalInterceptors(new NoBodyInterceptor());
  app.useGlobalFilters(new ProblemDetailsFilter());
}
