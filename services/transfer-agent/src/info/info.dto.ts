import { EngineKind, OperationType, TransferFormat } from '@cutover/contracts';

export class CapabilitiesDto {
  operations: OperationType[];
  /** Row-stream formats this agent serves at /v1/export. */
  exportFormats: TransferFormat[];
  /** Row-stream formats copy-range can load. */
  importFormats: TransferFormat[];
}

export class InfoDto {
  agentName: string;
  agentVersion: string;
  engine: EngineKind;
  serverVersion: string;
  database: string;
  /** The login the agent connects as. */
  login: string;
  capabilities: CapabilitiesDto;
}
