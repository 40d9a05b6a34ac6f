import { ConflictException, Injectable } from '@nestjs/common';
import type { RunStart } from '../checklist/checklist.service';
import type { RunDto } from '../runs/runs.dto';
import { RunsService } from '../runs/runs.service';
import { TaskRepository } from '../runs/task.repository';
import { UpgradesService } from '../upgrades/upgrades.service';
import { PreprocessingRunKind } from './preprocessing-run-kind';

/**
 * After the upgrade: the source's recovery model back to what the recovery-model run found
 * (SQL Server: FULL or BULK_LOGGED, so log backups and mirroring work again). The agent returned
 * that state as an opaque `restoreState` in the run's result; it is passed back untouched.
 */
@Injectable()
export class RecoveryModelRevertService {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly runs: RunsService,
    private readonly upgrades: UpgradesService,
  ) {}

  async start(upgradeId: string, start: RunStart): Promise<RunDto> {
    const upgrade = await this.upgrades.require(upgradeId);
    const task = await this.tasks.ofLastEndedRun(upgradeId, PreprocessingRunKind.RecoveryModel, upgrade.sourceSystemId);
    if (!task) throw new ConflictException(`no recovery-model run ended for upgrade ${upgradeId}: there is nothing to revert`);
    const restoreState = (task.result?.setRecoverySimple as { restoreState?: string | null } | undefined)?.restoreState;
    if (!restoreState)
      throw new ConflictException(
        `recovery-model run ${task.runId} changed nothing on the source (not applicable to its engine, or the model was already simple): nothing to revert`,
      );
    return this.runs.create({
      upgradeId,
      kind: PreprocessingRunKind.RecoveryModelRevert,
      threads: 1,
      createdBy: start.caller.actor,
      tasks: [
        {
          key: PreprocessingRunKind.RecoveryModelRevert,
          kind: 'agent-operation',
          systemId: upgrade.sourceSystemId,
          payload: { operation: { type: 'restore-recovery-model', restoreRecoveryModel: { restoreState } } },
        },
      ],
    });
  }
}
