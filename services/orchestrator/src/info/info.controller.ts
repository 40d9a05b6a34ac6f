import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CUTOVER_VERSION } from '@cutover/contracts';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { StatePool } from '../database/state-pool';
import { CallerDto, OrchestratorInfoDto } from './info.dto';

@ApiTags('info')
@Controller('v1/info')
export class InfoController {
  constructor(private readonly db: StatePool) {}

  /** Orchestrator version and its state database. */
  @Get()
  @RequireRole(Role.Viewer)
  async info(): Promise<OrchestratorInfoDto> {
    const rows = await this.db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    return { version: CUTOVER_VERSION, stateDatabaseVersion: rows[0].v };
  }

  /** The caller's own role and name (any valid key): lets a client enable only the controls the role may use. */
  @Get('caller')
  @RequireRole(Role.Viewer)
  caller(@CurrentCaller() caller: Caller): CallerDto {
    return { actor: caller.actor, role: caller.role };
  }
}
