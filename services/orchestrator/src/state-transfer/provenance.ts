import type { StateTransferEntity, TestSystemRestore } from './state-transfer.entities';
import { watermarkCovers } from './watermarks';

/**
 * Where the test system comes from, checked against the backup point. The transfer makes
 * production's delta continue from the backup point, so the test system must hold every change
 * production committed before it: it must be restored from a backup taken after the backup point
 * (the backup's watermark covers the backup point's). A backup taken before it lacks the changes
 * in between, which neither the test system nor the delta would then process.
 *
 * Known only when the test system was restored through the restore step (POST
 * …/state-transfer/restore/runs), from a backup with a manifest. A test system restored by hand,
 * or from a backup without a manifest, cannot be checked: that is an advisory, not a refusal, so
 * transfers prepared by hand keep working; the operator is told to make sure.
 */

export const STATE_TRANSFER_BACKUP_RUN_KIND = 'state-transfer-backup';
export const STATE_TRANSFER_RESTORE_RUN_KIND = 'state-transfer-restore';

export interface LastRun {
  id: string;
  status: string;
}

/** True/false once both the backup point and the backup's watermark are known; null otherwise. */
export function restoredAfterBackupPoint(
  engine: string,
  state: Pick<StateTransferEntity, 'backupWatermark' | 'restored'> | null,
): boolean | null {
  const backup = state?.restored?.backup;
  if (!state?.backupWatermark || !backup) return null;
  if (backup.watermark === null) return false; // taken before change tracking was enabled, so before the backup point
  return watermarkCovers(engine, backup.watermark, state.backupWatermark);
}

const describeBackup = (r: TestSystemRestore) =>
  `${r.file}${r.backup ? ` (taken ${r.backup.takenAt}, watermark ${r.backup.watermark ?? 'none: change tracking was off'})` : ''}`;

export function provenanceFindings(
  engine: string,
  testName: string,
  state: StateTransferEntity | null,
  lastRestore: LastRun | null,
): { problems: string[]; advisories: string[] } {
  const problems: string[] = [];
  const advisories: string[] = [];
  if (!state?.backupWatermark || !state.backupAt) return { problems, advisories }; // the missing backup point is its own problem
  const point = `the backup point (recorded ${state.backupAt.toISOString()}, watermark ${state.backupWatermark})`;
  const restored = state.restored;
  if (!restored) {
    if (lastRestore && lastRestore.status !== 'running' && lastRestore.status !== 'ended')
      problems.push(
        `the last restore of the test system ${testName} (run ${lastRestore.id}) is ${lastRestore.status}: its database may be empty; ` +
          'restore it again (POST /v1/upgrades/{id}/state-transfer/restore/runs) and preprocess it',
      );
    else
      advisories.push(
        `the test system ${testName} was not restored through POST /v1/upgrades/{id}/state-transfer/restore/runs, so the orchestrator cannot check ` +
          `that it comes from a backup of production taken after ${point}: make sure it does (a backup taken before misses the changes committed in between)`,
      );
    return { problems, advisories };
  }
  const after = restoredAfterBackupPoint(engine, state);
  if (after === false)
    problems.push(
      `the test system ${testName} was restored from ${describeBackup(restored)}, taken before ${point}: the changes production committed in between ` +
        'are in neither the test system nor the delta after the transfer. Back up production now (POST /v1/upgrades/{id}/state-transfer/backup/runs), ' +
        'restore the test system from that backup (POST …/state-transfer/restore/runs) and preprocess it again',
    );
  else if (after === null)
    advisories.push(
      `the test system ${testName} was restored from ${describeBackup(restored)}, ` +
        (restored.backup
          ? 'whose watermark cannot be compared with the backup point'
          : 'which has no manifest (it was made without the agent)') +
        `: make sure it was taken after ${point}`,
    );
  return { problems, advisories };
}
