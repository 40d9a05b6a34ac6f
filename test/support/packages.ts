import type { TableRef } from '@cutover/contracts';

/** A package script for tests: PostgreSQL SQL, described by its key. */
export const script = (key: string, phase: string, reads: TableRef[], writes: TableRef[], postgres: string, dependsOn: string[] = []) => ({
  key,
  phase,
  description: key,
  reads,
  writes,
  dependsOn,
  sql: { postgres },
});
