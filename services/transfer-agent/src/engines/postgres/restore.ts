import { stat } from 'node:fs/promises';
import { Client, type Pool } from 'pg';
import { EngineInputError, type OperationContext, type RestoreRequest, type RestoreResult } from '../engine';
import { readArchiveHeader, readManifest } from './archive';
import { majorOf, requirePgRestore, runTool, toolConnection } from './pg-tools';
import { quoteIdent } from './sql';

/**
 * Restore on PostgreSQL: a NEW database is created (from template0) and `pg_restore` loads the
 * custom-format dump into it in one transaction, so a failed restore leaves an empty database
 * rather than half of one. An existing database is refused unless `replace`: then it is dropped
 * first WITH (FORCE), which ends its sessions (the agent's own pool too, when it restores its own
 * database, as the state transfer's test system does; the pool reconnects afterwards).
 * Objects are owned by the agent's login and production's grants are left out (`--no-owner
 * --no-privileges`): the roles of production need not exist on the server restored to.
 */

export interface PostgresRestoreOptions {
  url: string;
  pgDump?: string;
  pgRestore?: string;
}

/** A database name PostgreSQL accepts: 1–63 bytes (NAMEDATALEN − 1), no control characters. */
export function checkDatabaseName(name: string): void {
  if (name.length === 0 || Buffer.byteLength(name, 'utf8') > 63 || /\p{Cc}/u.test(name))
    throw new EngineInputError(`${JSON.stringify(name)} is not a PostgreSQL database name (1 to 63 bytes, no control characters)`);
}

export async function databaseExists(q: Pick<Pool, 'query'>, name: string): Promise<boolean> {
  checkDatabaseName(name);
  const { rowCount } = await q.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return (rowCount ?? 0) > 0;
}

/** A connection to a database other than the one restored (DROP DATABASE cannot run inside it): `postgres`, else `template1`. */
async function maintenanceClient(url: string, avoid: string): Promise<Client> {
  let last: unknown;
  for (const database of ['postgres', 'template1'].filter((d) => d !== avoid)) {
    const u = new URL(url);
    u.pathname = `/${database}`;
    const client = new Client({ connectionString: u.toString() });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return client;
    } catch (error) {
      last = error;
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`cannot connect to the server's postgres or template1 database to create the restored one: ${(last as Error)?.message}`);
}

async function onDatabase(url: string, database: string, text: string): Promise<void> {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  const client = new Client({ connectionString: u.toString() });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function restorePostgres(
  pool: Pool,
  options: PostgresRestoreOptions,
  request: RestoreRequest,
  ctx: OperationContext,
): Promise<RestoreResult> {
  const database = request.database;
  checkDatabaseName(database);
  const { rows } = await pool.query<{ major: number; own: string }>(
    `SELECT current_setting('server_version_num')::int / 10000 AS major, current_database() AS own`,
  );
  const { major, own } = rows[0];
  const header = await readArchiveHeader(request.path);
  const manifest = await readManifest(request.path, (await stat(request.path)).size);
  const dumpVersion = header.dumpVersion ?? manifest?.tool?.replace(/^pg_dump \(PostgreSQL\)\s*/, '') ?? null;
  const tool = await requirePgRestore(options.pgRestore, options.pgDump, major, {
    major: dumpVersion ? majorOf(dumpVersion) : null,
    version: dumpVersion,
  });
  ctx.signal.throwIfAborted();
  const admin = await maintenanceClient(options.url, database);
  let replaced = false;
  try {
    const exists = await databaseExists(admin, database);
    if (exists && !request.replace)
      throw new EngineInputError(
        `database ${database} exists: restore into a new database, or pass replace: true to drop it and restore in its place`,
      );
    if (exists) {
      await admin.query(`DROP DATABASE ${quoteIdent(database)} WITH (FORCE)`);
      replaced = true;
    }
    await admin.query(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE template0`);
  } finally {
    await admin.end().catch(() => undefined);
  }
  const { url, env } = toolConnection(options.url, database);
  try {
    const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, request.path];
    await runTool(tool.binary, args, env, ctx.signal);
    // pg_restore leaves the planner statistics (and so row estimates and key ranges) empty.
    await onDatabase(options.url, database, 'ANALYZE');
  } catch (error) {
    // Nothing half-restored stays behind: the agent's own database is left empty (the agent needs
    // it to exist), any other is dropped again.
    const left = database === own ? 'is left empty' : 'was dropped again';
    if (database !== own) {
      const cleanup = await maintenanceClient(options.url, database);
      await cleanup.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`).catch(() => undefined);
      await cleanup.end().catch(() => undefined);
    }
    throw new Error(`restoring ${request.path} into ${database} failed (the database ${left}): ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    database,
    replaced,
    manifest,
    backup: { sourceDatabase: header.database, serverVersion: header.serverVersion, tool: header.dumpVersion, createdAt: header.createdAt },
    tool: tool.version.text,
    restoredAt: new Date().toISOString(),
  };
}
