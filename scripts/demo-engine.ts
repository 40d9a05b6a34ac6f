/**
 * Where the demo's source, test and target databases live: the demo's PostgreSQL (default), or the
 * SQL Server in MSSQL_URL (a login that may CREATE and DROP DATABASE), with both agents on the
 * `mssql` engine. The orchestrator's state database is PostgreSQL either way. Everything here is
 * the demo's own setup (seeding, business writes, the reference digest), not agent code.
 */
import { EngineKind, TransferFormat, type TableRef } from '@cutover/contracts';
import { databaseUrl, dropMssqlDatabases, mssqlDigestQuery, recreateMssqlDatabase, runTsql, sql, tsqlBatches } from '@cutover/testing';
import { DDL, seedAxSource } from './demo-data';
import { DDL_TSQL, seedTsql, TARGET_DDL_TSQL } from './demo-data-tsql';
import { BUSINESS_WRITES } from './demo-package';
import { BUSINESS_WRITES_TSQL } from './demo-package-tsql';

export interface DemoDatabases {
  engine: EngineKind;
  /** The copy format agents of this engine speak (agent-to-agent restore of the test system). */
  format: TransferFormat;
  /** A fresh database (one of that name is dropped first); its URL for an agent. */
  create(name: string): Promise<string>;
  /** Drops the databases this demo created (SQL Server only: the PostgreSQL ones stay for a rerun). */
  dropCreated(): Promise<void>;
  /** The AX-shaped schema on both databases; the source filled at a scale. */
  seed(sourceUrl: string, targetUrl: string, scale: number): Promise<void>;
  /** The business tables' schema only (a database to restore production into). */
  schema(url: string): Promise<void>;
  /** Business keeps working: customers added, renamed, moved, deleted; vendors renamed. */
  businessWrites(url: string): Promise<void>;
  /** Parties in the shadow table, and how many got a party number. */
  parties(url: string): Promise<{ n: number; numbered: number }>;
  /** Row count and content digest of a table, computed by the demo itself. */
  digest(url: string, table: TableRef): Promise<{ n: number; md5: string }>;
}

export function postgresDemoDatabases(serverUrl: string): DemoDatabases {
  return {
    engine: EngineKind.Postgres,
    format: TransferFormat.PgBinary,
    create: async (name) => {
      await sql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await sql(serverUrl, `CREATE DATABASE "${name}"`);
      return databaseUrl(serverUrl, name);
    },
    dropCreated: async () => undefined,
    seed: (sourceUrl, targetUrl, scale) => seedAxSource(sourceUrl, targetUrl, scale),
    schema: async (url) => void (await sql(url, DDL)),
    businessWrites: async (url) => void (await sql(url, BUSINESS_WRITES)),
    parties: async (url) => {
      const [row] = await sql<{ n: string; numbered: string }>(
        url,
        `SELECT count(*) AS n, count("PARTYNUMBER") AS numbered FROM dbo."DIRPARTYTABLE_SHADOW"`,
      );
      return { n: Number(row.n), numbered: Number(row.numbered) };
    },
    digest: async (url, table) => {
      const from = `"${table.schema}"."${table.name}"`;
      const [row] = await sql<{ n: number; md5: string }>(
        url,
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM ${from} t`,
      );
      return row;
    },
  };
}

export function mssqlDemoDatabases(serverUrl: string): DemoDatabases {
  const created: string[] = [];
  const run = async (url: string, text: string) => void (await runTsql(url, text));
  return {
    engine: EngineKind.Mssql,
    format: TransferFormat.MssqlRowsV1,
    create: async (name) => {
      const url = await recreateMssqlDatabase(serverUrl, name);
      created.push(name);
      return url;
    },
    dropCreated: () => dropMssqlDatabases(serverUrl, created.splice(0)),
    seed: async (sourceUrl, targetUrl, scale) => {
      await run(sourceUrl, `${DDL_TSQL}\nGO\n${seedTsql(scale)}`);
      await run(targetUrl, `${DDL_TSQL}\nGO\n${TARGET_DDL_TSQL}`);
    },
    schema: (url) => run(url, DDL_TSQL),
    businessWrites: (url) => run(url, BUSINESS_WRITES_TSQL),
    parties: async (url) => {
      const [row] = await runTsql<{ n: number; numbered: number }>(
        url,
        'SELECT COUNT(*) AS n, COUNT(PARTYNUMBER) AS numbered FROM dbo.DIRPARTYTABLE_SHADOW',
      );
      return row;
    },
    digest: async (url, table) => {
      const [row] = await runTsql<{ rows: number; md5: string }>(url, mssqlDigestQuery(table));
      return { n: row.rows, md5: row.md5 };
    },
  };
}

/** The T-SQL batches the demo runs itself to build its databases (for the parse tests). */
export function demoSetupTsql(scale = 1000): string[] {
  return [DDL_TSQL, TARGET_DDL_TSQL, seedTsql(scale), BUSINESS_WRITES_TSQL].flatMap(tsqlBatches);
}
