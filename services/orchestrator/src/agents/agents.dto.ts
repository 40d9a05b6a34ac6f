import { IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import type { AgentEventKind } from './agent-event.entity';

export class RegisterAgentDto {
  /** Unique name, e.g. `prod-sql01`. @example 'ax-prod-agent' */
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'name must be 1-100 letters, digits, . _ -' })
  name: string;

  /** Where the orchestrator reaches the agent. @example 'https://ax-sql-01.contoso.local:8443' */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  baseUrl: string;

  /** The agent's token (AGENT_TOKEN). Stored encrypted; never returned. @example 'a7Kq2mZx9vR4tP8wL3nB6yH1cF5dJ0sG' */
  @IsString()
  @MinLength(24)
  @MaxLength(1000)
  token: string;
}

export class SelfRegisterAgentDto extends RegisterAgentDto {
  /**
   * Re-registering an existing agent proves it is the same agent: `token` must be its current
   * token, or, when the token changes, `currentToken` must be.
   * @example 'a7Kq2mZx9vR4tP8wL3nB6yH1cF5dJ0sG'
   */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  currentToken?: string;

  /** @example 'mssql' */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  engine?: string;

  /** @example '0.1.0' */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  version?: string;
}

export class AgentDto {
  /** @example '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918' */
  id: string;
  /** @example 'ax-prod-agent' */
  name: string;
  /** @example 'https://ax-sql-01.contoso.local:8443' */
  baseUrl: string;
  /** @example 'mssql' */
  engine: string | null;
  /** @example '0.1.0' */
  version: string | null;
  registeredBy: 'operator' | 'self';
  /** @example '2026-12-01T21:40:12.000Z' */
  lastHeartbeatAt: string | null;
  /** From the last heartbeat: `online`, `offline`, or `never-seen` (no heartbeat yet). */
  status: 'online' | 'offline' | 'never-seen';
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
}

export class AgentRegisteredDto {
  /** @example '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918' */
  id: string;
}

export class AgentPageDto {
  items: AgentDto[];
  /** @example 1 */
  total: number;
  /** @example 50 */
  limit: number;
  /** @example 0 */
  offset: number;
}

/** An admin moves an agent: new URL, new token, or both. */
export class RepointAgentDto {
  /** @example 'https://ax-sql-01.contoso.local:8443' */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  baseUrl?: string;

  /** @example 'a7Kq2mZx9vR4tP8wL3nB6yH1cF5dJ0sG' */
  @IsOptional()
  @IsString()
  @MinLength(24)
  @MaxLength(1000)
  token?: string;

  /** Why, for the agent's event trail. @example 'moved to the new SQL host' */
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class AgentEventDto {
  /** @example 17 */
  id: number;
  /** `registered`, `re-registered` (same URL and token), `re-pointed` (URL or token changed) or `refused` (a takeover attempt). */
  kind: AgentEventKind;
  /** `key:<name>` of the admin's API key, or `registration-token`. @example 'key:ops-lead' */
  actor: string;
  /** @example '10.0.4.21' */
  remoteAddress: string | null;
  /** @example 'https://ax-sql-01.contoso.local:8443' */
  fromUrl: string | null;
  /** @example 'https://ax-sql-02.contoso.local:8443' */
  toUrl: string | null;
  tokenChanged: boolean;
  /** @example 'moved to the new SQL host' */
  reason: string | null;
  /** @example '2026-12-01T20:15:00.000Z' */
  at: string;
}
