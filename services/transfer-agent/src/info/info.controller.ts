import { availableParallelism, hostname } from 'node:os';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CUTOVER_VERSION, OperationType } from '@cutover/contracts';
import { AgentConfig } from '../config/agent.config';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';
import { engineSupport } from '../engines/features';
import { InfoDto, PermissionsDto } from './info.dto';

@ApiTags('info')
@Controller('v1/info')
export class InfoController {
  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    @Inject(AgentConfig) private readonly config: AgentConfig,
  ) {}

  /** What the agent's login may do in its database (readiness and the state transfer check it). */
  @Get('permissions')
  permissions(): Promise<PermissionsDto> {
    return this.engine.permissions();
  }

  /** Engine, server version, database, agent version, capabilities, what the server's version supports, and the agent's host (name, cores). */
  @Get()
  async info(): Promise<InfoDto> {
    const info = await this.engine.info();
    return {
      agentName: this.config.name,
      agentVersion: CUTOVER_VERSION,
      engine: this.engine.kind,
      ...info,
      capabilities: {
        operations: Object.values(OperationType),
        exportFormats: [...this.engine.exportFormats],
        importFormats: [...this.engine.importFormats],
      },
      support: engineSupport(this.engine.kind, info.serverVersion),
      uptimeSeconds: Math.floor(process.uptime()),
      host: { name: hostname(), cpus: availableParallelism() },
    };
  }
}
