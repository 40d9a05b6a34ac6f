import { Role } from '../auth/roles';

export class OrchestratorInfoDto {
  version: string;
  /** PostgreSQL version of the state database. */
  stateDatabaseVersion: string;
}

/** Who the API key belongs to: what the cockpit and the CLI show, and which controls they enable. */
export class CallerDto {
  /** As the event log records it: `key:<name>` or `bootstrap-admin`. */
  actor: string;
  role: Role;
}
