import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { PageQueryDto } from '@cutover/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequireRole, Role, Unauthenticated } from '../auth/roles';
import { AgentTokenGuard, RegistrationCredentialGuard } from './agent-credentials.guard';
import { AgentDto, AgentPageDto, AgentRegisteredDto, RegisterAgentDto, SelfRegisterAgentDto } from './agents.dto';
import { AgentsService } from './agents.service';

@ApiTags('agents')
@ApiBearerAuth()
@Controller('v1/agents')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  /** Register an agent by hand (name, base URL, token). */
  @Post()
  @RequireRole(Role.Admin)
  async register(@Body() dto: RegisterAgentDto): Promise<AgentDto> {
    return this.agents.toDto(await this.agents.register(dto));
  }

  /** An agent registers itself, presenting the registration token in `X-Registration-Token`. */
  @Post('register')
  @Unauthenticated()
  @UseGuards(RegistrationCredentialGuard)
  @HttpCode(200)
  async selfRegister(
    @Headers('x-registration-token') token: string | undefined,
    @Body() dto: SelfRegisterAgentDto,
  ): Promise<AgentRegisteredDto> {
    return { id: (await this.agents.selfRegister(token, dto)).id };
  }

  /** Heartbeat from the agent, authenticated with its own token (`Authorization: Bearer`). */
  @Post(':id/heartbeat')
  @Unauthenticated()
  @UseGuards(AgentTokenGuard)
  @HttpCode(204)
  async heartbeat(@Param('id', ParseUUIDPipe) id: string, @Headers('authorization') authorization: string | undefined): Promise<void> {
    await this.agents.heartbeat(id, /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]);
  }

  @Get()
  @RequireRole(Role.Viewer)
  list(@Query() query: PageQueryDto): Promise<AgentPageDto> {
    return this.agents.list(query);
  }

  @Get(':id')
  @RequireRole(Role.Viewer)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<AgentDto> {
    return this.agents.toDto(await this.agents.require(id));
  }
}
