import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageQueryDto } from '@cutover/common';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { CreateUpgradeDto, UpgradeDto, UpgradePageDto } from './upgrades.dto';
import { UpgradesService } from './upgrades.service';

@ApiTags('upgrades')
@Controller('v1/upgrades')
export class UpgradesController {
  constructor(private readonly upgrades: UpgradesService) {}

  /** Create an upgrade (source, target, optional test system, script package, settings) with its checklist. */
  @Post()
  @RequireRole(Role.Operator)
  @ApiProblems(404, 409)
  create(@Body() dto: CreateUpgradeDto, @CurrentCaller() caller: Caller): Promise<UpgradeDto> {
    return this.upgrades.create(dto, caller.actor);
  }

  /** List the upgrades (paged). */
  @Get()
  @RequireRole(Role.Viewer)
  list(@Query() query: PageQueryDto): Promise<UpgradePageDto> {
    return this.upgrades.list(query);
  }

  /** One upgrade. */
  @Get(':id')
  @RequireRole(Role.Viewer)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UpgradeDto> {
    return this.upgrades.get(id);
  }
}
