import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { tokensEqual } from './token-cipher';

/**
 * Registration and heartbeat do not take API keys: registration presents the registration token,
 * heartbeats the agent's own token. Guards run before the body is validated, so a caller without
 * the right registration token learns nothing about what a valid body looks like.
 */
@Injectable()
export class RegistrationCredentialGuard implements CanActivate {
  constructor(@Inject(OrchestratorConfig) private readonly config: OrchestratorConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.registrationToken;
    if (!expected)
      throw new UnauthorizedException('self-registration is disabled: AGENT_REGISTRATION_TOKEN is not set on the orchestrator');
    const header = context.switchToHttp().getRequest<Request>().headers['x-registration-token'];
    const given = Array.isArray(header) ? header[0] : header;
    if (!given) throw new UnauthorizedException('self-registration needs the X-Registration-Token header');
    if (!tokensEqual(given, expected)) throw new UnauthorizedException('registration token is wrong (header X-Registration-Token)');
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
