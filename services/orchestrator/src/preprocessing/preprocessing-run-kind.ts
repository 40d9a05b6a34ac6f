/** The kinds of run preprocessing starts (the run's `kind`). */
export enum PreprocessingRunKind {
  Readiness = 'readiness',
  Live = 'live-preprocessing',
  Delta = 'delta-preprocessing',
  SingleUser = 'single-user-preprocessing',
  Backup = 'backup',
  RecoveryModel = 'recovery-model',
  RecoveryModelRevert = 'recovery-model-revert',
}
