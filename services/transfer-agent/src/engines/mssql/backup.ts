import type { Connection } from 'tedious';
import { EngineKind } from '@cutover/contracts';
import {
  BACKUP_MANIFEST_FORMAT,
  EngineInputError,
  type BackupResult,
  type OperationContext,
  type RestoreRequest,
  type RestoreResult,
} from '../engine';
import { currentVersion } from './change-tracking';
import { backupCopyOnlySql, backupSizeSql } from './admin-sql';
import { query, run, type TediousPool } from './connection';
import * as sql from './restore-sql';
import { currentDatabaseSql } from './session-sql';
import type { SqlParam } from './tsql';

/**
 * Backup and restore on SQL Server. BACKUP DATABASE writes the manifest into the backup set itself
 * (its DESCRIPTION: the change watermark read right before the backup, and when), so it travels
 * with the file wherever the server puts it; RESTORE HEADERONLY reads it back with the database,
 * server version and dates. RESTORE FILELISTONLY names the files, each moved into the data
 * directory. Not run against a server in CI (see test/contract/mssql.contract.test.ts).
 */

async function single<T>(conn: Connection, text: string, params: SqlParam[] = []): Promise<T> {
  return (await query<[T]>(conn, text, params))[0]?.[0];
}

/** Rows as objects by column name (RESTORE's result sets have dozens of columns, which vary by version). */
async function queryNamed(conn: Connection, text: string, params: SqlParam[]): Promise<Record<string, unknown>[]> {
  let names: string[] = [];
  const rows: Record<string, unknown>[] = [];
  await run(conn, text, {
    params,
    onColumns: (columns) => (names = columns.map((c) => c.colName)),
    onRow: (values) => rows.push(Object.fromEntries(values.map((v, i) => [names[i], v]))),
  });
  return rows;
}

const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : value ? String(value) : null);

export async function backupDatabase(conn: Connection, directory: string, ctx: OperationContext): Promise<BackupResult> {
  const db = await single<string>(conn, currentDatabaseSql);
  const separator = directory.includes('\\') && !directory.includes('/') ? '\\' : '/';
  const takenAt = new Date().toISOString();
  const watermark = await currentVersion(conn);
  const stamp = takenAt.replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  const file = `${directory.replace(/[\\/]+$/, '')}${separator}${db.replace(/[^A-Za-z0-9_.-]/g, '_')}-${stamp}.bak`;
  await run(conn, backupCopyOnlySql(db), {
    signal: ctx.signal,
    params: [
      { name: 'path', value: file },
      { name: 'description', value: sql.backupDescription(watermark, takenAt) },
    ],
  });
  const bytes = Number((await single<string>(conn, backupSizeSql, [{ name: 'database', value: db }])) ?? 0);
  const serverVersion = await single<string>(conn, sql.productVersionSql);
  const manifest = {
    format: BACKUP_MANIFEST_FORMAT,
    engine: EngineKind.Mssql,
    sourceDatabase: db,
    serverVersion,
    watermark,
    takenAt,
    finishedAt: new Date().toISOString(),
    tool: null,
    bytes,
  } as const;
  return { file, bytes, manifest };
}

/** Header and files of the backup; a file the server cannot read is the request's problem (400 upstream). */
async function readBackup(conn: Connection, path: string) {
  const params = [{ name: 'path', value: path }];
  try {
    const [header] = await queryNamed(conn, sql.restoreHeaderOnlySql, params);
    const files = (await queryNamed(conn, sql.restoreFileListSql, params)).map((f) => ({
      logicalName: String(f.LogicalName),
      physicalName: String(f.PhysicalName),
      type: String(f.Type),
      fileId: Number(f.FileId),
    }));
    if (!header || files.length === 0) throw new Error('it holds no backup set');
    return { header, files };
  } catch (error) {
    throw new EngineInputError(`SQL Server cannot read the backup ${path}: ${(error as Error).message}`);
  }
}

export async function databaseExists(conn: Connection, name: string): Promise<boolean> {
  sql.checkDatabaseName(name);
  return Number(await single(conn, sql.databaseExistsSql, [{ name: 'database', value: name }])) > 0;
}

export async function restoreDatabase(conn: Connection, request: RestoreRequest, ctx: OperationContext): Promise<RestoreResult> {
  const { database, path } = request;
  const { header, files } = await readBackup(conn, path);
  if (Number(header.BackupType) !== 1)
    throw new EngineInputError(`${path} is not a full database backup (backup type ${String(header.BackupType)}): restore a full backup`);
  ctx.signal.throwIfAborted();
  const exists = await databaseExists(conn, database);
  if (exists && !request.replace)
    throw new EngineInputError(
      `database ${database} exists: restore into a new database, or pass replace: true to overwrite it (WITH REPLACE)`,
    );
  const [[dataDefault, logDefault]] = await query<[string | null, string | null]>(conn, sql.defaultFilePathsSql);
  const dataDir = request.dataDirectory ?? dataDefault;
  const logDir = request.dataDirectory ?? logDefault;
  if (!dataDir || !logDir) throw new EngineInputError('SQL Server reports no default data or log path: set AGENT_RESTORE_DATA_DIR');
  const physical = sql.physicalFileNames(database, files, dataDir, logDir);
  const params: SqlParam[] = [
    { name: 'path', value: path },
    ...files.flatMap((f, i) => [
      { name: `logical${i}`, value: f.logicalName },
      { name: `physical${i}`, value: physical[i] },
    ]),
  ];
  // The connection leaves the database (it may be the one restored); the engine discards it afterwards.
  await run(conn, sql.useMasterSql, { signal: ctx.signal });
  try {
    // One batch: no other session can take the database between SINGLE_USER and RESTORE.
    const restore = exists ? sql.replaceDatabaseSql(database, files.length) : sql.restoreDatabaseSql(database, files.length, false);
    await run(conn, restore, { signal: ctx.signal, params });
  } finally {
    // The restored database takes its access mode from the backup; either way it ends up open to all.
    await run(conn, sql.multiUserSql(database)).catch(() => undefined);
  }
  const described = sql.parseBackupDescription(header.BackupDescription as string | null);
  const serverVersion = [header.SoftwareVersionMajor, header.SoftwareVersionMinor, header.SoftwareVersionBuild].join('.');
  const source = header.DatabaseName ? String(header.DatabaseName) : null;
  return {
    database,
    replaced: exists,
    manifest: described
      ? {
          format: BACKUP_MANIFEST_FORMAT,
          engine: EngineKind.Mssql,
          sourceDatabase: source ?? '',
          serverVersion,
          watermark: described.watermark,
          takenAt: described.takenAt,
          finishedAt: iso(header.BackupFinishDate) ?? described.takenAt,
          tool: null,
          bytes: Number(header.BackupSize ?? 0),
        }
      : null,
    backup: { sourceDatabase: source, serverVersion, tool: null, createdAt: iso(header.BackupStartDate) },
    tool: null,
    restoredAt: new Date().toISOString(),
  };
}

/** On a connection of its own, discarded afterwards: it moved to master, and the database may be the agent's own. */
export async function restoreOnOwnConnection(pool: TediousPool, request: RestoreRequest, ctx: OperationContext): Promise<RestoreResult> {
  sql.checkDatabaseName(request.database);
  const c = await pool.acquire();
  try {
    return await restoreDatabase(c.conn, request, ctx);
  } finally {
    pool.release(c, true);
  }
}
