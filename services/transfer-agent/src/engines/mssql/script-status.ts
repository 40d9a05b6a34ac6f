import type { Connection } from 'tedious';
import type { ScriptStatusRecord, ScriptStatusRow } from '../script-status';
import { createCutoverSchemaSql } from './admin-sql';
import { query, queryCount, run } from './connection';

export const CREATE_SCRIPT_STATUS_SQL = `IF OBJECT_ID(N'cutover.script_status') IS NULL CREATE TABLE cutover.script_status (script_key nvarchar(128) NOT NULL PRIMARY KEY, package_sha256 char(64) NOT NULL, phase nvarchar(20) NOT NULL, last_run datetime2 NOT NULL, result nvarchar(20) NOT NULL, run_id uniqueidentifier NULL)`;

export const UPDATE_SCRIPT_STATUS_SQL = `UPDATE cutover.script_status WITH (UPDLOCK, HOLDLOCK) SET package_sha256 = @sha, phase = @phase, last_run = SYSUTCDATETIME(), result = N'ended', run_id = @runId WHERE script_key = @key`;
export const INSERT_SCRIPT_STATUS_SQL = `INSERT INTO cutover.script_status (script_key, package_sha256, phase, last_run, result, run_id) VALUES (@key, @sha, @phase, SYSUTCDATETIME(), N'ended', @runId)`;

/**
 * Parameters @key, @sha, @phase, @runId; in the script's own transaction. An UPDATE, then an
 * INSERT when it found no row (not MERGE). The UPDATE takes UPDLOCK, HOLDLOCK: when the key is
 * absent it holds a key-range lock until the transaction ends, so a second concurrent upsert of the
 * same key waits at its UPDATE, then finds the row, instead of both inserting (Msg 2627).
 */
export const RECORD_SCRIPT_STATUS_SQL = `${UPDATE_SCRIPT_STATUS_SQL};\nIF @@ROWCOUNT = 0 ${INSERT_SCRIPT_STATUS_SQL};`;

export const SCRIPT_STATUS_EXISTS_SQL = `SELECT COUNT(*) FROM sys.tables WHERE object_id = OBJECT_ID(N'cutover.script_status')`;
export const READ_SCRIPT_STATUS_SQL =
  'SELECT script_key, package_sha256, CONVERT(nvarchar(36), run_id) FROM cutover.script_status ORDER BY script_key';

export async function recordScriptStatus(conn: Connection, s: ScriptStatusRecord, signal: AbortSignal): Promise<void> {
  await run(conn, RECORD_SCRIPT_STATUS_SQL, {
    signal,
    params: [
      { name: 'key', value: s.scriptKey },
      { name: 'sha', value: s.packageSha256 },
      { name: 'phase', value: s.phase },
      { name: 'runId', value: s.runId },
    ],
  });
}

export async function ensureScriptStatus(conn: Connection, signal: AbortSignal): Promise<void> {
  await run(conn, createCutoverSchemaSql, { signal });
  await run(conn, CREATE_SCRIPT_STATUS_SQL, { signal });
}

export async function readScriptStatus(conn: Connection): Promise<ScriptStatusRow[] | null> {
  if ((await queryCount(conn, SCRIPT_STATUS_EXISTS_SQL)) === 0) return null;
  return (await query<[string, string, string | null]>(conn, READ_SCRIPT_STATUS_SQL)).map(([scriptKey, packageSha256, runId]) => ({
    scriptKey,
    packageSha256,
    // SQL Server answers a uniqueidentifier in upper case; runs are named in lower case.
    runId: runId?.toLowerCase() ?? null,
  }));
}
