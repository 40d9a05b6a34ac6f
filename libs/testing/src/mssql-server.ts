import { randomBytes } from 'node:crypto';
import { ConnectionPool, type config as MssqlConfig } from 'mssql';
import type { TestDatabases } from './databases';
import { checkLogin, type TestServer } from './test-server';

/** Splits T-SQL on lines holding only GO (the client-side batch separator), dropping empty batches. */
export function tsqlBatches(text: string): string[] {
  return text
    .split(/^\s*GO\s*$/im)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/** `[name]` with `]` doubled: the fixture layer's own quoting, independent of the engine under test. */
export const bracket = (name: string): string => `[${name.replace(/]/g, ']]')}]`;

/**
 * Independent T-SQL content digest of a table (fixture layer, not the agent under test): each row
 * rendered by FOR XML RAW (column names and values, NULLs omitted, binary as base64), hashed with
 * SHA2_256, the first 7 bytes of each hash summed as a decimal. Order-independent: it compares the
 * multiset of rows. Columns `rows` (int) and `md5` (the sum, as text).
 */
export function mssqlDigestQuery(table: { schema: string; name: string }): string {
  return `SELECT COUNT(*) AS [rows], CONVERT(varchar(40), ISNULL(SUM(CONVERT(decimal(38, 0),
      CONVERT(bigint, SUBSTRING(HASHBYTES('SHA2_256', x.r), 1, 7)))), 0)) AS md5
    FROM ${bracket(table.schema)}.${bracket(table.name)} t CROSS APPLY (SELECT t.* FOR XML RAW('r'), BINARY BASE64) x(r)`;
}

/** Creates a database (dropping one of that name first, ending its sessions). */
export async function recreateMssqlDatabase(serverUrl: string, name: string): Promise<string> {
  await dropMssqlDatabases(serverUrl, [name]);
  await runTsql(serverUrl, `CREATE DATABASE ${bracket(name)}`);
  return mssqlDatabaseUrl(serverUrl, name);
}

/** Drops databases if they exist: SINGLE_USER WITH ROLLBACK IMMEDIATE ends every session first. */
export async function dropMssqlDatabases(serverUrl: string, names: readonly string[]): Promise<void> {
  const text = names
    .map(
      (n) =>
        `IF DB_ID(N'${n.replace(/'/g, "''")}') IS NOT NULL BEGIN ALTER DATABASE ${bracket(n)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ${bracket(n)}; END`,
    )
    .join('\nGO\n');
  if (text) await runTsql(serverUrl, text);
}

/** A database's URL on the server of `serverUrl` (same login and options). */
export function mssqlDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

const flag = (value: string | null, fallback: boolean): boolean =>
  value === null ? fallback : ['true', 'yes', '1'].includes(value.trim().toLowerCase());

/** mssql://user:password@host[:port]/database?encrypt=…&trustServerCertificate=…&instanceName=… as a pool config. */
export function mssqlConfig(url: string): MssqlConfig {
  const u = new URL(url.replace(/^sqlserver:/i, 'mssql:'));
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  const instanceName = u.searchParams.get('instanceName') ?? undefined;
  return {
    server: decodeURIComponent(u.hostname),
    ...(instanceName ? {} : { port: u.port ? Number(u.port) : 1433 }),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    ...(database ? { database } : {}),
    options: {
      encrypt: flag(u.searchParams.get('encrypt'), true),
      trustServerCertificate: flag(u.searchParams.get('trustServerCertificate'), false),
      ...(instanceName ? { instanceName } : {}),
    },
    pool: { max: 1, min: 0 },
    requestTimeout: 600_000,
  };
}

/** Runs each GO-separated batch of `text` on one connection; the rows of the last result set. */
export async function runTsql<T extends Record<string, unknown> = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const pool = await new ConnectionPool(mssqlConfig(url)).connect();
  try {
    let rows: T[] = [];
    for (const batch of tsqlBatches(text)) {
      const result = await pool.request().batch<T>(batch);
      if (result.recordset) rows = [...result.recordset];
    }
    return rows;
  } finally {
    await pool.close();
  }
}

/**
 * The SQL Server in `serverUrl` (a login that may CREATE and DROP DATABASE). Databases are named
 * `cutover_t_<random>_<role>`; drop ends every session in them first (SINGLE_USER WITH ROLLBACK IMMEDIATE).
 */
export function mssqlTestServer(serverUrl: string): TestServer {
  return {
    kind: 'mssql',
    run: runTsql,
    // sp_addsrvrolemember, not ALTER SERVER ROLE (2012+): the floor is SQL Server 2008.
    createSuperLogin: async (name, password) => {
      checkLogin(name, password);
      await runTsql(
        serverUrl,
        `CREATE LOGIN ${bracket(name)} WITH PASSWORD = N'${password}', CHECK_POLICY = OFF;\nEXEC sp_addsrvrolemember N'${name}', N'sysadmin';`,
      );
    },
    dropLogin: async (name) => {
      checkLogin(name, 'x');
      await runTsql(serverUrl, `IF SUSER_ID(N'${name}') IS NOT NULL DROP LOGIN ${bracket(name)}`);
    },
    createDatabases: async <N extends string>(roles: readonly N[]): Promise<TestDatabases<N>> => {
      const tag = randomBytes(4).toString('hex');
      const names = Object.fromEntries(roles.map((r) => [r, `cutover_t_${tag}_${r.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`])) as Record<
        N,
        string
      >;
      const all = Object.values<string>(names);
      await runTsql(serverUrl, all.map((n) => `CREATE DATABASE ${bracket(n)}`).join('\nGO\n'));
      const urls = Object.fromEntries(roles.map((r) => [r, mssqlDatabaseUrl(serverUrl, names[r])])) as Record<N, string>;
      return { urls, names, drop: () => dropMssqlDatabases(serverUrl, all) };
    },
  };
}
