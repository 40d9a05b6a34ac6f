/**
 * The framework table in a source database that records which script ended for which package
 * (`cutover.script_status`), so that the state of preprocessing lives with the data it describes
 * and a state transfer moves it. Each engine creates, writes and reads it with its own SQL.
 */
export interface ScriptStatusRecord {
  scriptKey: string;
  packageSha256: string;
  phase: string;
  runId: string;
}

export interface ScriptStatusRow {
  scriptKey: string;
  packageSha256: string;
  /** The run whose script wrote the row (null for rows written before runs were recorded). */
  runId: string | null;
}
