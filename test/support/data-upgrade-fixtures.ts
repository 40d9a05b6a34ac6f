import { tsqlSeries, type ByEngine, type TestEngine } from './engines';
import { script } from './packages';

/** The data-upgrade-run e2e suite's databases and package, one text per engine side by side. */

/** A script whose text is the same on both engines. */
const same = (text: string) => ({ postgres: text, mssql: text });

/** AX-like: one large table with skewed keys, a text-keyed table, a table without a key, small tables, a shadow table. */
const TABLES: ByEngine<string> = {
  postgres: `
  CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL, datephysical date, note text);
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  CREATE TABLE ax.ledgertrans (voucher text NOT NULL, amount numeric(32,16) NOT NULL);
  CREATE TABLE ax.small_1 (id int PRIMARY KEY, v text); CREATE TABLE ax.small_2 (id int PRIMARY KEY, v text);
  CREATE TABLE ax.small_3 (id int PRIMARY KEY, v text);`,
  mssql: `
  CREATE SCHEMA ax
GO
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid nvarchar(20) NOT NULL, qty numeric(32,16) NOT NULL, datephysical date, note nvarchar(40));
  CREATE TABLE ax.custtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL, city nvarchar(60));
  CREATE TABLE ax.ledgertrans (voucher nvarchar(20) NOT NULL, amount numeric(32,16) NOT NULL);
  CREATE TABLE ax.small_1 (id int PRIMARY KEY, v nvarchar(20)); CREATE TABLE ax.small_2 (id int PRIMARY KEY, v nvarchar(20));
  CREATE TABLE ax.small_3 (id int PRIMARY KEY, v nvarchar(20));
GO`,
};
export const SOURCE: ByEngine<string> = {
  postgres: `${TABLES.postgres}
  CREATE TABLE ax.party_shadow (party_key text PRIMARY KEY, name text NOT NULL);
  -- 90% of the rows in the lowest 1% of the key space.
  INSERT INTO ax.inventtrans SELECT CASE WHEN g <= 540000 THEN g ELSE 540000 + (g - 540000) * 1000 END, 'I' || (g % 97),
    (g % 1000) / 7.0, DATE '2020-01-01' + (g % 1500), CASE WHEN g % 5 = 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 600000) g;
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g, 'city ' || (g % 7) FROM generate_series(1, 3000) g;
  INSERT INTO ax.ledgertrans SELECT 'V' || (g % 300), g / 3.0 FROM generate_series(1, 5000) g;
  INSERT INTO ax.small_1 SELECT g, 'a' || g FROM generate_series(1, 100) g;
  INSERT INTO ax.small_2 SELECT g, 'b' || g FROM generate_series(1, 100) g;
  INSERT INTO ax.small_3 SELECT g, 'c' || g FROM generate_series(1, 100) g;
  ANALYZE;`,
  mssql: `${TABLES.mssql}
  CREATE TABLE ax.party_shadow (party_key nvarchar(30) PRIMARY KEY, name nvarchar(60) NOT NULL);
  INSERT INTO ax.inventtrans SELECT CASE WHEN g <= 540000 THEN g ELSE 540000 + (g - 540000) * 1000 END, CONCAT(N'I', g % 97),
    CONVERT(numeric(32,16), (g % 1000) / 7.0), DATEADD(DAY, g % 1500, CONVERT(date, '2020-01-01')),
    CASE WHEN g % 5 = 0 THEN NULL ELSE CONCAT(N'n', g) END FROM ${tsqlSeries(600000)};
  INSERT INTO ax.custtable SELECT CONCAT(N'C', g), CONCAT(N'customer ', g), CONCAT(N'city ', g % 7) FROM ${tsqlSeries(3000)};
  INSERT INTO ax.ledgertrans SELECT CONCAT(N'V', g % 300), CONVERT(numeric(32,16), g / 3.0) FROM ${tsqlSeries(5000)};
  INSERT INTO ax.small_1 SELECT g, CONCAT(N'a', g) FROM ${tsqlSeries(100)};
  INSERT INTO ax.small_2 SELECT g, CONCAT(N'b', g) FROM ${tsqlSeries(100)};
  INSERT INTO ax.small_3 SELECT g, CONCAT(N'c', g) FROM ${tsqlSeries(100)};
  EXEC sp_updatestats;`,
};
const TARGET_OBJECTS = `
  CREATE INDEX inventtrans_item ON ax.inventtrans (itemid, datephysical);
  CREATE INDEX inventtrans_note ON ax.inventtrans (note) WHERE note IS NOT NULL;
  ALTER TABLE ax.inventtrans ADD CONSTRAINT inventtrans_qty_sane CHECK (qty >= 0);
  ALTER TABLE ax.custtable ADD CONSTRAINT custtable_name_unique UNIQUE (name);
  CREATE INDEX ledgertrans_voucher ON ax.ledgertrans (voucher);`;
export const TARGET: ByEngine<string> = {
  postgres: `${TABLES.postgres}
  CREATE TABLE ax.party (party_key text PRIMARY KEY, name text NOT NULL);
  CREATE TABLE ax.inventsum (itemid text PRIMARY KEY, qty numeric NOT NULL);${TARGET_OBJECTS}`,
  mssql: `${TABLES.mssql}
  CREATE TABLE ax.party (party_key nvarchar(30) PRIMARY KEY, name nvarchar(60) NOT NULL);
  CREATE TABLE ax.inventsum (itemid nvarchar(20) PRIMARY KEY, qty numeric(38,16) NOT NULL);${TARGET_OBJECTS}`,
};

export const PACKAGE = {
  name: 'data-upgrade-e2e',
  version: '1',
  copyRules: {
    include: [{ schema: 'ax', name: '*' }],
    rename: [{ from: { schema: 'ax', name: 'party_shadow' }, to: { schema: 'ax', name: 'party' } }],
  },
  scripts: [
    script('party-live', 'live', [{ schema: 'ax', name: 'custtable' }], [{ schema: 'ax', name: 'party_shadow' }], {
      postgres: `INSERT INTO ax.party_shadow SELECT 'C-' || accountnum, upper(name) FROM ax.custtable ON CONFLICT DO NOTHING`,
      mssql: `INSERT INTO ax.party_shadow SELECT N'C-' + c.accountnum, UPPER(c.name) FROM ax.custtable c
  WHERE NOT EXISTS (SELECT 1 FROM ax.party_shadow s WHERE s.party_key = N'C-' + c.accountnum)`,
    }),
    script(
      'party-delta',
      'delta',
      [{ schema: 'ax', name: 'custtable' }],
      [{ schema: 'ax', name: 'party_shadow' }],
      {
        postgres: `DELETE FROM ax.party_shadow s USING pg_temp."delta_custtable" d WHERE s.party_key = 'C-' || d.accountnum;
INSERT INTO ax.party_shadow SELECT 'C-' || c.accountnum, upper(c.name) FROM ax.custtable c JOIN pg_temp."delta_custtable" d ON d.accountnum = c.accountnum WHERE d.op <> 'D'`,
        mssql: `DELETE s FROM ax.party_shadow s JOIN [#delta_custtable] d ON s.party_key = N'C-' + d.accountnum;
INSERT INTO ax.party_shadow SELECT N'C-' + c.accountnum, UPPER(c.name) FROM ax.custtable c JOIN [#delta_custtable] d ON d.accountnum = c.accountnum WHERE d.op <> 'D'`,
      },
      ['party-live'],
    ),
    // Writes the large table in single-user mode: its copy must wait for it, the others must not.
    script(
      'fix-inventtrans',
      'single-user',
      [{ schema: 'ax', name: 'inventtrans' }],
      [{ schema: 'ax', name: 'inventtrans' }],
      same(`UPDATE ax.inventtrans SET note = 'fixed' WHERE recid % 1000 = 0`),
    ),
    script(
      'inventsum',
      'post-sync',
      [{ schema: 'ax', name: 'inventtrans' }],
      [{ schema: 'ax', name: 'inventsum' }],
      same(`INSERT INTO ax.inventsum SELECT itemid, sum(qty) FROM ax.inventtrans GROUP BY itemid`),
    ),
    script('party-names', 'post-sync', [{ schema: 'ax', name: 'party' }], [{ schema: 'ax', name: 'party' }], {
      postgres: `UPDATE ax.party SET name = name || ' (migrated)'`,
      mssql: `UPDATE ax.party SET name = name + N' (migrated)'`,
    }),
  ],
};

export const COPIED = [
  { schema: 'ax', name: 'custtable' },
  { schema: 'ax', name: 'inventtrans' },
  { schema: 'ax', name: 'ledgertrans' },
  { schema: 'ax', name: 'party_shadow' },
  { schema: 'ax', name: 'small_1' },
  { schema: 'ax', name: 'small_2' },
  { schema: 'ax', name: 'small_3' },
];

/** Engine-neutral counts: COUNT(*) is bigint (a string) on PostgreSQL, int on SQL Server. */
export const count = async (engine: TestEngine, url: string, text: string): Promise<number> =>
  Number((await engine.sql<{ n: number | string }>(url, text))[0].n);
