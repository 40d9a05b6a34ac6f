import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@cutover/common';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { RunStartDto } from '../checklist/checklist.dto';
import { RunDto } from '../runs/runs.dto';
import { PreprocessingStateDto, ReadinessDto, SourceSideDto, StartLiveRunDto, StartOnSideDto } from './preprocessing.dto';
import { PreprocessingStateService } from './preprocessing-state.service';
import { PreprocessingRunKind, PreprocessingService } from './preprocessing.service';
import { RecoveryModelRevertService } from './recovery-model-revert.service';
import { ApiStepStart } from '../checklist/api-step-start';

@ApiTags('preprocessing')
@Controller('v1/upgrades/:id')
export class PreprocessingController {
  constructor(
    private readonly preprocessing: PreprocessingService,
    private readonly status: PreprocessingStateService,
    private readonly recoveryRevert: RecoveryModelRevertService,
  ) {}

  /**
   * Check upgrade readiness: a run that records each check (pass, error, advisory) and, when clean, enables change tracking.
   * `system: test` checks the upgrade's test system instead of production (state transfer).
   */
  @Post('readiness/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  startReadiness(@Param('id', ParseUUIDPipe) id: string, @Body() dto: StartOnSideDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.preprocessing.startReadiness(id, { caller, override: dto.override }, dto.system);
  }

  /** The latest readiness results and the history of readiness runs of one source system (`?system=test` for the test system). */
  @Get('readiness')
  @RequireRole(Role.Viewer)
  @ApiProblems({ 409: '`system=test`, and the upgrade has no test system' })
  readiness(@Param('id', ParseUUIDPipe) id: string, @Query() query: SourceSideDto): Promise<ReadinessDto> {
    return this.status.readiness(id, query.system);
  }

  /**
   * Live preprocessing: every live script in dependency order, `threads` at a time, while the source stays online.
   * `system: test` runs it on the test system, to transfer the resulting state to production afterwards.
   */
  @Post('live/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  startLive(@Param('id', ParseUUIDPipe) id: string, @Body() dto: StartLiveRunDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.preprocessing.startLive(id, { caller, override: dto.override }, dto.rerun ?? false, dto.system);
  }

  /** Delta preprocessing (repeatable): each delta script on the keys changed since its watermark; `system: test` on the test system. */
  @Post('delta/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  startDelta(@Param('id', ParseUUIDPipe) id: string, @Body() dto: StartOnSideDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.preprocessing.startDelta(id, { caller, override: dto.override }, dto.system);
  }

  /** Single-user preprocessing: final delta, single-user scripts in parallel, then a check for changes by other logins. */
  @Post('single-user/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  startSingleUser(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RunStartDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.preprocessing.startSingleUser(id, { caller, override: dto.override });
  }

  /** Back up the source database (SQL Server BACKUP … COPY_ONLY, PostgreSQL pg_dump); its result completes the checklist task. */
  @Post('backup/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  startBackup(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RunStartDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.preprocessing.startPreparation(id, PreprocessingRunKind.Backup, { caller, override: dto.override });
  }

  /** Set the source's recovery model to simple (SQL Server; PostgreSQL reports it not applicable). */
  @Post('recovery-model/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  startRecoveryModel(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RunStartDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.preprocessing.startPreparation(id, PreprocessingRunKind.RecoveryModel, { caller, override: dto.override });
  }

  /**
   * After the upgrade: set the source's recovery model back to what the last recovery-model run
   * found (its result's `previous`), so log backups and mirroring work again. 409 when that run
   * changed nothing.
   */
  @Post('recovery-model/revert/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  startRecoveryModelRevert(@Param('id', ParseUUIDPipe) id: string, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.recoveryRevert.start(id, { caller });
  }

  /** Which scripts ended for which package, and each delta script's watermark, on the source (`?system=test`: the test system). */
  @Get('preprocessing')
  @RequireRole(Role.Viewer)
  @ApiProblems({ 409: '`system=test`, and the upgrade has no test system' })
  state(@Param('id', ParseUUIDPipe) id: string, @Query() query: SourceSideDto): Promise<PreprocessingStateDto> {
    return this.status.state(id, query.system);
  }
}
