/**
 * The framework table in the source database that records each script's status, so that the
 * state of preprocessing lives with the data it describes (state transfer moves it). The values
 * are validated keys, hashes, phases and ids; they are still quoted as literals, never spliced raw.
 */
export interface ScriptStatusRow {
  scriptKey: string;
  packageSha256: string;
  phase: string;
  runId: string;
}

const literal = (v: string) => `'${v.replace(/'/g, "''")}'`;
const nliteral = (v: string) => `N'${v.replace(/'/g, "''")}'`;

/**
 * Creates the framework table. Run once, by the readiness check (a single task): `IF NOT EXISTS`
 * DDL is not safe against itself in parallel transactions, the upserts below are.
 */
export function frameworkSetupSql(engine: string): string {
  if (engine === 'mssql') {
    return [
      `IF SCHEMA_ID(N'cutover') IS NULL EXEC(N'CREATE SCHEMA cutover');`,
      'GO',
      `IF OBJECT_ID(N'cutover.script_status') IS NULL CREATE TABLE cutover.script_status (script_key nvarchar(128) NOT NULL PRIMARY KEY, package_sha256 char(64) NOT NULL, phase nvarchar(20) NOT NULL, last_run datetime2 NOT NULL, result nvarchar(20) NOT NULL, run_id uniqueidentifier NULL);`,
    ].join('\n');
  }
  return [
    'CREATE SCHEMA IF NOT EXISTS cutover;',
    'CREATE TABLE IF NOT EXISTS cutover.script_status (script_key text PRIMARY KEY, package_sha256 text NOT NULL, phase text NOT NULL, last_run timestamptz NOT NULL, result text NOT NULL, run_id uuid);',
  ].join('\n');
}

export function scriptStatusSql(engine: string, row: ScriptStatusRow): string {
  if (engine === 'mssql') {
    return [
      `MERGE cutover.script_status AS t USING (SELECT ${nliteral(row.scriptKey)} AS script_key) AS s ON t.script_key = s.script_key
WHEN MATCHED THEN UPDATE SET package_sha256 = ${literal(row.packageSha256)}, phase = ${nliteral(row.phase)}, last_run = SYSUTCDATETIME(), result = N'ended', run_id = ${literal(row.runId)}
WHEN NOT MATCHED THEN INSERT (script_key, package_sha256, phase, last_run, result, run_id) VALUES (s.script_key, ${literal(row.packageSha256)}, ${nliteral(row.phase)}, SYSUTCDATETIME(), N'ended', ${literal(row.runId)});`,
    ].join('\n');
  }
  return [
    `INSERT INTO cutover.script_status VALUES (${literal(row.scriptKey)}, ${literal(row.packageSha256)}, ${literal(row.phase)}, now(), 'ended', ${literal(row.runId)})
  ON CONFLICT (script_key) DO UPDATE SET package_sha256 = excluded.package_sha256, phase = excluded.phase, last_run = excluded.last_run, result = excluded.result, run_id = excluded.run_id;`,
  ].join('\n');
}

/** The script's own SQL followed by its status row, as one script (one transaction on the agent). */
export function withScriptStatus(engine: string, sql: string, row: ScriptStatusRow): string {
  return `${sql}\nGO\n${scriptStatusSql(engine, row)}`;
}
