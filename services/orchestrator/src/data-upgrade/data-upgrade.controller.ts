import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { reportCsv } from '../copy/copy-report.service';
import { RunDto } from '../runs/runs.dto';
import type { DataUpgradePlanEntity } from './data-upgrade-plan.entity';
import { DataUpgradePlanDto, DataUpgradeProgressDto, DataUpgradeReportDto, LaunchDataUpgradeDto, ReportQueryDto } from './data-upgrade.dto';
import { DataUpgradeRunsService } from './data-upgrade-runs.service';
import { DataUpgradeService } from './data-upgrade.service';
import { ApiStepStart } from '../checklist/api-step-start';

const toDto = (p: DataUpgradePlanEntity): DataUpgradePlanDto => ({
  id: p.id,
  upgradeId: p.upgradeId,
  createdBy: p.createdBy,
  createdAt: p.createdAt.toISOString(),
  ...p.plan,
});

@ApiTags('data-upgrade')
@Controller('v1/upgrades/:id/data-upgrade')
export class DataUpgradeController {
  constructor(
    private readonly dataUpgrade: DataUpgradeService,
    private readonly runs: DataUpgradeRunsService,
  ) {}

  /**
   * Plan the data upgrade: every copy-set table mapped to its target with a status (ok,
   * no-mapping, field-error, mapping-conflict, target-not-empty), its size, its key ranges
   * (quantiles of the key) and its priority. Readable before anything is launched.
   */
  @Post('plan')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  async plan(@Param('id', ParseUUIDPipe) id: string, @CurrentCaller() caller: Caller): Promise<DataUpgradePlanDto> {
    return toDto(await this.dataUpgrade.plan(id, caller.actor));
  }

  /** The latest plan. */
  @Get('plan')
  @RequireRole(Role.Viewer)
  async latest(@Param('id', ParseUUIDPipe) id: string): Promise<DataUpgradePlanDto> {
    return toDto(await this.dataUpgrade.latest(id));
  }

  /**
   * Launch the data upgrade: plans again, refuses (409, each table named) while a table is not
   * `ok` unless excluded, and needs source and target in single-user mode. One run: the source's
   * remaining single-user scripts, per table prepare → copy ranges → verify and finish, post-sync
   * scripts after the tables they read, and a single-user guard at the end.
   */
  @Post('runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  launch(@Param('id', ParseUUIDPipe) id: string, @Body() dto: LaunchDataUpgradeDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.runs.launch(id, dto, { caller, override: dto.override });
  }

  /** Per table: phase, ranges done, rows copied of the estimate, bytes, current rows/s and ETA; and the run's totals. */
  @Get('runs/:runId/progress')
  @RequireRole(Role.Viewer)
  progress(@Param('id', ParseUUIDPipe) id: string, @Param('runId', ParseUUIDPipe) runId: string): Promise<DataUpgradeProgressDto> {
    return this.runs.progress(id, runId);
  }

  /** The comparison report: per table source rows, target rows, checksum match, time and rows/s. `?format=csv` for CSV. */
  @Get('runs/:runId/report')
  @RequireRole(Role.Viewer)
  @ApiProduces('application/json', 'text/csv')
  async report(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('runId', ParseUUIDPipe) runId: string,
    @Query() query: ReportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DataUpgradeReportDto | string> {
    const report = await this.runs.report(id, runId);
    if (query.format !== 'csv') return report;
    res.type('text/csv').setHeader('Content-Disposition', `attachment; filename="data-upgrade-${runId}.csv"`);
    return reportCsv(report.tables);
  }
}
