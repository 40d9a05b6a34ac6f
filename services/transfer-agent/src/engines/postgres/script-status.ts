import type { PoolClient } from 'pg';
import type { ScriptStatusRecord, ScriptStatusRow } from '../script-status';
import { tableExists } from './sql';

/** Run by readiness alone (one task): CREATE … IF NOT EXISTS is not safe against itself in parallel. */
export const SCRIPT_STATUS_SETUP = [
  'CREATE SCHEMA IF NOT EXISTS cutover',
  'CREATE TABLE IF NOT EXISTS cutover.script_status (script_key text PRIMARY KEY, package_sha256 text NOT NULL, phase text NOT NULL, last_run timestamptz NOT NULL, result text NOT NULL, run_id uuid)',
];

/** Parameters: key, package hash, phase, run id. In the script's own transaction. */
export const RECORD_SCRIPT_STATUS_SQL = `INSERT INTO cutover.script_status VALUES ($1, $2, $3, now(), 'ended', $4)
  ON CONFLICT (script_key) DO UPDATE SET package_sha256 = excluded.package_sha256, phase = excluded.phase,
    last_run = excluded.last_run, result = excluded.result, run_id = excluded.run_id`;

export async function recordScriptStatus(client: PoolClient, s: ScriptStatusRecord): Promise<void> {
  await client.query(RECORD_SCRIPT_STATUS_SQL, [s.scriptKey, s.packageSha256, s.phase, s.runId]);
}

export async function ensureScriptStatus(client: PoolClient): Promise<void> {
  for (const statement of SCRIPT_STATUS_SETUP) await client.query(statement);
}

/** Null when the table does not exist (readiness never ran there). */
export async function readScriptStatus(client: PoolClient): Promise<ScriptStatusRow[] | null> {
  if (!(await tableExists(client, { schema: 'cutover', name: 'script_status' }))) return null;
  const { rows } = await client.query<{ script_key: string; package_sha256: string; run_id: string | null }>(
    'SELECT script_key, package_sha256, run_id::text AS run_id FROM cutover.script_status ORDER BY script_key',
  );
  return rows.map((r) => ({ scriptKey: r.script_key, packageSha256: r.package_sha256, runId: r.run_id }));
}
