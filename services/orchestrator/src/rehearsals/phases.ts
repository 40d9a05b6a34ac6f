/** The phases of production's single-user window, as the forecast breaks it down. */
export enum ForecastPhase {
  FinalDelta = 'final-delta',
  SingleUserScripts = 'single-user-scripts',
  Copy = 'copy',
  Verify = 'verify',
  Indexes = 'indexes',
  PostSync = 'post-sync',
  /** The single-user guards and the identity/serial sequence sync: short checks around the rest. */
  Other = 'other',
}

export const FORECAST_PHASES: readonly ForecastPhase[] = Object.values(ForecastPhase);

const BY_KIND: Record<string, ForecastPhase> = {
  'delta-script': ForecastPhase.FinalDelta,
  'source-script': ForecastPhase.SingleUserScripts,
  'prepare-table': ForecastPhase.Copy,
  'copy-range': ForecastPhase.Copy,
  'verify-table': ForecastPhase.Verify,
  'finish-table': ForecastPhase.Indexes,
  'finish-foreign-keys': ForecastPhase.Indexes,
  // Scripts on the target in a data upgrade are the post-sync scripts.
  script: ForecastPhase.PostSync,
};

/** The phase a task of a single-user preprocessing or data upgrade run belongs to, by its kind. */
export function phaseOfKind(kind: string): ForecastPhase {
  return BY_KIND[kind] ?? ForecastPhase.Other;
}
