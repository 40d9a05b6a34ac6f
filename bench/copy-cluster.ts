/**
 * A throwaway Debian PostgreSQL 15 cluster for bench/copy: pg_dump 15 and pgcopydb 0.10 cannot
 * dump the embedded PostgreSQL 18, so every contender runs against this one server.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseUrl, freePort, sql } from '@cutover/testing';

export const PG_BIN = '/usr/lib/postgresql/15/bin';
const PREREQUISITES = `bench/copy needs PostgreSQL 15 and pgcopydb from Debian, once: apt-get install -y pgcopydb postgresql-15`;

/**
 * Fails fast, naming the one-time prerequisite, when a binary is missing: the server's always,
 * pg_dump/pg_restore and pgcopydb only when their contenders run.
 */
export function requireBinaries(tools: { pgDump: boolean; pgcopydb: boolean } = { pgDump: true, pgcopydb: true }): {
  pgDump: string;
  pgRestore: string;
  pgcopydb: string;
} {
  const found = {
    pgDump: join(PG_BIN, 'pg_dump'),
    pgRestore: join(PG_BIN, 'pg_restore'),
    pgcopydb: '/usr/bin/pgcopydb',
  };
  const needed = [
    join(PG_BIN, 'initdb'),
    join(PG_BIN, 'pg_ctl'),
    join(PG_BIN, 'postgres'),
    ...(tools.pgDump ? [found.pgDump, found.pgRestore] : []),
    ...(tools.pgcopydb ? [found.pgcopydb] : []),
  ];
  const missing = needed.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`${PREREQUISITES} (missing: ${missing.join(', ')})`);
  return found;
}

export interface Cluster {
  /** Superuser URL of the `postgres` database (trust authentication on 127.0.0.1). */
  url: string;
  /** The postmaster's process id. */
  pid: number;
  db(name: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Runs a binary as the `postgres` OS user when we are root (PostgreSQL refuses to run as root). */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

function run(cmd: string, argv: string[], owner: { uid?: number; gid?: number }, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { ...owner, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${err.trim()}`))));
  });
}

export async function startCluster(settings: Record<string, string>): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-bench-copy-pg-'));
  const owner = runAs();
  if (owner.uid !== undefined) chownSync(dir, owner.uid, owner.gid!);
  const data = join(dir, 'data');
  const port = await freePort();
  await run(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'], owner, dir);
  const options = Object.entries({
    port: String(port),
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    max_connections: '300',
    ...settings,
  })
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  await run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start'], owner, dir);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    pid: Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    db: (name) => databaseUrl(url, name),
    createDatabase: async (name) => {
      await sql(url, `CREATE DATABASE "${name}"`);
      return databaseUrl(url, name);
    },
    stop: async () => {
      await run(join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], owner, dir).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs a command to completion; rejects with its stderr tail when it fails. */
export function exec(cmd: string, argv: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group: pgcopydb signals its whole group when a sub-process fails, which would take this process too.
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${argv[0]} exited ${code ?? signal}: ${err.trim()}`)),
    );
  });
}

const CLK_TCK = 100; // USER_HZ: 100 on every mainstream Linux (getconf CLK_TCK)

interface ProcStat {
  ppid: number;
  /** utime + stime, and cutime + cstime (children already reaped), in seconds. */
  self: number;
  reaped: number;
}

function procStat(pid: number): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), self: (Number(f[11]) + Number(f[12])) / CLK_TCK, reaped: (Number(f[13]) + Number(f[14])) / CLK_TCK };
  } catch {
    return null; // exited meanwhile
  }
}

/** CPU seconds (user + system) one process has used itself. */
export function processCpu(pid: number): number {
  return procStat(pid)?.self ?? 0;
}

/**
 * CPU seconds used by the process trees under `roots`: live processes' own time plus what they
 * reaped from exited children (PostgreSQL backends, pg_dump, pgcopydb's workers). Counts only
 * this bench's processes, unlike /proc/stat, so other work on the machine does not show.
 */
export function treeCpu(roots: number[]): number {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => [Number(d), procStat(Number(d))] as const)
    .filter((e): e is readonly [number, ProcStat] => e[1] !== null);
  const children = new Map<number, number[]>();
  for (const [pid, st] of all) children.set(st.ppid, [...(children.get(st.ppid) ?? []), pid]);
  const byPid = new Map(all);
  let total = 0;
  const todo = [...roots];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    const st = byPid.get(pid);
    if (!st) continue;
    total += st.self + st.reaped;
    todo.push(...(children.get(pid) ?? []));
  }
  return total;
}
