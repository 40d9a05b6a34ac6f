export class OrchestratorInfoDto {
  version: string;
  /** PostgreSQL version of the state database. */
  stateDatabaseVersion: string;
}
