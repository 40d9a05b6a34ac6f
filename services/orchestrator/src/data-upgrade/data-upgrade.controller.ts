import { Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import type { DataUpgradePlanEntity } from './data-upgrade-plan.entity';
import { DataUpgradePlanDto } from './data-upgrade.dto';
import { DataUpgradeService } from './data-upgrade.service';

const toDto = (p: DataUpgradePlanEntity): DataUpgradePlanDto => ({
  id: p.id,
  upgradeId: p.upgradeId,
  createdBy: p.createdBy,
  createdAt: p.createdAt.toISOString(),
  ...p.plan,
});

@ApiTags('data-upgrade')
@ApiBearerAuth()
@Controller('v1/upgrades/:id/data-upgrade')
export class DataUpgradeController {
  constructor(private readonly dataUpgrade: DataUpgradeService) {}

  /**
   * Plan the data upgrade: every copy-set table mapped to its target with a status (ok,
   * no-mapping, field-error, mapping-conflict, target-not-empty), its size, its key ranges
   * (quantiles of the key) and its priority. Readable before anything is launched.
   */
  @Post('plan')
  @RequireRole(Role.Operator)
  async plan(@Param('id', ParseUUIDPipe) id: string, @CurrentCaller() caller: Caller): Promise<DataUpgradePlanDto> {
    return toDto(await this.dataUpgrade.plan(id, caller.actor));
  }

  /** The latest plan. */
  @Get('plan')
  @RequireRole(Role.Viewer)
  async latest(@Param('id', ParseUUIDPipe) id: string): Promise<DataUpgradePlanDto> {
    return toDto(await this.dataUpgrade.latest(id));
  }
}
