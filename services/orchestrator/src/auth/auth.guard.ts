import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiKeysService, type Caller } from './api-keys.service';
import { PUBLIC_ROUTE } from '@cutover/common';
import { REQUIRED_ROLE, Role, ROLE_RANK } from './roles';

export type AuthedRequest = Request & { caller?: Caller };

/**
 * API keys (`X-API-Key` or `Authorization: Bearer`): 401 without a valid key, 403 when the key's
 * role is below what the route needs. A route without a declared role needs admin: forgetting
 * to declare one fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const needed = this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? Role.Admin;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const header = req.headers['x-api-key'];
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const key = (Array.isArray(header) ? header[0] : header) ?? bearer;
    if (!key) throw new UnauthorizedException('missing API key: send it as X-API-Key or Authorization: Bearer');
    const caller = await this.keys.authenticate(key.trim());
    if (!caller) throw new UnauthorizedException('API key is not valid (unknown or revoked)');
    if (ROLE_RANK[caller.role] < ROLE_RANK[needed]) {
      throw new ForbiddenException(`this needs the ${needed} role; the key ${caller.actor} has ${caller.role}`);
    }
    req.caller = caller;
    return true;
  }
}
