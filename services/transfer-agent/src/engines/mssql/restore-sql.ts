import { EngineInputError } from '../engine';
import { quoteIdent } from './tsql';

/**
 * T-SQL of restore-database on SQL Server (text only; restore.ts runs it, unit tests parse it).
 * The backup path, the logical file names and the physical file names are parameters (RESTORE
 * takes variables for each); the database name is an identifier, quoted by quoteIdent.
 */

/** The backup set's header: database, server version, dates, and the description BACKUP wrote (the manifest). */
export const restoreHeaderOnlySql = `RESTORE HEADERONLY FROM DISK = @path WITH FILE = 1`;

/** The backup set's files: LogicalName, PhysicalName, Type (D data, L log, S FILESTREAM, F full-text), FileId, … */
export const restoreFileListSql = `RESTORE FILELISTONLY FROM DISK = @path WITH FILE = 1`;

/** A database name SQL Server accepts (sysname: 1–128 characters), without control characters. */
export function checkDatabaseName(name: string): void {
  if (name.length === 0 || name.length > 128 || /\p{Cc}/u.test(name))
    throw new EngineInputError(`${JSON.stringify(name)} is not a SQL Server database name (1 to 128 characters, no control characters)`);
}

export const databaseExistsSql = `SELECT COUNT(*) FROM sys.databases WHERE name = @database`;

/** Where new data and log files go when AGENT_RESTORE_DATA_DIR is not set (SQL Server 2012+). */
export const defaultFilePathsSql = `SELECT CONVERT(nvarchar(4000), SERVERPROPERTY('InstanceDefaultDataPath')), CONVERT(nvarchar(4000), SERVERPROPERTY('InstanceDefaultLogPath'))`;

/** A database cannot be restored while a session uses it: the restoring session moves to master first. */
export const useMasterSql = `USE [master]`;

/** Ends every other session in the database (rolled back now), so that RESTORE … WITH REPLACE gets it alone. */
export const singleUserSql = (database: string): string => `ALTER DATABASE ${quoteIdent(database)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE`;

export const multiUserSql = (database: string): string => `ALTER DATABASE ${quoteIdent(database)} SET MULTI_USER`;

/** Over an existing database: one batch, so no other session can take the database between SINGLE_USER and RESTORE. */
export const replaceDatabaseSql = (database: string, files: number): string =>
  `${singleUserSql(database)};\n${restoreDatabaseSql(database, files, true)}`;

/**
 * RESTORE DATABASE with one MOVE per file of the backup (@logical0 TO @physical0, …) into the
 * chosen directories; REPLACE only when told to overwrite an existing database.
 */
export function restoreDatabaseSql(database: string, files: number, replace: boolean): string {
  if (!Number.isInteger(files) || files < 1 || files > 32_767)
    throw new EngineInputError(`a backup with ${files} files cannot be restored`);
  const moves = Array.from({ length: files }, (_, i) => `MOVE @logical${i} TO @physical${i}`);
  return `RESTORE DATABASE ${quoteIdent(database)} FROM DISK = @path WITH FILE = 1, ${moves.join(', ')}, RECOVERY, STATS = 10${replace ? ', REPLACE' : ''}`;
}

export interface BackupFile {
  logicalName: string;
  physicalName: string;
  /** D data, L log, S FILESTREAM container, F full-text catalog. */
  type: string;
  fileId: number;
}

/**
 * Where each file of the backup goes: `<dir>/<database>_<fileId>.mdf|.ndf|.ldf` (FILESTREAM and
 * full-text containers are directories, without extension). Names derive from the database and
 * the file id only, so two restores into different databases never collide; the directory's own
 * separator (`\` on Windows servers) is kept.
 */
export function physicalFileNames(database: string, files: BackupFile[], dataDir: string, logDir: string): string[] {
  const safe = database.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100);
  return files.map((f) => {
    const dir = f.type === 'L' ? logDir : dataDir;
    const separator = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
    const ext = f.type === 'L' ? '.ldf' : f.type === 'D' ? (f.fileId === 1 ? '.mdf' : '.ndf') : '';
    return `${dir.replace(/[\\/]+$/, '')}${separator}${safe}_${f.fileId}${ext}`;
  });
}

/** What BACKUP writes as the backup set's DESCRIPTION (≤ 255 characters): the watermark and when it was read. */
export function backupDescription(watermark: string | null, takenAt: string): string {
  const text = JSON.stringify({ cutover: 1, watermark, takenAt });
  if (text.length > 255) throw new EngineInputError('the backup description would exceed 255 characters');
  return text;
}

/** The manifest part of a backup set's description; null for a backup this agent did not make. */
export function parseBackupDescription(text: string | null | undefined): { watermark: string | null; takenAt: string } | null {
  if (!text) return null;
  try {
    const d = JSON.parse(text) as { cutover?: unknown; watermark?: unknown; takenAt?: unknown };
    if (d.cutover !== 1 || typeof d.takenAt !== 'string' || !(d.watermark === null || typeof d.watermark === 'string')) return null;
    return { watermark: d.watermark, takenAt: d.takenAt };
  } catch {
    return null;
  }
}

export const productVersionSql = `SELECT CONVERT(nvarchar(128), SERVERPROPERTY('ProductVersion'))`;
