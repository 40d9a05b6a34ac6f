import { ConflictException, Injectable } from '@nestjs/common';
import type { RunStart } from '../checklist/checklist.service';
import { StatePool } from '../database/state-pool';
import type { RunDto } from '../runs/runs.dto';
import { RunsService } from '../runs/runs.service';
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
    private readonly db: StatePool,
    private readonly runs: RunsService,
    private readonly upgrades: UpgradesService,
  ) {}

  async start(upgradeId: string, start: RunStart): Promise<RunDto> {
    const upgrade = await this.upgrades.require(upgradeId);
    const [last] = await this.db.query<{ run_id: string; restore_state: string | null; previous: string | null }>(
      `SELECT r.id AS run_id, t.result->'setRecoverySimple'->>'restoreState' AS restore_state,
              t.result->'setRecoverySimple'->>'previous' AS previous
         FROM run r JOIN task t ON t.run_id = r.id
        WHERE r.upgrade_id = $1 AND r.kind = $2 AND r.status = 'ended' AND t.system_id = $3
        ORDER BY r.created_at DESC LIMIT 1`,
      [upgradeId, PreprocessingRunKind.RecoveryModel, upgrade.sourceSystemId],
    );
    if (!last) throw new ConflictException(`no recovery-model run ended for upgrade ${upgradeId}: there is nothing to revert`);
    if (!last.restore_state)
      throw new ConflictException(
        `recovery-model run ${last.run_id} changed nothing on the source (not applicable to its engine, or the model was already simple): nothing to revert`,
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
          payload: { operation: { type: 'restore-recovery-model', restoreRecoveryModel: { restoreState: last.restore_state } } },
        },
      ],
    });
  }
}
