import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { ApiProblems, ApiOwnSecurity, PageQueryDto, Public } from '@cutover/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { AgentTokenGuard, RegistrationCredentialGuard } from './agent-credentials.guard';
import { AgentRegistrationService } from './agent-registration.service';
import {
  AgentDto,
  AgentEventDto,
  AgentPageDto,
  AgentRegisteredDto,
  RegisterAgentDto,
  RepointAgentDto,
  SelfRegisterAgentDto,
} from './agents.dto';
import { AgentsService } from './agents.service';

const requester = (caller: Caller, req: Request) => ({ actor: caller.actor, remoteAddress: req.ip ?? null });

@ApiTags('agents')
@Controller('v1/agents')
export class AgentsController {
  constructor(
    private readonly agents: AgentsService,
    private readonly registration: AgentRegistrationService,
  ) {}

  /** Register an agent by hand (name, base URL, token). */
  @Post()
  @RequireRole(Role.Admin)
  @ApiProblems({ 409: 'An agent with this name is already registered.' })
  async register(@Body() dto: RegisterAgentDto, @CurrentCaller() caller: Caller, @Req() req: Request): Promise<AgentDto> {
    return this.agents.toDto(await this.registration.register(dto, requester(caller, req)));
  }

  /**
   * An agent registers itself, presenting the registration token in `X-Registration-Token`. A new
   * name creates an agent; an existing one is updated only when the request proves the agent's
   * current token (`token`, or `currentToken` when rotating), and never when an admin registered
   * it (409; the attempt is recorded in the agent's events).
   */
  @Post('register')
  @Public()
  @ApiOwnSecurity('registration-token')
  @UseGuards(RegistrationCredentialGuard)
  @HttpCode(200)
  @ApiProblems({ 409: 'The name belongs to an agent at another URL or with another token (the refusal is recorded in its events).' })
  async selfRegister(@Body() dto: SelfRegisterAgentDto, @Req() req: Request): Promise<AgentRegisteredDto> {
    return { id: (await this.registration.selfRegister(dto, req.ip ?? null)).id };
  }

  /** Move an agent to a new URL and/or token (admin). Recorded in the agent's events. */
  @Patch(':id')
  @RequireRole(Role.Admin)
  @ApiProblems(409, 422)
  async repoint(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RepointAgentDto,
    @CurrentCaller() caller: Caller,
    @Req() req: Request,
  ): Promise<AgentDto> {
    if (dto.baseUrl === undefined && dto.token === undefined) throw new BadRequestException('give baseUrl, token or both');
    return this.agents.toDto(await this.registration.repoint(await this.agents.require(id), dto, requester(caller, req)));
  }

  /** Heartbeat from the agent, authenticated with its own token (`Authorization: Bearer`). */
  @Post(':id/heartbeat')
  @Public()
  @ApiOwnSecurity('agent-token')
  @UseGuards(AgentTokenGuard)
  @HttpCode(204)
  async heartbeat(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request): Promise<void> {
    await this.agents.heartbeat(id, /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]);
  }

  /** List the registered agents (paged). */
  @Get()
  @RequireRole(Role.Viewer)
  list(@Query() query: PageQueryDto): Promise<AgentPageDto> {
    return this.agents.list(query);
  }

  /** One agent. */
  @Get(':id')
  @RequireRole(Role.Viewer)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<AgentDto> {
    return this.agents.toDto(await this.agents.require(id));
  }

  /** Registrations, re-registrations, re-points and refused takeover attempts, oldest first. */
  @Get(':id/events')
  @RequireRole(Role.Viewer)
  events(@Param('id', ParseUUIDPipe) id: string): Promise<AgentEventDto[]> {
    return this.agents.listEvents(id);
  }
}
