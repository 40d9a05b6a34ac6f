import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@cutover/common';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { UpgradesService } from '../upgrades/upgrades.service';
import { ChecklistTaskDto, CompleteChecklistTaskDto } from './checklist.dto';
import { ChecklistService } from './checklist.service';

/** The checklist of an upgrade (registered by UpgradesModule: it needs the upgrade). */
@ApiTags('checklist')
@Controller('v1/upgrades')
export class ChecklistController {
  constructor(
    private readonly upgrades: UpgradesService,
    private readonly checklist: ChecklistService,
  ) {}

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
  @ApiProblems({ 409: 'Prerequisites are still open, or the task is completed by the run that performs it, not by hand.' })
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
