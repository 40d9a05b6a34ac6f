import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The OS user the embedded PostgreSQL runs as. PostgreSQL refuses to run as root, so under root
 * it runs as `postgres` (created when missing); otherwise as the current user (`null` here: no
 * uid switch, nothing to check).
 */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

/** A failure a person fixes by doing what the message says; printed as one line, never with a stack. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const NAME = 'postgres';

export async function serverUser(): Promise<ServerUser | null> {
  if (process.getuid?.() !== 0) return null;
  const found = await lookup();
  if (found) return found;
  try {
    await run('groupadd', ['--system', NAME]);
    await run('useradd', ['--system', '--gid', NAME, '--no-create-home', '--shell', '/usr/sbin/nologin', NAME]);
  } catch (error) {
    // Another process may have created it meanwhile.
    const raced = await lookup();
    if (raced) return raced;
    throw new EmbeddedPostgresError(
      `PostgreSQL cannot run as root and the OS user "${NAME}" could not be created (${firstLine(error)}): create it (useradd ${NAME}) or set DATABASE_URL to a server of your own`,
    );
  }
  const created = await lookup();
  if (!created) throw new EmbeddedPostgresError(`the OS user "${NAME}" was created but cannot be looked up: check /etc/passwd`);
  return created;
}

async function lookup(): Promise<ServerUser | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', NAME]), run('id', ['-g', NAME])]);
    return { name: NAME, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return null;
  }
}

/**
 * Whether the server user may do `test <flag> path` (e.g. `-x` to traverse, `-w` to write),
 * asked of the kernel by running `test` as that user, so modes, ACLs and every parent directory
 * count exactly as they will for PostgreSQL.
 */
export async function userCan(user: ServerUser | null, flag: '-x' | '-w' | '-r', path: string): Promise<boolean> {
  if (!user) return true;
  return new Promise((resolve) => {
    execFile('test', [flag, path], { uid: user.uid, gid: user.gid }, (error) => resolve(!error));
  });
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((l) => l.trim() !== '') ?? text;
}
