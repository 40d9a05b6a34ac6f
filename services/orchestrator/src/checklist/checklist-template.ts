import type { ManualTaskDefinition } from '../packages/manifest';

export interface ChecklistTemplateTask {
  key: string;
  section: string;
  title: string;
  description: string;
  required: boolean;
  automatic: boolean;
  prerequisites: string[];
}

/** Keys of the automatic checklist tasks, which runs complete. */
export enum ChecklistKey {
  RegisterSystems = 'register-systems',
  ImportPackage = 'import-script-package',
  CheckReadiness = 'check-upgrade-readiness',
  LivePreprocessing = 'run-live-preprocessing',
  DeltaPreprocessing = 'run-delta-preprocessing',
  StateTransfer = 'state-transfer',
  ApplyNumberSequences = 'apply-number-sequences',
  BackupSource = 'backup-source-database',
  RecoverySimple = 'set-recovery-model-simple',
  EnterSingleUserSource = 'enter-single-user-mode-source',
  SingleUserPreprocessing = 'run-single-user-preprocessing',
  EnterSingleUserTarget = 'enter-single-user-mode-target',
  LaunchDataUpgrade = 'launch-data-upgrade',
}

export const SECTION_PREPARE_APPLICATION_DATA = 'prepare-application-data';

/**
 * The upgrade checklist, after the AX preprocessing checklist in the seeds: prepare, prepare
 * application data (the package's manual tasks), preprocess on the live system, optionally
 * transfer the state from a test system, preprocess in single-user mode, upgrade the data.
 */
export function checklistTemplate(manualTasks: ManualTaskDefinition[], withStateTransfer: boolean): ChecklistTemplateTask[] {
  const auto = (key: ChecklistKey, section: string, title: string, description: string, prerequisites: string[], required = true) => ({
    key,
    section,
    title,
    description,
    required,
    automatic: true,
    prerequisites,
  });
  const manual = manualTasks.map((t) => ({
    key: `manual:${t.key}`,
    section: SECTION_PREPARE_APPLICATION_DATA,
    title: t.title,
    description: t.description,
    required: t.required,
    automatic: false,
    prerequisites: [ChecklistKey.CheckReadiness],
  }));
  const requiredManual = manual.filter((t) => t.required).map((t) => t.key);
  return [
    auto(
      ChecklistKey.RegisterSystems,
      'prepare-for-upgrade',
      'Register source and target systems',
      'Agents reachable; systems registered with their roles.',
      [],
    ),
    auto(
      ChecklistKey.ImportPackage,
      'prepare-for-upgrade',
      'Import the upgrade script package',
      'The package this upgrade runs, by content hash.',
      [],
    ),
    auto(
      ChecklistKey.CheckReadiness,
      'prepare-for-upgrade',
      'Check upgrade readiness',
      'Validation of systems, permissions and package; enables change tracking for delta scripts.',
      [ChecklistKey.RegisterSystems, ChecklistKey.ImportPackage],
    ),
    ...manual,
    auto(
      ChecklistKey.LivePreprocessing,
      'preprocess-on-live-system',
      'Run live preprocessing scripts',
      'All live scripts, in dependency order, while the source stays online.',
      [ChecklistKey.CheckReadiness, ...requiredManual],
    ),
    auto(
      ChecklistKey.DeltaPreprocessing,
      'preprocess-on-live-system',
      'Run delta preprocessing scripts',
      'Reprocess the rows changed since the last run; repeat as often as wanted.',
      // After a state transfer, "prepare application data" is redone and the number sequences applied first.
      [ChecklistKey.LivePreprocessing, ...requiredManual, ...(withStateTransfer ? [ChecklistKey.ApplyNumberSequences] : [])],
    ),
    ...(withStateTransfer
      ? [
          auto(
            ChecklistKey.StateTransfer,
            'state-transfer',
            'Transfer preprocessing state from the test system',
            'Copy the preprocessing state of the test system to production, then rerun "prepare application data" and delta.',
            [ChecklistKey.CheckReadiness],
            false,
          ),
          auto(
            ChecklistKey.ApplyNumberSequences,
            'state-transfer',
            'Apply the number sequences',
            "After a state transfer, production's number sequences are moved past the transferred rows; required once a transfer ended.",
            [ChecklistKey.StateTransfer],
            false,
          ),
        ]
      : []),
    auto(ChecklistKey.BackupSource, 'preprocess-in-single-user-mode', 'Back up the source database', 'Backup before single-user work.', [
      ChecklistKey.DeltaPreprocessing,
    ]),
    auto(
      ChecklistKey.RecoverySimple,
      'preprocess-in-single-user-mode',
      'Set the recovery model to simple',
      'SQL Server only; not applicable on PostgreSQL. After the backup: SIMPLE breaks the log-backup chain until the next full backup.',
      [ChecklistKey.DeltaPreprocessing, ChecklistKey.BackupSource],
    ),
    auto(
      ChecklistKey.EnterSingleUserSource,
      'preprocess-in-single-user-mode',
      'Enter single-user mode on the source',
      'Only the admin login stays connected; changes after this point invalidate the upgrade.',
      [ChecklistKey.DeltaPreprocessing],
    ),
    auto(
      ChecklistKey.SingleUserPreprocessing,
      'preprocess-in-single-user-mode',
      'Run single-user mode preprocessing scripts',
      'A final delta, then the single-user scripts, in parallel.',
      // Seed: back up and set the recovery model to simple before the single-user scripts.
      [
        ChecklistKey.BackupSource,
        ChecklistKey.RecoverySimple,
        ChecklistKey.EnterSingleUserSource,
        ChecklistKey.LivePreprocessing,
        ...requiredManual,
      ],
    ),
    auto(
      ChecklistKey.EnterSingleUserTarget,
      'data-upgrade',
      'Enter single-user mode on the target',
      'Source and target both in single-user mode.',
      [ChecklistKey.DeltaPreprocessing],
    ),
    auto(
      ChecklistKey.LaunchDataUpgrade,
      'data-upgrade',
      'Launch data upgrade',
      'Bulk copy, post-synchronization scripts, indexes and constraints, verification; overlaps single-user preprocessing.',
      // The launch runs whatever single-user preprocessing has not ended, so it needs what that needs.
      [
        ChecklistKey.BackupSource,
        ChecklistKey.RecoverySimple,
        ChecklistKey.EnterSingleUserSource,
        ChecklistKey.EnterSingleUserTarget,
        ChecklistKey.LivePreprocessing,
        ...requiredManual,
      ],
    ),
  ];
}
