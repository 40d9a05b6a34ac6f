import { Client } from 'pg';

export const DDL = `
CREATE SCHEMA IF NOT EXISTS dbo;
CREATE TABLE dbo."CUSTTABLE" (
  "RECID" bigint PRIMARY KEY, "DATAAREAID" varchar(4) NOT NULL, "ACCOUNTNUM" varchar(20) NOT NULL,
  "NAME" varchar(60) NOT NULL, "CREDITMAX" numeric(32,16) NOT NULL DEFAULT 0 CHECK ("CREDITMAX" >= 0),
  "CREATEDDATETIME" timestamp NOT NULL, "STREET" text, "ZIPCODE" varchar(10), "CITY" varchar(60), "COUNTRYREGIONID" varchar(10),
  CONSTRAINT "I_CUSTTABLE_ACCOUNTIDX" UNIQUE ("DATAAREAID", "ACCOUNTNUM"));
CREATE TABLE dbo."VENDTABLE" (
  "RECID" bigint PRIMARY KEY, "DATAAREAID" varchar(4) NOT NULL, "ACCOUNTNUM" varchar(20) NOT NULL,
  "NAME" varchar(60) NOT NULL, "CREATEDDATETIME" timestamp NOT NULL);
CREATE INDEX "I_VENDTABLE_NAME" ON dbo."VENDTABLE" ("NAME");
CREATE TABLE dbo."INVENTTRANS" (
  "RECID" bigint PRIMARY KEY, "DATAAREAID" varchar(4) NOT NULL, "ITEMID" varchar(20) NOT NULL,
  "QTY" numeric(32,16) NOT NULL, "COSTAMOUNTPOSTED" numeric(32,16) NOT NULL, "DATEPHYSICAL" timestamp,
  "INVENTTRANSID" varchar(20) NOT NULL, "GUID" uuid);
CREATE INDEX "I_INVENTTRANS_ITEMIDX" ON dbo."INVENTTRANS" ("DATAAREAID", "ITEMID", "DATEPHYSICAL");
CREATE INDEX "I_INVENTTRANS_TRANSIDX" ON dbo."INVENTTRANS" ("INVENTTRANSID");
-- As AX 2009 tables are: no primary key, a unique index on (DATAAREAID, RECID) identifies a row.
CREATE TABLE dbo."SALESLINE" (
  "DATAAREAID" varchar(4) NOT NULL, "RECID" bigint NOT NULL, "SALESID" varchar(20) NOT NULL, "ITEMID" varchar(20) NOT NULL,
  "SALESQTY" numeric(32,16) NOT NULL, "LINEAMOUNT" numeric(32,16) NOT NULL, "NAME" varchar(1000), "MODIFIEDDATETIME" timestamp NOT NULL);
CREATE UNIQUE INDEX "I_SALESLINE_RECID" ON dbo."SALESLINE" ("DATAAREAID", "RECID");
CREATE INDEX "I_SALESLINE_SALESIDX" ON dbo."SALESLINE" ("DATAAREAID", "SALESID");
CREATE TABLE dbo."NUMBERSEQUENCETABLE" (
  "RECID" bigint PRIMARY KEY, "NUMBERSEQUENCE" varchar(20) NOT NULL, "NEXTREC" bigint NOT NULL, "HIGHEST" bigint NOT NULL);
`;

/** The AX 2012 tables the shadow tables become, with the indexes and constraints a bulk load defers. */
const TARGET_DDL = `
CREATE TABLE dbo."DIRPARTYTABLE" ("PARTYKEY" text PRIMARY KEY, "KIND" text NOT NULL, "NAME" text NOT NULL, "ACCOUNTNUM" text NOT NULL, "PARTYNUMBER" text,
  CONSTRAINT "CK_DIRPARTYTABLE_KIND" CHECK ("KIND" IN ('customer', 'vendor')));
CREATE INDEX "I_DIRPARTYTABLE_NAME" ON dbo."DIRPARTYTABLE" ("NAME");
CREATE TABLE dbo."LOGISTICSPOSTALADDRESS" ("CUSTRECID" bigint PRIMARY KEY, "STREET" text, "ZIPCODE" text, "CITY" text, "COUNTRYREGIONID" text NOT NULL);
CREATE TABLE dbo."INVENTSUM" ("ITEMID" text PRIMARY KEY, "QTY" numeric(32,16) NOT NULL, "TRANSACTIONS" bigint NOT NULL);
CREATE TABLE dbo."DIRPARTYLOCATION" ("PARTYKEY" text NOT NULL, "LOCATION" bigint NOT NULL, PRIMARY KEY ("PARTYKEY", "LOCATION"));
`;

/**
 * SALESLINE rows ($1 of them): three companies of unequal size (60%, 25%, 15%); within each, RECIDs
 * dense for the first 80% of its rows and sparse after, and the same RECIDs in every company (only
 * the pair is unique), so only the composite key (DATAAREAID, RECID) splits the table evenly.
 */
const SALESLINE_ROWS = `
INSERT INTO dbo."SALESLINE"
SELECT c.id, CASE WHEN g <= c.n * 0.8 THEN 5637144576 + g ELSE 5637144576 + g * 1000 END,
       c.id || '-SO' || lpad((g / 4)::text, 7, '0'), 'ITEM-' || (g % 2000), 1 + g % 20, ((g % 9973) * 1.37)::numeric(32,16),
       CASE WHEN g % 7 = 0 THEN NULL ELSE 'Line ' || g || ' ' || (ARRAY['Müller', 'Åland', 'Société', 'Łódź'])[g % 4 + 1] END,
       timestamp '2009-06-01' + g * interval '7 minutes'
  FROM (VALUES ('dat', 0.60), ('ceu', 0.25), ('gb', 0.15)) AS c0(id, share)
 CROSS JOIN LATERAL (SELECT c0.id, round($1::int * c0.share)::int AS n) c
 CROSS JOIN LATERAL generate_series(1, c.n) g`;

/** Creates the AX-like schema on both databases and fills the source; keys are skewed on purpose. */
export async function seedAxSource(sourceUrl: string, targetUrl: string, scale: number): Promise<void> {
  for (const url of [sourceUrl, targetUrl]) {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(DDL);
      if (url !== sourceUrl) {
        await c.query(TARGET_DDL);
        continue;
      }
      const customers = Math.max(100, Math.round(scale / 20));
      await c.query(
        `INSERT INTO dbo."CUSTTABLE"
         SELECT 5637144576 + g, 'dat', 'C' || lpad(g::text, 8, '0'), 'Customer ' || g, (g % 1000) * 100, timestamp '2009-01-01' + g * interval '1 hour',
                ' ' || (g % 500) || ' ' || (ARRAY['oak street', 'MAPLE AVE', 'pine road ', 'Elm Street'])[g % 4 + 1],
                (10000 + g % 89999)::text || CASE WHEN g % 5 = 0 THEN ' ' ELSE '' END,
                (ARRAY['seattle', ' PORTLAND', 'boise ', 'Fargo'])[g % 4 + 1], CASE WHEN g % 3 = 0 THEN '' ELSE 'us' END
           FROM generate_series(1, $1::int) g`,
        [customers],
      );
      await c.query(
        `INSERT INTO dbo."VENDTABLE"
         SELECT 5637144576 + g, 'dat', 'V' || lpad(g::text, 8, '0'), 'Vendor ' || g, timestamp '2009-01-01' + g * interval '1 hour'
           FROM generate_series(1, $1::int) g`,
        [Math.max(50, Math.round(customers / 4))],
      );
      // Skewed keys: 80% of the rows sit in the lowest fifth of the key space.
      await c.query(
        `INSERT INTO dbo."INVENTTRANS"
         SELECT CASE WHEN g <= $1::int * 0.8 THEN 5637144576 + g ELSE 5637144576 + g * 16 END,
                'dat', 'ITEM-' || (g % 2000), (g % 97) - 20, ((g % 9973) * 1.37)::numeric(32,16),
                date '2010-01-01' + (g % 1500), 'IT' || lpad(g::text, 10, '0'), md5(g::text)::uuid
           FROM generate_series(1, $1::int) g`,
        [scale],
      );
      await c.query(SALESLINE_ROWS, [scale]);
      await c.query(`INSERT INTO dbo."NUMBERSEQUENCETABLE" VALUES (1, 'CRM_1', 1200, 99999999), (2, 'CRM_2', 800, 99999999)`);
      await c.query('ANALYZE');
    } finally {
      await c.end();
    }
  }
}
