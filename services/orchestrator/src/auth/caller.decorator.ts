import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller } from './api-keys.service';
import type { AuthedRequest } from './auth.guard';

/** The authenticated caller (set by AuthGuard). */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().caller ?? { actor: 'anonymous', role: 'viewer' as Caller['role'] };
});
