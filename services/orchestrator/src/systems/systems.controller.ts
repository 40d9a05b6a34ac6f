import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageQueryDto } from '@cutover/common';
import { RequireRole, Role } from '../auth/roles';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { SingleUserService } from './single-user.service';
import { CreateSystemDto, EnterSingleUserDto, SingleUserViolationsDto, SystemDto, SystemPageDto } from './systems.dto';
import { SystemsService, toSystemDto } from './systems.service';

@ApiTags('systems')
@Controller('v1/systems')
export class SystemsController {
  constructor(
    private readonly systems: SystemsService,
    private readonly singleUser: SingleUserService,
  ) {}

  /** Register a database taking part (production source, test source or target); asks its agent for engine and version. */
  @Post()
  @RequireRole(Role.Admin)
  @ApiProblems({ 404: 'The agent named does not exist.' }, 422, 502)
  async create(@Body() dto: CreateSystemDto): Promise<SystemDto> {
    return toSystemDto(await this.systems.create(dto));
  }

  /** List the systems (paged). */
  @Get()
  @RequireRole(Role.Viewer)
  list(@Query() query: PageQueryDto): Promise<SystemPageDto> {
    return this.systems.list(query);
  }

  /** One system. */
  @Get(':id')
  @RequireRole(Role.Viewer)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SystemDto> {
    return toSystemDto(await this.systems.require(id));
  }

  /**
   * Enter single-user mode: 409 listing the sessions of other logins (login, host, application,
   * since) unless `force`, which ends them; then only the agent's login can connect.
   */
  @Post(':id/single-user')
  @RequireRole(Role.Operator)
  @HttpCode(200)
  @ApiProblems(409, 502)
  async enterSingleUser(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EnterSingleUserDto,
    @CurrentCaller() caller: Caller,
  ): Promise<SystemDto> {
    return toSystemDto(await this.singleUser.enter(id, dto.force ?? false, caller.actor));
  }

  /** Leave single-user mode, restoring exactly the access there was before. */
  @Post(':id/single-user/exit')
  @RequireRole(Role.Operator)
  @HttpCode(200)
  @ApiProblems(409, 502)
  async exitSingleUser(@Param('id', ParseUUIDPipe) id: string): Promise<SystemDto> {
    return toSystemDto(await this.singleUser.exit(id));
  }

  /** Changes by other logins since single-user mode was entered (each one invalidates the upgrade). */
  @Get(':id/single-user/violations')
  @RequireRole(Role.Viewer)
  @ApiProblems({ 409: 'the system is not in single-user mode' }, 502)
  violations(@Param('id', ParseUUIDPipe) id: string): Promise<SingleUserViolationsDto> {
    return this.singleUser.violations(id);
  }
}
