import { SetMetadata } from '@nestjs/common';

export enum Role {
  Viewer = 'viewer',
  Operator = 'operator',
  Admin = 'admin',
}

/** Each role includes the ones before it. */
export const ROLE_RANK: Record<Role, number> = { [Role.Viewer]: 1, [Role.Operator]: 2, [Role.Admin]: 3 };

export const REQUIRED_ROLE = 'cutover:role';
/** The least role a route needs. Every route declares one (or is @Unauthenticated). */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

export const UNAUTHENTICATED = 'cutover:unauthenticated';
/** Routes with their own authentication (health; agent registration and heartbeat). */
export const Unauthenticated = () => SetMetadata(UNAUTHENTICATED, true);
