import { mkdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Pool } from 'pg';
import { EngineKind } from '@cutover/contracts';
import { BACKUP_MANIFEST_FORMAT, EngineInputError, type BackupResult, type OperationContext } from '../engine';
import { writeManifest } from './archive';
import { findPgTool, requirePgDump, runTool, toolConnection, toolVersion } from './pg-tools';

/**
 * Backup on PostgreSQL: `pg_dump -Fc` of the agent's database into a file, and beside it a
 * manifest (`<dump>.manifest.json`) with the change watermark read right before pg_dump started.
 * pg_dump takes its snapshot after that, so the dump holds at least every change the watermark
 * covers. pg_dump must be at least the server's major version (an older one refuses to dump a
 * newer server): a missing or older one fails with a message that says what to install.
 */

/** `configured` (AGENT_PG_DUMP) or the first `pg_dump` on PATH; null when there is none. */
export const findPgDump = (configured: string | undefined, path = process.env.PATH ?? ''): string | null =>
  findPgTool('pg_dump', configured, undefined, path);

/** The major version `pg_dump --version` prints ("pg_dump (PostgreSQL) 15.18 (Debian …)" → 15). */
export const pgDumpMajor = async (binary: string): Promise<number> => (await toolVersion(binary)).major;

export interface PostgresBackupOptions {
  url: string;
  pgDump?: string;
}

export async function backupPostgres(
  pool: Pool,
  options: PostgresBackupOptions,
  directory: string,
  watermark: () => Promise<string | null>,
  ctx: OperationContext,
): Promise<BackupResult> {
  const { rows } = await pool.query<{ major: number; version: string; db: string }>(
    `SELECT current_setting('server_version_num')::int / 10000 AS major, current_setting('server_version') AS version, current_database() AS db`,
  );
  const { major, version, db } = rows[0];
  const dump = await requirePgDump(options.pgDump, major);
  if (!isAbsolute(directory)) throw new EngineInputError(`backup directory ${directory} is not an absolute path`);
  await mkdir(directory, { recursive: true });
  const takenAt = new Date();
  const mark = await watermark();
  const stamp = takenAt.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  const file = join(directory, `${db.replace(/[^A-Za-z0-9_.-]/g, '_')}-${stamp}.dump`);
  const { url, env } = toolConnection(options.url);
  try {
    await runTool(dump.binary, ['--format=custom', `--file=${file}`, `--dbname=${url}`], env, ctx.signal);
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  const bytes = (await stat(file)).size;
  const manifest = {
    format: BACKUP_MANIFEST_FORMAT,
    engine: EngineKind.Postgres,
    sourceDatabase: db,
    serverVersion: version,
    watermark: mark,
    takenAt: takenAt.toISOString(),
    finishedAt: new Date().toISOString(),
    tool: dump.version.text,
    bytes,
  } as const;
  await writeManifest(file, manifest);
  return { file, bytes, manifest };
}
