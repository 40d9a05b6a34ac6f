import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProblems } from '@cutover/common';

export enum Role {
  Viewer = 'viewer',
  Operator = 'operator',
  Admin = 'admin',
}

/** Each role includes the ones before it. */
export const ROLE_RANK: Record<Role, number> = { [Role.Viewer]: 1, [Role.Operator]: 2, [Role.Admin]: 3 };

export const REQUIRED_ROLE = 'cutover:role';
/**
 * The least role a route needs. Every route declares one (or is @Public). Above viewer
 * (which every valid key has), a key with less gets 403, which the OpenAPI document says.
 */
export const RequireRole = (role: Role) =>
  role === Role.Viewer
    ? SetMetadata(REQUIRED_ROLE, role)
    : applyDecorators(SetMetadata(REQUIRED_ROLE, role), ApiProblems({ 403: `The key's role is below ${role}.` }));
