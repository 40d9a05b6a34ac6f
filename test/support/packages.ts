import type { TableRef } from '@cutover/contracts';

/** A script body: PostgreSQL SQL alone, or one text per engine (T-SQL reads `[#delta_<table>]`). */
export type ScriptBody = string | { postgres: string; mssql: string };

/** A package script for tests, described by its key. */
export const script = (key: string, phase: string, reads: TableRef[], writes: TableRef[], body: ScriptBody, dependsOn: string[] = []) => ({
  key,
  phase,
  description: key,
  reads,
  writes,
  dependsOn,
  sql: typeof body === 'string' ? { postgres: body } : body,
});
