/** A package script for tests: PostgreSQL SQL, described by its key. */
export const script = (key: string, phase: string, reads: string[], writes: string[], postgres: string, dependsOn: string[] = []) => ({
  key,
  phase,
  description: key,
  reads,
  writes,
  dependsOn,
  sql: { postgres },
});
