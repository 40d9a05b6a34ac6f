import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';

/**
 * Registration and heartbeat do not take API keys: registration presents the registration token,
 * heartbeats the agent's own token. Missing credentials are a 401 before anything else is looked at.
 */
@Injectable()
export class RegistrationCredentialGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.headers['x-registration-token']) throw new UnauthorizedException('self-registration needs the X-Registration-Token header');
    return true;
  }
}

@Injectable()
export class AgentTokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (!/^Bearer\s+\S+/i.test(req.headers.authorization ?? ''))
      throw new UnauthorizedException('heartbeat needs Authorization: Bearer <the agent token>');
    return true;
  }
}
