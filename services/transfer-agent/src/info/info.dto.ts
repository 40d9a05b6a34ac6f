import { EngineKind, OperationType, TransferFormat } from '@cutover/contracts';

export class CapabilitiesDto {
  operations: OperationType[];
  /** Row-stream formats this agent serves at /v1/export. */
  exportFormats: TransferFormat[];
  /** Row-stream formats copy-range can load. */
  importFormats: TransferFormat[];
}

export class FeatureSupportDto {
  /** @example 'change-tracking' */
  feature: string;
  /** The server's version is new enough for it. */
  available: boolean;
  /** The lowest release it needs, e.g. "SQL Server 2016". @example 'SQL Server 2016' */
  requires: string;
  /** @example 'per-table change tracking needs SQL Server 2016 or later' */
  why: string;
}

/** What this server can do, from its version: the engine's floor and the features above it. */
export class EngineSupportDto {
  /** At or above the floor: every essential part (catalog, copy, change capture, single-user mode) runs. */
  supported: boolean;
  /** The lowest release Cutover supports for this engine, e.g. "SQL Server 2008". @example 'SQL Server 2016' */
  floor: string;
  /** @example 'CREATE OR ALTER and per-table change tracking' */
  floorReason: string;
  features: FeatureSupportDto[];
}

export class PermissionsDto {
  /** PostgreSQL superuser, SQL Server sysadmin. */
  superuser: boolean;
  /** Create tables (shadow and staging tables, change capture). */
  createTables: boolean;
  /** Own or fully control the database: restrict it for single-user mode, alter and truncate its tables. */
  ownDatabase: boolean;
  /** See every session on the database. */
  readSessions: boolean;
  /** End other sessions (forced single-user mode, the watchdog). */
  endSessions: boolean;
}

/** The host the agent runs on: what the forecast bounds the systems' capacity with. */
export class HostDto {
  /** os.hostname(): agents on one machine report the same name. @example 'ax-sql-01' */
  name: string;
  /** Cores this process may use (os.availableParallelism(), which respects CPU affinity). @example 8 */
  cpus: number;
}

export class InfoDto {
  /** @example 'ax-prod-agent' */
  agentName: string;
  /** @example '0.1.0' */
  agentVersion: string;
  engine: EngineKind;
  /** @example '16.0.4135.4' */
  serverVersion: string;
  /** @example 'MicrosoftDynamicsAX' */
  database: string;
  /** The login the agent connects as. @example 'ax_upgrade' */
  login: string;
  capabilities: CapabilitiesDto;
  support: EngineSupportDto;
  /**
   * Seconds since this agent process started: tells an operation the agent never received from
   * one it forgot because it restarted.
   * @example 86400
   */
  uptimeSeconds: number;
  host: HostDto;
}
