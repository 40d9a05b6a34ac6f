import { spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresBinaries } from './postgres-binaries';
import { EmbeddedPostgresError, type ServerUser } from './postgres-user';

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

function spawnAs(user: ServerUser | null, file: string, args: string[], detached: boolean): ChildProcess {
  return spawn(file, args, {
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    // English messages: readiness is recognised by its log line.
    env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached,
  });
}

/** What went wrong, in one line: PostgreSQL's own FATAL/ERROR line (and its HINT) when it printed one. */
function summary(stderr: string, fallback: string): string {
  const lines = stderr.split('\n').map((l) => l.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\]\s+/, '').trim()); // log prefix
  const error = lines.find((l) => /\b(FATAL|ERROR|PANIC)\b|initdb: error/.test(l));
  const hint = lines.find((l) => /\bHINT\b|initdb: hint/.test(l));
  return error ? [error, hint].filter(Boolean).join(' ') : (lines.filter(Boolean).pop() ?? fallback);
}

function spawnFailed(error: NodeJS.ErrnoException, file: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    error.code === 'EACCES'
      ? `cannot run ${file} (${error.code}): the OS user PostgreSQL runs as cannot reach it; set DATABASE_URL or run from a directory that user can traverse`
      : `cannot run ${file}: ${error.message}`,
  );
}

/** initdb into an empty data directory, superuser `postgres` with the given password. */
export async function initdb(bin: PostgresBinaries, user: ServerUser | null, dataDir: string, password: string): Promise<void> {
  // The password travels in a file only the server user can read, removed right after.
  const dir = await mkdtemp(join(tmpdir(), 'cutover-pwfile-'));
  const pwfile = join(dir, 'pw');
  try {
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) await Promise.all([chown(dir, user.uid, user.gid), chown(pwfile, user.uid, user.gid)]);
    const args = [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`];
    const child = spawnAs(user, bin.initdb, [...args, '--encoding=UTF8', '--locale=C'], false);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    await new Promise<void>((resolve, reject) => {
      child.once('error', (error) => reject(spawnFailed(error, bin.initdb)));
      child.once('close', (code) =>
        code === 0 ? resolve() : reject(new EmbeddedPostgresError(`initdb failed: ${summary(stderr, `exit code ${code}`)}`)),
      );
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface PostmasterProcess {
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the server in its own process group, so a Ctrl-C at the terminal reaches only the Node
 * process: that one stops its services first and the database last. If the Node process exits
 * without stopping it, an exit hook asks the server for a fast shutdown.
 */
export async function startPostmaster(
  bin: PostgresBinaries,
  user: ServerUser | null,
  dataDir: string,
  port: number,
  settings: Record<string, string>,
): Promise<PostmasterProcess> {
  const flags = Object.entries({ listen_addresses: '127.0.0.1', unix_socket_directories: '', ...settings }).flatMap(([k, v]) => [
    '-c',
    `${k}=${v}`,
  ]);
  const child = spawnAs(user, bin.postgres, ['-D', dataDir, '-p', String(port), ...flags], true);
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const orphanGuard = () => void child.kill('SIGINT');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedPostgresError(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s: ${summary(stderr, 'no output')}`));
    }, START_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(spawnFailed(error, bin.postgres));
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-16_384); // keeps reading, so the pipe never fills
      if (stderr.includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new EmbeddedPostgresError(`PostgreSQL stopped while starting (${signal ?? `exit code ${code}`}): ${summary(stderr, 'no output')}`),
      );
    });
  });
  process.once('exit', orphanGuard);
  return {
    pid: child.pid!,
    stop: async () => {
      process.removeListener('exit', orphanGuard);
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Fast shutdown: sessions still open are ended; the services closed theirs before.
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
