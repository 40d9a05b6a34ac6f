import { execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { promisify } from 'node:util';
import { EngineInputError, type BackupResult } from '../engine';

/**
 * Backup on PostgreSQL: `pg_dump -Fc` of the agent's database into a file. pg_dump must be at least
 * the server's major version (an older one refuses to dump a newer server), so its version is
 * checked first and a missing or older pg_dump fails with a message that says what to install.
 */

/** `configured` (AGENT_PG_DUMP) or the first `pg_dump` on PATH; null when there is none. */
export function findPgDump(configured: string | undefined, path = process.env.PATH ?? ''): string | null {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (configured) return executable(configured) ? configured : null;
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'pg_dump');
    if (executable(candidate)) return candidate;
  }
  return null;
}

/** The major version `pg_dump --version` prints ("pg_dump (PostgreSQL) 15.18 (Debian …)" → 15). */
export async function pgDumpMajor(binary: string): Promise<number> {
  const { stdout } = await promisify(execFile)(binary, ['--version'], { timeout: 10_000 });
  const m = /\(PostgreSQL\)\s+(\d+)/.exec(stdout) ?? /(\d+)(?:\.\d+)?/.exec(stdout);
  if (!m) throw new EngineInputError(`${binary} --version printed ${JSON.stringify(stdout.trim())}, which names no PostgreSQL version`);
  return Number(m[1]);
}

export async function requirePgDump(configured: string | undefined, serverMajor: number): Promise<string> {
  const binary = findPgDump(configured);
  if (!binary) {
    throw new EngineInputError(
      configured
        ? `pg_dump not found: AGENT_PG_DUMP=${configured} is not an executable file; install pg_dump ${serverMajor} or newer`
        : `pg_dump not found on PATH; install pg_dump ${serverMajor} or newer (PostgreSQL client tools) or set AGENT_PG_DUMP`,
    );
  }
  const major = await pgDumpMajor(binary);
  if (major < serverMajor) {
    throw new EngineInputError(
      `pg_dump at ${binary} is version ${major}, older than the server (${serverMajor}): it cannot dump this database; install pg_dump ${serverMajor} or newer and set AGENT_PG_DUMP`,
    );
  }
  return binary;
}

export async function runPgDump(
  binary: string,
  databaseUrl: string,
  directory: string,
  database: string,
  signal: AbortSignal,
): Promise<BackupResult> {
  if (!isAbsolute(directory)) throw new EngineInputError(`backup directory ${directory} is not an absolute path`);
  await mkdir(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  const file = join(directory, `${database.replace(/[^A-Za-z0-9_.-]/g, '_')}-${stamp}.dump`);
  // The password goes to pg_dump through its environment, not its command line (visible in ps).
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(binary, ['--format=custom', `--file=${file}`, `--dbname=${url.toString()}`], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
        signal,
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`pg_dump exited with code ${code}: ${stderr.trim() || 'no message'}`)),
      );
    });
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { file, bytes: (await stat(file)).size };
}
