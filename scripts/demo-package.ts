/**
 * The demo's script package: real transformations of an AX-like source into shadow tables, as
 * the AX 2012 preprocessing does: parties built from customers and vendors, customer addresses
 * normalized into a postal-address table, delta scripts that reprocess exactly the changed keys,
 * and single-user scripts that run once the data is final (party numbers from the CRM_1 number
 * sequence, an inventory summary).
 */
import type { TableRef } from '@cutover/contracts';
import { DEMO_TSQL } from './demo-package-tsql';

/** A demo script: its PostgreSQL body here, its T-SQL body from demo-package-tsql.ts (same key). */
const script = (
  key: string,
  phase: 'live' | 'delta' | 'single-user' | 'post-sync',
  description: string,
  reads: TableRef[],
  writes: TableRef[],
  sql: string,
  dependsOn: string[] = [],
) => {
  const mssql = DEMO_TSQL[key];
  if (!mssql) throw new Error(`demo script ${key} has no T-SQL body`);
  return { key, phase, description, reads, writes, dependsOn, sql: { postgres: sql, mssql } };
};

const PARTY = 'dbo."DIRPARTYTABLE_SHADOW"';
const ADDRESS = 'dbo."LOGISTICSPOSTALADDRESS_SHADOW"';

const customerParty = `SELECT 'C' || c."RECID", 'customer', upper(trim(c."NAME")), c."ACCOUNTNUM" FROM dbo."CUSTTABLE" c`;
const vendorParty = `SELECT 'V' || v."RECID", 'vendor', upper(trim(v."NAME")), v."ACCOUNTNUM" FROM dbo."VENDTABLE" v`;
const customerAddress = `SELECT c."RECID", initcap(trim(c."STREET")), upper(replace(c."ZIPCODE", ' ', '')), initcap(trim(c."CITY")), coalesce(nullif(upper(c."COUNTRYREGIONID"), ''), 'US') FROM dbo."CUSTTABLE" c`;
const upsertParty = `ON CONFLICT ("PARTYKEY") DO UPDATE SET "KIND" = excluded."KIND", "NAME" = excluded."NAME", "ACCOUNTNUM" = excluded."ACCOUNTNUM"`;
const upsertAddress = `ON CONFLICT ("CUSTRECID") DO UPDATE SET "STREET" = excluded."STREET", "ZIPCODE" = excluded."ZIPCODE", "CITY" = excluded."CITY", "COUNTRYREGIONID" = excluded."COUNTRYREGIONID"`;

export const DEMO_PACKAGE = {
  name: 'demo-ax2009-to-ax2012',
  version: '1.0.0',
  description: 'Parties and addresses for the AX 2012 global address book, from an AX 2009-like source',
  scripts: [
    script(
      'create-shadow-tables',
      'live',
      'Shadow tables of the upgrade',
      [],
      [
        { schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' },
        { schema: 'dbo', name: 'LOGISTICSPOSTALADDRESS_SHADOW' },
      ],
      `CREATE TABLE IF NOT EXISTS ${PARTY} ("PARTYKEY" text PRIMARY KEY, "KIND" text NOT NULL, "NAME" text NOT NULL, "ACCOUNTNUM" text NOT NULL, "PARTYNUMBER" text);
CREATE TABLE IF NOT EXISTS ${ADDRESS} ("CUSTRECID" bigint PRIMARY KEY, "STREET" text, "ZIPCODE" text, "CITY" text, "COUNTRYREGIONID" text NOT NULL)`,
    ),
    script(
      'parties-from-customers',
      'live',
      'A party per customer',
      [{ schema: 'dbo', name: 'CUSTTABLE' }],
      [{ schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' }],
      `INSERT INTO ${PARTY} ("PARTYKEY", "KIND", "NAME", "ACCOUNTNUM") ${customerParty} ${upsertParty}`,
      ['create-shadow-tables'],
    ),
    script(
      'parties-from-vendors',
      'live',
      'A party per vendor',
      [{ schema: 'dbo', name: 'VENDTABLE' }],
      [{ schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' }],
      `INSERT INTO ${PARTY} ("PARTYKEY", "KIND", "NAME", "ACCOUNTNUM") ${vendorParty} ${upsertParty}`,
      ['create-shadow-tables'],
    ),
    script(
      'addresses-from-customers',
      'live',
      'Customer addresses, normalized',
      [{ schema: 'dbo', name: 'CUSTTABLE' }],
      [{ schema: 'dbo', name: 'LOGISTICSPOSTALADDRESS_SHADOW' }],
      `INSERT INTO ${ADDRESS} ${customerAddress} ${upsertAddress}`,
      ['create-shadow-tables'],
    ),
    script(
      'parties-delta-customers',
      'delta',
      'Changed customers: their parties again',
      [{ schema: 'dbo', name: 'CUSTTABLE' }],
      [{ schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' }],
      `DELETE FROM ${PARTY} p USING pg_temp."delta_CUSTTABLE" d WHERE p."PARTYKEY" = 'C' || d."RECID" AND d.op = 'D';
INSERT INTO ${PARTY} ("PARTYKEY", "KIND", "NAME", "ACCOUNTNUM") ${customerParty} JOIN pg_temp."delta_CUSTTABLE" d ON d."RECID" = c."RECID" WHERE d.op <> 'D' ${upsertParty}`,
      ['parties-from-customers'],
    ),
    script(
      'parties-delta-vendors',
      'delta',
      'Changed vendors: their parties again',
      [{ schema: 'dbo', name: 'VENDTABLE' }],
      [{ schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' }],
      `DELETE FROM ${PARTY} p USING pg_temp."delta_VENDTABLE" d WHERE p."PARTYKEY" = 'V' || d."RECID" AND d.op = 'D';
INSERT INTO ${PARTY} ("PARTYKEY", "KIND", "NAME", "ACCOUNTNUM") ${vendorParty} JOIN pg_temp."delta_VENDTABLE" d ON d."RECID" = v."RECID" WHERE d.op <> 'D' ${upsertParty}`,
      ['parties-from-vendors'],
    ),
    script(
      'addresses-delta-customers',
      'delta',
      'Changed customers: their addresses again',
      [{ schema: 'dbo', name: 'CUSTTABLE' }],
      [{ schema: 'dbo', name: 'LOGISTICSPOSTALADDRESS_SHADOW' }],
      `DELETE FROM ${ADDRESS} a USING pg_temp."delta_CUSTTABLE" d WHERE a."CUSTRECID" = d."RECID" AND d.op = 'D';
INSERT INTO ${ADDRESS} ${customerAddress} JOIN pg_temp."delta_CUSTTABLE" d ON d."RECID" = c."RECID" WHERE d.op <> 'D' ${upsertAddress}`,
      ['addresses-from-customers'],
    ),
    script(
      'assign-party-numbers',
      'single-user',
      'Party numbers from the CRM_1 number sequence',
      [
        { schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' },
        { schema: 'dbo', name: 'NUMBERSEQUENCETABLE' },
      ],
      [
        { schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' },
        { schema: 'dbo', name: 'NUMBERSEQUENCETABLE' },
      ],
      `WITH seq AS (SELECT "NEXTREC" AS next FROM dbo."NUMBERSEQUENCETABLE" WHERE "NUMBERSEQUENCE" = 'CRM_1' FOR UPDATE),
numbered AS (SELECT "PARTYKEY", row_number() OVER (ORDER BY "PARTYKEY") AS n FROM ${PARTY} WHERE "PARTYNUMBER" IS NULL),
upd AS (UPDATE ${PARTY} p SET "PARTYNUMBER" = lpad((seq.next + numbered.n - 1)::text, 10, '0') FROM numbered, seq WHERE p."PARTYKEY" = numbered."PARTYKEY" RETURNING 1)
UPDATE dbo."NUMBERSEQUENCETABLE" SET "NEXTREC" = "NEXTREC" + (SELECT count(*) FROM upd) WHERE "NUMBERSEQUENCE" = 'CRM_1'`,
    ),
    script(
      'party-locations',
      'post-sync',
      'Links each customer party to its postal address, on the target once both tables are there',
      [
        { schema: 'dbo', name: 'DIRPARTYTABLE' },
        { schema: 'dbo', name: 'LOGISTICSPOSTALADDRESS' },
        { schema: 'dbo', name: 'CUSTTABLE' },
      ],
      [{ schema: 'dbo', name: 'DIRPARTYLOCATION' }],
      `INSERT INTO dbo."DIRPARTYLOCATION" ("PARTYKEY", "LOCATION")
SELECT p."PARTYKEY", a."CUSTRECID" FROM dbo."DIRPARTYTABLE" p
  JOIN dbo."CUSTTABLE" c ON c."ACCOUNTNUM" = p."ACCOUNTNUM" AND p."KIND" = 'customer'
  JOIN dbo."LOGISTICSPOSTALADDRESS" a ON a."CUSTRECID" = c."RECID"`,
    ),
    script(
      'inventory-summary',
      'single-user',
      'On-hand summary per item from inventory transactions',
      [{ schema: 'dbo', name: 'INVENTTRANS' }],
      [{ schema: 'dbo', name: 'INVENTSUM_SHADOW' }],
      `CREATE TABLE IF NOT EXISTS dbo."INVENTSUM_SHADOW" ("ITEMID" text PRIMARY KEY, "QTY" numeric(32,16) NOT NULL, "TRANSACTIONS" bigint NOT NULL)
GO
TRUNCATE dbo."INVENTSUM_SHADOW"
GO
INSERT INTO dbo."INVENTSUM_SHADOW" SELECT "ITEMID", sum("QTY"), count(*) FROM dbo."INVENTTRANS" GROUP BY "ITEMID"`,
    ),
  ],
  manualTasks: [
    {
      key: 'review-parties',
      title: 'Review duplicate parties',
      description: 'Check the parties built from customers and vendors.',
      required: false,
    },
  ],
  frameworkTables: [{ schema: 'cutover', name: 'script_status' }],
  numberSequences: [
    {
      key: 'CRM_1',
      description: 'Party numbers',
      table: { schema: 'dbo', name: 'NUMBERSEQUENCETABLE' },
      keyColumn: 'NUMBERSEQUENCE',
      nextColumn: 'NEXTREC',
      maxColumn: 'HIGHEST',
    },
    {
      key: 'CRM_2',
      description: 'Location numbers',
      table: { schema: 'dbo', name: 'NUMBERSEQUENCETABLE' },
      keyColumn: 'NUMBERSEQUENCE',
      nextColumn: 'NEXTREC',
      maxColumn: 'HIGHEST',
    },
  ],
  copyRules: {
    include: [{ schema: 'dbo', name: '*' }],
    exclude: [],
    // The shadow tables become the new AX 2012 tables on the target.
    rename: [
      { from: { schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' }, to: { schema: 'dbo', name: 'DIRPARTYTABLE' } },
      { from: { schema: 'dbo', name: 'LOGISTICSPOSTALADDRESS_SHADOW' }, to: { schema: 'dbo', name: 'LOGISTICSPOSTALADDRESS' } },
      { from: { schema: 'dbo', name: 'INVENTSUM_SHADOW' }, to: { schema: 'dbo', name: 'INVENTSUM' } },
    ],
  },
};

/** Business keeps working while the live scripts run: new, changed and deleted customers and vendors. */
export const BUSINESS_WRITES = `
INSERT INTO dbo."CUSTTABLE" ("RECID", "DATAAREAID", "ACCOUNTNUM", "NAME", "CREDITMAX", "CREATEDDATETIME", "STREET", "ZIPCODE", "CITY", "COUNTRYREGIONID")
  SELECT 9000000000 + g, 'dat', 'N' || lpad(g::text, 8, '0'), '  new customer ' || g, 0, now(), ' ' || g || ' main street', '1000' || g, ' springfield ', '' FROM generate_series(1, 50) g;
UPDATE dbo."CUSTTABLE" SET "NAME" = "NAME" || ' (renamed)', "CITY" = 'shelbyville' WHERE "RECID" % 97 = 0;
DELETE FROM dbo."CUSTTABLE" WHERE "RECID" % 211 = 0;
UPDATE dbo."VENDTABLE" SET "NAME" = "NAME" || ' ltd' WHERE "RECID" % 13 = 0;`;

/**
 * Every T-SQL script body of the demo package, one entry per GO-separated script (what the SQL
 * Server agent runs): for the T-SQL parse tests.
 */
export function demoTsqlScripts(): { key: string; sql: string }[] {
  return DEMO_PACKAGE.scripts.map((s) => ({ key: s.key, sql: s.sql.mssql }));
}
