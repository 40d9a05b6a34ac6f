import { Role } from '../auth/roles';

export class OrchestratorInfoDto {
  /** @example '0.1.0' */
  version: string;
  /** PostgreSQL version of the state database. @example '18.4' */
  stateDatabaseVersion: string;
}

/** Who the API key belongs to: what the cockpit and the CLI show, and which controls they enable. */
export class CallerDto {
  /** As the event log records it: `key:<name>` or `bootstrap-admin`. @example 'key:ops-lead' */
  actor: string;
  role: Role;
}
