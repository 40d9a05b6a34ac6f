import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AgentConfig } from '../config/agent.config';
import { PUBLIC_ROUTE } from '@cutover/common';

/** Every route but the public ones needs `Authorization: Bearer <agent token>`, compared in constant time. */
@Injectable()
export class BearerGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(
    private readonly reflector: Reflector,
    @Inject(AgentConfig) config: AgentConfig,
  ) {
    this.expected = digest(config.token);
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;
    const header = context.switchToHttp().getRequest<Request>().headers.authorization;
    const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('missing Authorization: Bearer <agent token> header');
    // Hashing first gives equal-length inputs, so the comparison time says nothing about the token.
    if (!timingSafeEqual(digest(match[1].trim()), this.expected)) throw new UnauthorizedException('agent token is not valid');
    return true;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
