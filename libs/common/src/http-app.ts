import type { INestApplication } from '@nestjs/common';
import { createValidationPipe, ProblemDetailsFilter } from './problem-details';

/** What both services apply to their HTTP app: validation, problem+json errors, clean shutdown. */
export function configureHttpApp(app: INestApplication): void {
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
}
