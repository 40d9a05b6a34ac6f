import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '@cutover/common';
import { RequireRole, Role } from '../auth/roles';
import { CreateSystemDto, SystemDto, SystemPageDto } from './systems.dto';
import { SystemsService, toSystemDto } from './systems.service';

@ApiTags('systems')
@ApiBearerAuth()
@Controller('v1/systems')
export class SystemsController {
  constructor(private readonly systems: SystemsService) {}

  /** Register a database taking part (production source, test source or target); asks its agent for engine and version. */
  @Post()
  @RequireRole(Role.Admin)
  async create(@Body() dto: CreateSystemDto): Promise<SystemDto> {
    return toSystemDto(await this.systems.create(dto));
  }

  @Get()
  @RequireRole(Role.Viewer)
  list(@Query() query: PageQueryDto): Promise<SystemPageDto> {
    return this.systems.list(query);
  }

  @Get(':id')
  @RequireRole(Role.Viewer)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SystemDto> {
    return toSystemDto(await this.systems.require(id));
  }
}
