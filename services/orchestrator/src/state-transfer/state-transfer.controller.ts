import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { RunDto } from '../runs/runs.dto';
import { NumberSequencesService } from './number-sequences.service';
import {
  ApplyNumberSequencesDto,
  NumberSequencesDto,
  StartStateTransferDto,
  StateTransferStartDto,
  StateTransferStatusDto,
} from './state-transfer.dto';
import { StateTransferService } from './state-transfer.service';
import { RestoreStepService } from './restore-step.service';
import { RestoreTestSystemDto } from './restore.dto';
import { ApiProblems } from '@cutover/common';
import { ApiStepStart } from '../checklist/api-step-start';

@ApiTags('state-transfer')
@Controller('v1/upgrades/:id/state-transfer')
export class StateTransferController {
  constructor(
    private readonly transfer: StateTransferService,
    private readonly sequences: NumberSequencesService,
    private readonly restoreStep: RestoreStepService,
  ) {}

  /** Where the state transfer stands: backup point, discovered tables, last run and its per-table progress, carried state, sequences applied, next steps. */
  @Get()
  @RequireRole(Role.Viewer)
  @ApiProblems({ 409: 'the upgrade has no test system to transfer state from' })
  status(@Param('id', ParseUUIDPipe) id: string): Promise<StateTransferStatusDto> {
    return this.transfer.status(id);
  }

  /**
   * Record production's change watermark as the backup point, right before backing up production
   * for the test system. After the transfer, production's delta scripts continue from it.
   */
  @Post('backup-point')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  backupPoint(@Param('id', ParseUUIDPipe) id: string, @CurrentCaller() caller: Caller): Promise<StateTransferStatusDto> {
    return this.transfer.recordBackupPoint(id, caller.actor);
  }

  /**
   * Back up production for the test system: `backup-database` on production's agent, into
   * `state-transfer/` of its AGENT_BACKUP_DIR, with a manifest holding production's change
   * watermark read right before the dump. Record the backup point first: the backup is then taken
   * after it. The result's `name` is what the restore step takes.
   */
  @Post('backup/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  backup(@Param('id', ParseUUIDPipe) id: string, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.restoreStep.backup(id, caller);
  }

  /**
   * Restore a backup of production as the test system: `restore-database` on the test system's
   * agent, replacing the database it serves (`replace: true` confirms). Refused (409) while a run
   * uses the test system or it is in single-user mode. Its script statuses and delta watermarks in
   * the orchestrator are forgotten; when the run ends, where the test system comes from (the
   * backup and its manifest) is recorded, and the state transfer refuses a backup taken before
   * the backup point.
   */
  @Post('restore/runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  restore(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RestoreTestSystemDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.restoreStep.restore(id, dto, caller);
  }

  /**
   * Validate both systems (every failed condition at once, 409), discover the tables to move from
   * the package with their sizes, and start one run copying them test → production (`threads` in
   * parallel, key ranges, checksum verification). `dryRun: true` validates and discovers only.
   * When the run ends, production takes over the test system's script statuses and the backup
   * point as its delta watermarks.
   */
  @Post('runs')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  start(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: StartStateTransferDto,
    @CurrentCaller() caller: Caller,
  ): Promise<StateTransferStartDto> {
    return this.transfer.start(id, dto, { caller, override: dto.override });
  }

  /** Preview of the package's number sequences: test value, production value, value to set; and every application so far. */
  @Get('number-sequences')
  @RequireRole(Role.Viewer)
  @ApiProblems({ 409: 'The number sequences cannot be compared yet (the detail says why).' })
  numberSequences(@Param('id', ParseUUIDPipe) id: string): Promise<NumberSequencesDto> {
    return this.sequences.preview(id);
  }

  /**
   * Write the previewed values on production, for the sequences listed with production's values
   * as the operator confirmed them; 409 (nothing written) when production changed since. Recorded
   * with who and when; applying again is harmless.
   */
  @Post('number-sequences/apply')
  @RequireRole(Role.Operator)
  @ApiStepStart()
  applyNumberSequences(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ApplyNumberSequencesDto,
    @CurrentCaller() caller: Caller,
  ): Promise<NumberSequencesDto> {
    return this.sequences.apply(id, dto, { caller, override: dto.override });
  }
}
