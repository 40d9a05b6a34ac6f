import { sql } from '@cutover/testing';
import { tsqlSeries, type ByEngine, type TestEngine } from './engines';
import { tsqlCity } from './state-transfer-package';

/** Production's business tables (AX-like) and two number sequences, per engine. */
export const PROD_SCHEMA: ByEngine<string> = {
  postgres: `
  CREATE SCHEMA ax;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  CREATE TABLE ax.vendtable (accountnum text PRIMARY KEY, name text NOT NULL);
  -- AX keeps number sequences per company: one row per (DATAAREAID, NUMBERSEQUENCE).
  CREATE TABLE ax.numberseq (dataareaid text NOT NULL, seq text NOT NULL, next_rec bigint NOT NULL, highest bigint NOT NULL,
    PRIMARY KEY (dataareaid, seq));`,
  mssql: `
  CREATE SCHEMA ax
GO
  CREATE TABLE ax.custtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL, city nvarchar(60));
  CREATE TABLE ax.vendtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL);
  CREATE TABLE ax.numberseq (dataareaid nvarchar(4) NOT NULL, seq nvarchar(20) NOT NULL, next_rec bigint NOT NULL, highest bigint NOT NULL,
    PRIMARY KEY (dataareaid, seq));
GO
`,
};
export const PROD_DATA: ByEngine<string> = {
  postgres: `
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE ' city ' || (g % 7) END FROM generate_series(1, 2500) g;
  INSERT INTO ax.vendtable SELECT 'V' || g, 'vendor ' || g FROM generate_series(1, 500) g;
  INSERT INTO ax.numberseq VALUES ('dat', 'CRM_1', 1000, 99999999), ('ceu', 'CRM_1', 3000, 99999999), ('dat', 'CRM_2', 500, 99999999);
  ANALYZE;`,
  mssql: `
  INSERT INTO ax.custtable SELECT CONCAT(N'C', g), CONCAT(N'customer ', g), CASE WHEN g % 3 = 0 THEN NULL ELSE CONCAT(N' city ', g % 7) END
    FROM ${tsqlSeries(2500)};
  INSERT INTO ax.vendtable SELECT CONCAT(N'V', g), CONCAT(N'vendor ', g) FROM ${tsqlSeries(500)};
  INSERT INTO ax.numberseq VALUES (N'dat', N'CRM_1', 1000, 99999999), (N'ceu', N'CRM_1', 3000, 99999999), (N'dat', N'CRM_2', 500, 99999999);
  EXEC sp_updatestats;`,
};
export const BUSINESS_TABLES = [
  { schema: 'ax', name: 'custtable' },
  { schema: 'ax', name: 'vendtable' },
  { schema: 'ax', name: 'numberseq' },
];

/** What a fresh live run over production's current data produces: the reference for the shadow tables. */
export const EXPECTED_PARTIES: ByEngine<string> = {
  postgres: `
  SELECT 'C-' || accountnum AS party_key, 'customer' AS kind, upper(name) AS name FROM ax.custtable
  UNION ALL SELECT 'V-' || accountnum, 'vendor', upper(name) FROM ax.vendtable ORDER BY 1`,
  mssql: `
  SELECT N'C-' + accountnum AS party_key, N'customer' AS kind, UPPER(name) AS name FROM ax.custtable
  UNION ALL SELECT N'V-' + accountnum, N'vendor', UPPER(name) FROM ax.vendtable ORDER BY 1`,
};
export const EXPECTED_ADDRESSES: ByEngine<string> = {
  postgres: `SELECT accountnum, initcap(trim(city)) AS city FROM ax.custtable ORDER BY 1`,
  mssql: `SELECT accountnum, ${tsqlCity('city')} AS city FROM ax.custtable ORDER BY 1`,
};
export const PARTIES = 'SELECT party_key, kind, name FROM ax.dirparty_shadow ORDER BY 1';
export const ADDRESSES = 'SELECT accountnum, city FROM ax.address_shadow ORDER BY 1';

export const TARGET_SCHEMA: ByEngine<string> = {
  postgres: `
  CREATE SCHEMA ax;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  CREATE TABLE ax.vendtable (accountnum text PRIMARY KEY, name text NOT NULL);`,
  mssql: `
  CREATE SCHEMA ax
GO
  CREATE TABLE ax.custtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL, city nvarchar(60));
  CREATE TABLE ax.vendtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL);`,
};

/**
 * "Restore production's backup" into the test database: the same schema, and every business
 * table's rows read in one snapshot of production (CREATE DATABASE … TEMPLATE would need
 * production without sessions, which its agent holds). SQL Server: the same, reading production's
 * tables across databases on the one server in one transaction.
 */
export async function restoreProduction(engine: TestEngine, productionUrl: string, testUrl: string): Promise<void> {
  if (engine.kind === 'mssql') {
    const prod = decodeURIComponent(new URL(productionUrl).pathname.slice(1)).replace(/]/g, ']]');
    const copies = BUSINESS_TABLES.map((t) => `INSERT INTO ax.${t.name} SELECT * FROM [${prod}].ax.${t.name};`).join('\n');
    await engine.sql(testUrl, `${PROD_SCHEMA.mssql}\nGO\nBEGIN TRANSACTION;\n${copies}\nCOMMIT;\nEXEC sp_updatestats;`);
    return;
  }
  await restorePostgres(productionUrl, testUrl);
}

async function restorePostgres(productionUrl: string, testUrl: string): Promise<void> {
  const { Client, escapeIdentifier } = await import('pg');
  const prod = new Client({ connectionString: productionUrl });
  await prod.connect();
  try {
    await prod.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const copies: [string, unknown[]][] = [];
    for (const t of BUSINESS_TABLES) {
      const table = `${escapeIdentifier(t.schema)}.${escapeIdentifier(t.name)}`;
      copies.push([table, (await prod.query(`SELECT * FROM ${table}`)).rows]);
    }
    await prod.query('COMMIT');
    await sql(testUrl, PROD_SCHEMA.postgres);
    for (const [table, rows] of copies)
      await sql(testUrl, `INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(rows)]);
    await sql(testUrl, 'ANALYZE');
  } finally {
    await prod.end();
  }
}

/** The state-transfer status and number-sequence views the suite reads. */
export interface Status {
  backupPoint: { watermark: string } | null;
  lastRun: { id: string; status: string } | null;
  carried: { scripts: string[]; watermarks: string[]; watermark: string } | null;
  tables: { table: string }[];
  next: string[];
}
export interface Sequences {
  sequences: {
    key: string;
    scope: { column: string; value: string }[];
    test: { next: string; max: string };
    production: { next: string; max: string };
    valueToSet: { next: string; max: string };
    inSync: boolean;
  }[];
  applied: { key: string; nextSet: string; changed: boolean; appliedBy: string; productionNext: string }[];
}

/** Business keeps working on production after the backup. */
const BUSINESS_WRITES = (
  concat: (a: string, b: string) => string,
) => `INSERT INTO ax.custtable VALUES ('N900', 'new customer', ' new town '), ('N901', 'another', NULL);
  UPDATE ax.custtable SET name = ${concat(`'renamed '`, 'accountnum')}, city = 'moved' WHERE accountnum IN ('C5', 'C6');
  DELETE FROM ax.custtable WHERE accountnum IN ('C7', 'C8');
  UPDATE ax.vendtable SET name = 'vendor renamed' WHERE accountnum = 'V3';
  DELETE FROM ax.vendtable WHERE accountnum = 'V4';
  UPDATE ax.numberseq SET next_rec = 510 WHERE seq = 'CRM_2';
  UPDATE ax.numberseq SET next_rec = 3100 WHERE seq = 'CRM_1' AND dataareaid = 'ceu';`;
export const WRITES: ByEngine<string> = {
  postgres: BUSINESS_WRITES((a, b) => `${a} || ${b}`),
  mssql: BUSINESS_WRITES((a, b) => `${a} + ${b}`),
};
/** Engine-dependent probes of production. */
export const SHADOW_ON_PROD = `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'ax' AND table_name = 'dirparty_shadow'`;
export const MOVE_SHADOW: ByEngine<(from: string, to: string) => string> = {
  postgres: (from, to) => `ALTER TABLE ax.${from} RENAME TO ${to}`,
  mssql: (from, to) => `EXEC sp_rename N'ax.${from}', N'${to}'`,
};
export const SEQUENCES: ByEngine<string> = {
  postgres: 'SELECT dataareaid, seq, next_rec::text FROM ax.numberseq ORDER BY 1, 2',
  mssql: 'SELECT dataareaid, seq, CONVERT(varchar(20), next_rec) AS next_rec FROM ax.numberseq ORDER BY 1, 2',
};

export { PACKAGE } from './state-transfer-package';
