import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createValidationPipe, ProblemDetailsFilter } from './problem-details';

/** What both services apply to their HTTP app: body limit, validation, problem+json errors (signals: see shutdown.ts). */
export function configureHttpApp(app: INestApplication, options: { bodyLimit: string }): void {
  // Script packages and large runs are big JSON documents; the default 100 kB is far too small.
  (app as NestExpressApplication).useBodyParser('json', { limit: options.bodyLimit });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
}
