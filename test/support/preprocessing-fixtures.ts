import type { TableRef } from '@cutover/contracts';
import { tsqlSeries, type ByEngine } from './engines';

/** The preprocessing e2e suite's databases and package: one text per engine, side by side. */

export const SOURCE_DDL: ByEngine<string> = {
  postgres: `
  CREATE SCHEMA ax;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  -- AX 2009 shape: no primary key, a unique index on (DATAAREAID, ACCOUNTNUM), the same account in two companies.
  CREATE TABLE ax.vendtable ("DATAAREAID" text NOT NULL, accountnum text NOT NULL, name text NOT NULL);
  CREATE UNIQUE INDEX vendtable_key ON ax.vendtable ("DATAAREAID", accountnum);
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE 'city ' || (g % 7) END FROM generate_series(1, 200) g;
  INSERT INTO ax.vendtable SELECT c, 'V' || g, 'vendor ' || g FROM generate_series(1, 25) g, (VALUES ('dat'), ('ceu')) AS co(c);`,
  mssql: `
  CREATE SCHEMA ax
GO
  CREATE TABLE ax.custtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL, city nvarchar(60));
  CREATE TABLE ax.vendtable (DATAAREAID nvarchar(4) NOT NULL, accountnum nvarchar(20) NOT NULL, name nvarchar(60) NOT NULL);
  CREATE UNIQUE INDEX vendtable_key ON ax.vendtable (DATAAREAID, accountnum);
  INSERT INTO ax.custtable SELECT CONCAT(N'C', g), CONCAT(N'customer ', g), CASE WHEN g % 3 = 0 THEN NULL ELSE CONCAT(N'city ', g % 7) END
    FROM ${tsqlSeries(200)};
  INSERT INTO ax.vendtable SELECT co.c, CONCAT(N'V', g), CONCAT(N'vendor ', g) FROM ${tsqlSeries(25)} CROSS JOIN (VALUES (N'dat'), (N'ceu')) AS co(c);`,
};

/** The transformation the package performs, as one query over the current data: what a fresh live run would produce. */
export const EXPECTED: ByEngine<string> = {
  postgres: `
  SELECT 'C-' || accountnum AS party_key, 'customer' AS kind, upper(name) AS name, city FROM ax.custtable
  UNION ALL SELECT 'V-' || "DATAAREAID" || '-' || accountnum, 'vendor', upper(name), NULL FROM ax.vendtable ORDER BY 1`,
  mssql: `
  SELECT N'C-' + accountnum AS party_key, N'customer' AS kind, UPPER(name) AS name, city FROM ax.custtable
  UNION ALL SELECT N'V-' + DATAAREAID + N'-' + accountnum, N'vendor', UPPER(name), NULL FROM ax.vendtable ORDER BY 1`,
};

export const TARGET_DDL: ByEngine<string> = {
  postgres: `
  CREATE SCHEMA ax;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  CREATE TABLE ax.vendtable ("DATAAREAID" text NOT NULL, accountnum text NOT NULL, name text NOT NULL);
  CREATE UNIQUE INDEX vendtable_key ON ax.vendtable ("DATAAREAID", accountnum);
  CREATE TABLE ax.custtable_bad (accountnum text PRIMARY KEY, name integer, extra text NOT NULL);`,
  mssql: `
  CREATE SCHEMA ax
GO
  CREATE TABLE ax.custtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL, city nvarchar(60));
  CREATE TABLE ax.vendtable (DATAAREAID nvarchar(4) NOT NULL, accountnum nvarchar(20) NOT NULL, name nvarchar(60) NOT NULL);
  CREATE UNIQUE INDEX vendtable_key ON ax.vendtable (DATAAREAID, accountnum);
  CREATE TABLE ax.custtable_bad (accountnum nvarchar(20) PRIMARY KEY, name int, extra nvarchar(20) NOT NULL);`,
};

/** Business writes between the live run and the delta. */
export const DELTA_WRITES: ByEngine<string> = {
  postgres: `INSERT INTO ax.custtable VALUES ('C900', 'new customer', 'city 9'), ('C901', 'another', NULL);
       UPDATE ax.custtable SET name = 'renamed ' || accountnum WHERE accountnum IN ('C5', 'C6');
       UPDATE ax.custtable SET city = 'moved' WHERE accountnum = 'C5';
       DELETE FROM ax.custtable WHERE accountnum = 'C7';
       UPDATE ax.vendtable SET name = 'vendor renamed' WHERE "DATAAREAID" = 'ceu' AND accountnum = 'V3';
       INSERT INTO ax.vendtable VALUES ('dat', 'V900', 'new vendor');
       DELETE FROM ax.vendtable WHERE "DATAAREAID" = 'ceu' AND accountnum = 'V4';`,
  mssql: `INSERT INTO ax.custtable VALUES (N'C900', N'new customer', N'city 9'), (N'C901', N'another', NULL);
       UPDATE ax.custtable SET name = N'renamed ' + accountnum WHERE accountnum IN (N'C5', N'C6');
       UPDATE ax.custtable SET city = N'moved' WHERE accountnum = N'C5';
       DELETE FROM ax.custtable WHERE accountnum = N'C7';
       UPDATE ax.vendtable SET name = N'vendor renamed' WHERE DATAAREAID = N'ceu' AND accountnum = N'V3';
       INSERT INTO ax.vendtable VALUES (N'dat', N'V900', N'new vendor');
       DELETE FROM ax.vendtable WHERE DATAAREAID = N'ceu' AND accountnum = N'V4';`,
};

/**
 * Someone turns tracking off for ax.vendtable behind Cutover's back. PostgreSQL: its change-log
 * trigger. SQL Server (no primary key, so captured by trigger): the capture trigger and table.
 */
export const UNTRACK_VENDORS: ByEngine<string> = {
  postgres: `DROP TRIGGER cutover_change_log ON ax.vendtable`,
  mssql: `DECLARE @id int = OBJECT_ID(N'ax.vendtable');
  DECLARE @drop nvarchar(max) = N'DROP TRIGGER ax.' + QUOTENAME(N'cutover_capture_' + CONVERT(nvarchar(20), @id))
    + N'; DROP TABLE cutover.' + QUOTENAME(N'capture_' + CONVERT(nvarchar(20), @id));
  EXEC (@drop);`,
};

/**
 * Why the preprocessing suite's single-user case runs on PostgreSQL only: it creates a restricted
 * login and a superuser, holds the restricted one's session open (pg) and matches PostgreSQL's
 * refusal text. SQL Server single-user mode is in the engine contract suite and in
 * single-user-guard.test.ts (parametrized).
 */
export const SINGLE_USER_PG_ONLY =
  'its fixture is PostgreSQL roles, a held pg session and PostgreSQL refusal texts; SQL Server single-user mode is covered by the contract suite and single-user-guard';

/** How the readiness check reports the two tables' change capture on each engine. */
export const TRACKING_MESSAGE: ByEngine<RegExp> = {
  postgres:
    /tracking 2 table\(s\) from watermark .*: ax\.custtable by trigger on \(accountnum\), ax\.vendtable by trigger on \(DATAAREAID, accountnum\)$/,
  mssql:
    /tracking 2 table\(s\) from watermark .*: ax\.custtable by change-tracking on \(accountnum\), ax\.vendtable by trigger on \(DATAAREAID, accountnum\)$/,
};

/** The catalog's type names for custtable.name (source) and custtable_bad.name (target). */
export const NAME_TYPES: ByEngine<[string, string]> = { postgres: ['text', 'integer'], mssql: ['nvarchar(60)', 'int'] };

const shadowTables = {
  postgres: `CREATE TABLE IF NOT EXISTS ax.dirparty_shadow (party_key text PRIMARY KEY, kind text NOT NULL, name text NOT NULL, city text);
CREATE TABLE IF NOT EXISTS ax.party_counts (kind text PRIMARY KEY, parties int NOT NULL)
GO
`,
  mssql: `IF OBJECT_ID(N'ax.dirparty_shadow') IS NULL
  CREATE TABLE ax.dirparty_shadow (party_key nvarchar(40) PRIMARY KEY, kind nvarchar(20) NOT NULL, name nvarchar(60) NOT NULL, city nvarchar(60))
GO
IF OBJECT_ID(N'ax.party_counts') IS NULL CREATE TABLE ax.party_counts (kind nvarchar(20) PRIMARY KEY, parties int NOT NULL)
GO
`,
};

const script = (key: string, phase: string, reads: TableRef[], sql: ByEngine<string>, dependsOn: string[] = []) => ({
  key,
  phase,
  description: key,
  reads,
  writes: [{ schema: 'ax', name: 'dirparty_shadow' }],
  dependsOn,
  sql,
});

export const PACKAGE = {
  name: 'party-upgrade',
  version: '1.0.0',
  copyRules: {
    include: [
      { schema: 'ax', name: 'custtable' },
      { schema: 'ax', name: 'vendtable' },
    ],
  },
  manualTasks: [{ key: 'review-parties', title: 'Review parties', description: 'Look at duplicates', required: false }],
  scripts: [
    script('party-from-customers', 'live', [{ schema: 'ax', name: 'custtable' }], {
      postgres: `${shadowTables.postgres}INSERT INTO ax.dirparty_shadow SELECT 'C-' || accountnum, 'customer', upper(name), city FROM ax.custtable
  ON CONFLICT (party_key) DO UPDATE SET name = excluded.name, city = excluded.city`,
      mssql: `${shadowTables.mssql}UPDATE s SET name = UPPER(c.name), city = c.city FROM ax.dirparty_shadow s JOIN ax.custtable c ON s.party_key = N'C-' + c.accountnum;
INSERT INTO ax.dirparty_shadow SELECT N'C-' + c.accountnum, N'customer', UPPER(c.name), c.city FROM ax.custtable c
  WHERE NOT EXISTS (SELECT 1 FROM ax.dirparty_shadow s WHERE s.party_key = N'C-' + c.accountnum)`,
    }),
    script(
      'party-from-vendors',
      'live',
      [{ schema: 'ax', name: 'vendtable' }],
      {
        postgres: `INSERT INTO ax.dirparty_shadow SELECT 'V-' || "DATAAREAID" || '-' || accountnum, 'vendor', upper(name), NULL FROM ax.vendtable
  ON CONFLICT (party_key) DO UPDATE SET name = excluded.name`,
        mssql: `UPDATE s SET name = UPPER(v.name) FROM ax.dirparty_shadow s JOIN ax.vendtable v ON s.party_key = N'V-' + v.DATAAREAID + N'-' + v.accountnum;
INSERT INTO ax.dirparty_shadow SELECT N'V-' + v.DATAAREAID + N'-' + v.accountnum, N'vendor', UPPER(v.name), NULL FROM ax.vendtable v
  WHERE NOT EXISTS (SELECT 1 FROM ax.dirparty_shadow s WHERE s.party_key = N'V-' + v.DATAAREAID + N'-' + v.accountnum)`,
      },
      ['party-from-customers'],
    ),
    script(
      'party-delta-customers',
      'delta',
      [{ schema: 'ax', name: 'custtable' }],
      {
        postgres: `DELETE FROM ax.dirparty_shadow s USING pg_temp."delta_custtable" d WHERE s.party_key = 'C-' || d.accountnum;
INSERT INTO ax.dirparty_shadow SELECT 'C-' || c.accountnum, 'customer', upper(c.name), c.city
  FROM ax.custtable c JOIN pg_temp."delta_custtable" d ON d.accountnum = c.accountnum WHERE d.op <> 'D'`,
        mssql: `DELETE s FROM ax.dirparty_shadow s JOIN [#delta_custtable] d ON s.party_key = N'C-' + d.accountnum;
INSERT INTO ax.dirparty_shadow SELECT N'C-' + c.accountnum, N'customer', UPPER(c.name), c.city
  FROM ax.custtable c JOIN [#delta_custtable] d ON d.accountnum = c.accountnum WHERE d.op <> 'D'`,
      },
      ['party-from-customers'],
    ),
    script(
      'party-delta-vendors',
      'delta',
      [{ schema: 'ax', name: 'vendtable' }],
      {
        postgres: `DELETE FROM ax.dirparty_shadow s USING pg_temp."delta_vendtable" d WHERE s.party_key = 'V-' || d."DATAAREAID" || '-' || d.accountnum;
INSERT INTO ax.dirparty_shadow SELECT 'V-' || v."DATAAREAID" || '-' || v.accountnum, 'vendor', upper(v.name), NULL
  FROM ax.vendtable v JOIN pg_temp."delta_vendtable" d ON d."DATAAREAID" = v."DATAAREAID" AND d.accountnum = v.accountnum WHERE d.op <> 'D'`,
        mssql: `DELETE s FROM ax.dirparty_shadow s JOIN [#delta_vendtable] d ON s.party_key = N'V-' + d.DATAAREAID + N'-' + d.accountnum;
INSERT INTO ax.dirparty_shadow SELECT N'V-' + v.DATAAREAID + N'-' + v.accountnum, N'vendor', UPPER(v.name), NULL
  FROM ax.vendtable v JOIN [#delta_vendtable] d ON d.DATAAREAID = v.DATAAREAID AND d.accountnum = v.accountnum WHERE d.op <> 'D'`,
      },
      ['party-from-vendors'],
    ),
    {
      key: 'party-counts',
      phase: 'single-user',
      description: 'Counts parties once the data is final',
      reads: [{ schema: 'ax', name: 'dirparty_shadow' }],
      writes: [{ schema: 'ax', name: 'party_counts' }],
      dependsOn: [],
      sql: {
        postgres: 'DELETE FROM ax.party_counts;\nINSERT INTO ax.party_counts SELECT kind, count(*) FROM ax.dirparty_shadow GROUP BY kind',
        mssql: 'DELETE FROM ax.party_counts;\nINSERT INTO ax.party_counts SELECT kind, COUNT(*) FROM ax.dirparty_shadow GROUP BY kind',
      },
    },
  ],
};
