import { IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import type { AgentEventKind } from './agent-event.entity';

export class RegisterAgentDto {
  /** Unique name, e.g. `prod-sql01`. */
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'name must be 1-100 letters, digits, . _ -' })
  name: string;

  /** Where the orchestrator reaches the agent. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  baseUrl: string;

  /** The agent's token (AGENT_TOKEN). Stored encrypted; never returned. */
  @IsString()
  @MinLength(24)
  @MaxLength(1000)
  token: string;
}

export class SelfRegisterAgentDto extends RegisterAgentDto {
  /**
   * Re-registering an existing agent proves it is the same agent: `token` must be its current
   * token, or, when the token changes, `currentToken` must be.
   */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  currentToken?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  engine?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  version?: string;
}

export class AgentDto {
  id: string;
  name: string;
  baseUrl: string;
  engine: string | null;
  version: string | null;
  registeredBy: 'operator' | 'self';
  lastHeartbeatAt: string | null;
  /** From the last heartbeat: `online`, `offline`, or `never-seen` (no heartbeat yet). */
  status: 'online' | 'offline' | 'never-seen';
  createdAt: string;
}

export class AgentRegisteredDto {
  id: string;
}

export class AgentPageDto {
  items: AgentDto[];
  total: number;
  limit: number;
  offset: number;
}

/** An admin moves an agent: new URL, new token, or both. */
export class RepointAgentDto {
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  baseUrl?: string;

  @IsOptional()
  @IsString()
  @MinLength(24)
  @MaxLength(1000)
  token?: string;

  /** Why, for the agent's event trail. */
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class AgentEventDto {
  id: number;
  /** `registered`, `re-registered` (same URL and token), `re-pointed` (URL or token changed) or `refused` (a takeover attempt). */
  kind: AgentEventKind;
  /** `key:<name>` of the admin's API key, or `registration-token`. */
  actor: string;
  remoteAddress: string | null;
  fromUrl: string | null;
  toUrl: string | null;
  tokenChanged: boolean;
  reason: string | null;
  at: string;
}
