import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '@cutover/common';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { ChecklistTaskDto, CompleteChecklistTaskDto } from '../checklist/checklist.dto';
import { ChecklistService } from '../checklist/checklist.service';
import { CreateUpgradeDto, UpgradeDto, UpgradePageDto } from './upgrades.dto';
import { UpgradesService } from './upgrades.service';

@ApiTags('upgrades')
@Controller('v1/upgrades')
export class UpgradesController {
  constructor(
    private readonly upgrades: UpgradesService,
    private readonly checklist: ChecklistService,
  ) {}

  /** Create an upgrade (source, target, optional test system, script package, settings) with its checklist. */
  @Post()
  @RequireRole(Role.Operator)
  create(@Body() dto: CreateUpgradeDto, @CurrentCaller() caller: Caller): Promise<UpgradeDto> {
    return this.upgrades.create(dto, caller.actor);
  }

  @Get()
  @RequireRole(Role.Viewer)
  list(@Query() query: PageQueryDto): Promise<UpgradePageDto> {
    return this.upgrades.list(query);
  }

  @Get(':id')
  @RequireRole(Role.Viewer)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UpgradeDto> {
    return this.upgrades.get(id);
  }

  /** The upgrade checklist, in order, with status and who completed what. */
  @Get(':id/checklist')
  @RequireRole(Role.Viewer)
  async getChecklist(@Param('id', ParseUUIDPipe) id: string): Promise<ChecklistTaskDto[]> {
    await this.upgrades.require(id);
    return this.checklist.list(id);
  }

  /** Complete a manual checklist task; 409 names the prerequisites still open. */
  @Post(':id/checklist/:key/complete')
  @RequireRole(Role.Operator)
  @HttpCode(200)
  async complete(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('key') key: string,
    @Body() dto: CompleteChecklistTaskDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ChecklistTaskDto> {
    await this.upgrades.require(id);
    return this.checklist.complete(id, key, caller.actor, dto.notes);
  }
}
