import { sql } from '@cutover/testing';
import { script } from './packages';

/** Production's business tables (AX-like) and two number sequences. */
export const PROD_SCHEMA = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  CREATE TABLE ax.vendtable (accountnum text PRIMARY KEY, name text NOT NULL);
  -- AX keeps number sequences per company: one row per (DATAAREAID, NUMBERSEQUENCE).
  CREATE TABLE ax.numberseq (dataareaid text NOT NULL, seq text NOT NULL, next_rec bigint NOT NULL, highest bigint NOT NULL,
    PRIMARY KEY (dataareaid, seq));`;
export const PROD_DATA = `
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE ' city ' || (g % 7) END FROM generate_series(1, 2500) g;
  INSERT INTO ax.vendtable SELECT 'V' || g, 'vendor ' || g FROM generate_series(1, 500) g;
  INSERT INTO ax.numberseq VALUES ('dat', 'CRM_1', 1000, 99999999), ('ceu', 'CRM_1', 3000, 99999999), ('dat', 'CRM_2', 500, 99999999);
  ANALYZE;`;
export const BUSINESS_TABLES = [
  { schema: 'ax', name: 'custtable' },
  { schema: 'ax', name: 'vendtable' },
  { schema: 'ax', name: 'numberseq' },
];

/** What a fresh live run over production's current data produces: the reference for the shadow tables. */
export const EXPECTED_PARTIES = `
  SELECT 'C-' || accountnum AS party_key, 'customer' AS kind, upper(name) AS name FROM ax.custtable
  UNION ALL SELECT 'V-' || accountnum, 'vendor', upper(name) FROM ax.vendtable ORDER BY 1`;
export const EXPECTED_ADDRESSES = `SELECT accountnum, initcap(trim(city)) AS city FROM ax.custtable ORDER BY 1`;
export const PARTIES = 'SELECT party_key, kind, name FROM ax.dirparty_shadow ORDER BY 1';
export const ADDRESSES = 'SELECT accountnum, city FROM ax.address_shadow ORDER BY 1';

const upsertParty = 'ON CONFLICT (party_key) DO UPDATE SET kind = excluded.kind, name = excluded.name';

export const PACKAGE = {
  name: 'state-transfer-e2e',
  version: '1.0.0',
  copyRules: {
    include: [
      { schema: 'ax', name: 'custtable' },
      { schema: 'ax', name: 'vendtable' },
    ],
  },
  manualTasks: [{ key: 'review-parties', title: 'Review parties', description: 'Look at duplicates', required: false }],
  frameworkTables: [{ schema: 'cutover', name: 'script_status' }],
  numberSequences: [
    {
      key: 'CRM_1',
      description: 'Party numbers',
      table: { schema: 'ax', name: 'numberseq' },
      keyColumn: 'seq',
      keyColumns: ['dataareaid', 'seq'],
      nextColumn: 'next_rec',
      maxColumn: 'highest',
    },
    {
      key: 'CRM_2',
      description: 'Location numbers',
      table: { schema: 'ax', name: 'numberseq' },
      keyColumn: 'seq',
      nextColumn: 'next_rec',
      maxColumn: 'highest',
    },
  ],
  scripts: [
    script(
      'create-shadow-tables',
      'live',
      [],
      [
        { schema: 'ax', name: 'dirparty_shadow' },
        { schema: 'ax', name: 'address_shadow' },
      ],
      `CREATE TABLE IF NOT EXISTS ax.dirparty_shadow (party_key text PRIMARY KEY, kind text NOT NULL, name text NOT NULL);
CREATE INDEX IF NOT EXISTS dirparty_shadow_name ON ax.dirparty_shadow (name);
CREATE TABLE IF NOT EXISTS ax.address_shadow (accountnum text PRIMARY KEY, city text)`,
    ),
    script(
      'parties-from-customers',
      'live',
      [{ schema: 'ax', name: 'custtable' }],
      [{ schema: 'ax', name: 'dirparty_shadow' }],
      `INSERT INTO ax.dirparty_shadow SELECT 'C-' || accountnum, 'customer', upper(name) FROM ax.custtable ${upsertParty}`,
      ['create-shadow-tables'],
    ),
    script(
      'parties-from-vendors',
      'live',
      [{ schema: 'ax', name: 'vendtable' }],
      [{ schema: 'ax', name: 'dirparty_shadow' }],
      `INSERT INTO ax.dirparty_shadow SELECT 'V-' || accountnum, 'vendor', upper(name) FROM ax.vendtable ${upsertParty}`,
      ['create-shadow-tables'],
    ),
    script(
      'addresses-from-customers',
      'live',
      [{ schema: 'ax', name: 'custtable' }],
      [{ schema: 'ax', name: 'address_shadow' }],
      `INSERT INTO ax.address_shadow SELECT accountnum, initcap(trim(city)) FROM ax.custtable ON CONFLICT (accountnum) DO UPDATE SET city = excluded.city`,
      ['create-shadow-tables'],
    ),
    // Draws party numbers on the test system: production's CRM_1 must catch up (number-sequence step).
    script(
      'reserve-party-numbers',
      'live',
      [
        { schema: 'ax', name: 'dirparty_shadow' },
        { schema: 'ax', name: 'numberseq' },
      ],
      [{ schema: 'ax', name: 'numberseq' }],
      `UPDATE ax.numberseq SET next_rec = next_rec + (SELECT count(*) FROM ax.dirparty_shadow) WHERE seq = 'CRM_1' AND dataareaid = 'dat'`,
      ['parties-from-customers', 'parties-from-vendors'],
    ),
    script(
      'parties-delta-customers',
      'delta',
      [{ schema: 'ax', name: 'custtable' }],
      [{ schema: 'ax', name: 'dirparty_shadow' }],
      `DELETE FROM ax.dirparty_shadow s USING pg_temp."delta_custtable" d WHERE s.party_key = 'C-' || d.accountnum AND d.op = 'D';
INSERT INTO ax.dirparty_shadow SELECT 'C-' || c.accountnum, 'customer', upper(c.name) FROM ax.custtable c
  JOIN pg_temp."delta_custtable" d ON d.accountnum = c.accountnum WHERE d.op <> 'D' ${upsertParty}`,
      ['parties-from-customers'],
    ),
    script(
      'parties-delta-vendors',
      'delta',
      [{ schema: 'ax', name: 'vendtable' }],
      [{ schema: 'ax', name: 'dirparty_shadow' }],
      `DELETE FROM ax.dirparty_shadow s USING pg_temp."delta_vendtable" d WHERE s.party_key = 'V-' || d.accountnum AND d.op = 'D';
INSERT INTO ax.dirparty_shadow SELECT 'V-' || v.accountnum, 'vendor', upper(v.name) FROM ax.vendtable v
  JOIN pg_temp."delta_vendtable" d ON d.accountnum = v.accountnum WHERE d.op <> 'D' ${upsertParty}`,
      ['parties-from-vendors'],
    ),
    script(
      'addresses-delta-customers',
      'delta',
      [{ schema: 'ax', name: 'custtable' }],
      [{ schema: 'ax', name: 'address_shadow' }],
      `DELETE FROM ax.address_shadow a USING pg_temp."delta_custtable" d WHERE a.accountnum = d.accountnum AND d.op = 'D';
INSERT INTO ax.address_shadow SELECT c.accountnum, initcap(trim(c.city)) FROM ax.custtable c
  JOIN pg_temp."delta_custtable" d ON d.accountnum = c.accountnum WHERE d.op <> 'D' ON CONFLICT (accountnum) DO UPDATE SET city = excluded.city`,
      ['addresses-from-customers'],
    ),
    script(
      'party-counts',
      'single-user',
      [{ schema: 'ax', name: 'dirparty_shadow' }],
      [{ schema: 'ax', name: 'party_counts' }],
      `CREATE TABLE IF NOT EXISTS ax.party_counts (kind text PRIMARY KEY, parties int NOT NULL)
GO
DELETE FROM ax.party_counts;
INSERT INTO ax.party_counts SELECT kind, count(*) FROM ax.dirparty_shadow GROUP BY kind`,
    ),
  ],
};

export const TARGET_SCHEMA = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL, city text);
  CREATE TABLE ax.vendtable (accountnum text PRIMARY KEY, name text NOT NULL);`;

/**
 * "Restore production's backup" into the test database: the same schema, and every business
 * table's rows read in one snapshot of production (CREATE DATABASE … TEMPLATE would need
 * production without sessions, which its agent holds).
 */
export async function restoreProduction(productionUrl: string, testUrl: string): Promise<void> {
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
    await sql(testUrl, PROD_SCHEMA);
    for (const [table, rows] of copies)
      await sql(testUrl, `INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(rows)]);
    await sql(testUrl, 'ANALYZE');
  } finally {
    await prod.end();
  }
}

export { digest } from './digest';
