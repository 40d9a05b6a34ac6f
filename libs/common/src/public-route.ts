import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'cutover:public';

/**
 * A route the service's key or token guard lets through, in both services: health and metrics;
 * the orchestrator's agent registration and heartbeat (their own authentication); the agent's
 * /v1/export (authorized by a grant).
 */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
