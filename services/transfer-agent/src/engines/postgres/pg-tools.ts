import { execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { EngineInputError } from '../engine';

/**
 * The PostgreSQL client tools the agent runs: pg_dump for backups, pg_restore for restores. Each is
 * the configured one (AGENT_PG_DUMP, AGENT_PG_RESTORE) or the first on PATH; pg_restore defaults
 * to the one beside a configured pg_dump, so one setting picks a matching pair.
 */

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `configured`, else `<dir of nextTo>/<name>`, else the first `name` on PATH; null when there is none. */
export function findPgTool(name: string, configured: string | undefined, nextTo?: string, path = process.env.PATH ?? ''): string | null {
  if (configured) return executable(configured) ? configured : null;
  if (nextTo && executable(join(dirname(nextTo), name))) return join(dirname(nextTo), name);
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (executable(candidate)) return candidate;
  }
  return null;
}

export interface ToolVersion {
  major: number;
  /** What `--version` printed, e.g. "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)". */
  text: string;
}

/** The major version a PostgreSQL version text names ("15.18 (Debian …)" → 15). */
export function majorOf(version: string): number | null {
  const m = /(\d+)/.exec(version);
  return m ? Number(m[1]) : null;
}

export async function toolVersion(binary: string): Promise<ToolVersion> {
  const { stdout } = await promisify(execFile)(binary, ['--version'], { timeout: 10_000 });
  const text = stdout.trim();
  const m = /\(PostgreSQL\)\s+(\d+)/.exec(text);
  const major = m ? Number(m[1]) : majorOf(text);
  if (major === null) throw new EngineInputError(`${binary} --version printed ${JSON.stringify(text)}, which names no PostgreSQL version`);
  return { major, text };
}

/** pg_dump at least as new as the server (an older one refuses to dump a newer server). */
export async function requirePgDump(
  configured: string | undefined,
  serverMajor: number,
): Promise<{ binary: string; version: ToolVersion }> {
  const binary = findPgTool('pg_dump', configured);
  if (!binary) {
    throw new EngineInputError(
      configured
        ? `pg_dump not found: AGENT_PG_DUMP=${configured} is not an executable file; install pg_dump ${serverMajor} or newer`
        : `pg_dump not found on PATH; install pg_dump ${serverMajor} or newer (PostgreSQL client tools) or set AGENT_PG_DUMP`,
    );
  }
  const version = await toolVersion(binary);
  if (version.major < serverMajor) {
    throw new EngineInputError(
      `pg_dump at ${binary} is version ${version.major}, older than the server (${serverMajor}): it cannot dump this database; install pg_dump ${serverMajor} or newer and set AGENT_PG_DUMP`,
    );
  }
  return { binary, version };
}

/**
 * pg_restore at least as new as the pg_dump that made the archive (an older one cannot read its
 * format) and as the server it restores into; the message names each version involved.
 */
export async function requirePgRestore(
  configured: string | undefined,
  pgDump: string | undefined,
  serverMajor: number,
  dump: { major: number | null; version: string | null },
): Promise<{ binary: string; version: ToolVersion }> {
  const needed = Math.max(serverMajor, dump.major ?? 0);
  const binary = findPgTool('pg_restore', configured, pgDump);
  if (!binary) {
    throw new EngineInputError(
      configured
        ? `pg_restore not found: AGENT_PG_RESTORE=${configured} is not an executable file; install pg_restore ${needed} or newer`
        : `pg_restore not found${pgDump ? ` beside AGENT_PG_DUMP or` : ''} on PATH; install pg_restore ${needed} or newer (PostgreSQL client tools) or set AGENT_PG_RESTORE`,
    );
  }
  const version = await toolVersion(binary);
  if (version.major < needed) {
    const dumpText = dump.version ? `the backup was made by pg_dump ${dump.version}` : 'the backup’s pg_dump version is unknown';
    throw new EngineInputError(
      `pg_restore at ${binary} is version ${version.major}, but ${dumpText} and the server is PostgreSQL ${serverMajor}: ` +
        `pg_restore must be at least version ${needed}; install it and set AGENT_PG_RESTORE`,
    );
  }
  return { binary, version };
}

/** A connection URL without its password, and the environment that passes the password (never on a command line, which ps shows). */
export function toolConnection(databaseUrl: string, database?: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  if (database !== undefined) url.pathname = `/${encodeURIComponent(database)}`;
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a client tool to the end; rejects with the tail of what it printed to stderr. */
export function runTool(binary: string, args: string[], env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<void> {
  const name = binary.split(/[\\/]/).pop();
  return new Promise<void>((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'ignore', 'pipe'], signal });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} exited with code ${code}: ${stderr.trim() || 'no message'}`)),
    );
  });
}
