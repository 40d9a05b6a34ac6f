import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { BACKUP_NAME } from '@cutover/contracts';

/**
 * Backup files live under AGENT_BACKUP_DIR and nowhere else: a request names one by a path
 * relative to it, made of plain names (no `..`, no `.`, nothing absolute, no backslash), and on the
 * agent's own file system the file it resolves to, symbolic links followed, must still lie inside.
 */

export class BackupPathError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'missing',
  ) {
    super(message);
  }
}

/** Why `name` is not a plain relative path under the backup directory; null when it is one. */
export function backupNameProblem(name: string): string | null {
  if (name.length === 0) return 'is empty';
  if (name.length > 300) return 'is longer than 300 characters';
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name) || isAbsolute(name))
    return 'is an absolute path; name the backup relative to AGENT_BACKUP_DIR';
  if (name.split(/[\\/]/).some((segment) => segment === '..' || segment === '.')) return 'contains a . or .. segment';
  if (!BACKUP_NAME.test(name)) return 'must be plain names (letters, digits, _, - and ., not starting with .) separated by /';
  return null;
}

/** A server-side path (SQL Server: the server's file system, Windows or not): the base joined with the checked name in the base's own separator. */
export function joinServerPath(base: string, name: string): string {
  const problem = backupNameProblem(name);
  if (problem) throw new BackupPathError(`${name} ${problem}`, 'invalid');
  const separator = base.includes('\\') && !base.includes('/') ? '\\' : '/';
  return `${base.replace(/[\\/]+$/, '')}${separator}${name.split('/').join(separator)}`;
}

/**
 * The absolute path of backup `name` in the local directory `base`: a regular file that exists and,
 * with every symbolic link resolved, lies inside `base` (itself resolved).
 */
export async function resolveLocalBackup(base: string, name: string): Promise<string> {
  const problem = backupNameProblem(name);
  if (problem) throw new BackupPathError(`${name} ${problem}`, 'invalid');
  if (!isAbsolute(base)) throw new BackupPathError(`AGENT_BACKUP_DIR ${base} is not an absolute path`, 'invalid');
  let root: string;
  let real: string;
  try {
    root = await realpath(base);
  } catch {
    throw new BackupPathError(`AGENT_BACKUP_DIR ${base} does not exist on this agent`, 'missing');
  }
  try {
    real = await realpath(resolve(root, name));
  } catch {
    throw new BackupPathError(`no backup ${name} in AGENT_BACKUP_DIR (${base})`, 'missing');
  }
  if (!insideDirectory(root, real))
    throw new BackupPathError(`${name} leads outside AGENT_BACKUP_DIR (through a symbolic link)`, 'invalid');
  if (!(await lstat(real)).isFile()) throw new BackupPathError(`${name} in AGENT_BACKUP_DIR is not a file`, 'invalid');
  return real;
}

/** Whether `path` is `root` itself or below it (both absolute and resolved). */
export function insideDirectory(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The name of `file` relative to `base` with `/` separators (what restore-database takes), for a file backup-database wrote there. */
export function nameInBackupDir(base: string, file: string): string {
  const trimmed = base.replace(/[\\/]+$/, '');
  const rest = file.startsWith(trimmed) ? file.slice(trimmed.length).replace(/^[\\/]+/, '') : file;
  return rest.split(/[\\/]/).join('/');
}
