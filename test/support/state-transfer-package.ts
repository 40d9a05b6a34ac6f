import type { TableRef } from '@cutover/contracts';
import type { ByEngine } from './engines';
import { script } from './packages';

/** The state-transfer e2e suites' package: every script in PostgreSQL SQL and in T-SQL, side by side. */

const upsertParty = 'ON CONFLICT (party_key) DO UPDATE SET kind = excluded.kind, name = excluded.name';
const shadow = { schema: 'ax', name: 'dirparty_shadow' };
const addresses = { schema: 'ax', name: 'address_shadow' };
const custtable = { schema: 'ax', name: 'custtable' };
const vendtable = { schema: 'ax', name: 'vendtable' };

/** T-SQL has no initcap: the first letter upper, the rest lower (the reference query uses the same). */
export const tsqlCity = (column: string): string =>
  `UPPER(LEFT(LTRIM(RTRIM(${column})), 1)) + LOWER(SUBSTRING(LTRIM(RTRIM(${column})), 2, 60))`;

/** T-SQL upsert of parties from `table` (alias x), optionally joined to a delta table (alias d, changed rows only). */
function tsqlParties(kind: 'customer' | 'vendor', table: TableRef, delta: boolean): string {
  const prefix = kind === 'customer' ? 'C-' : 'V-';
  const join = delta ? `JOIN [#delta_${table.name}] d ON d.accountnum = x.accountnum` : '';
  const where = delta ? `d.op <> 'D'` : '1 = 1';
  return `UPDATE s SET kind = N'${kind}', name = UPPER(x.name) FROM ax.dirparty_shadow s JOIN ax.${table.name} x ON s.party_key = N'${prefix}' + x.accountnum ${join} WHERE ${where};
INSERT INTO ax.dirparty_shadow SELECT N'${prefix}' + x.accountnum, N'${kind}', UPPER(x.name) FROM ax.${table.name} x ${join}
  WHERE ${where} AND NOT EXISTS (SELECT 1 FROM ax.dirparty_shadow s WHERE s.party_key = N'${prefix}' + x.accountnum)`;
}

function tsqlAddresses(delta: boolean): string {
  const join = delta ? `JOIN [#delta_custtable] d ON d.accountnum = x.accountnum` : '';
  const where = delta ? `d.op <> 'D'` : '1 = 1';
  return `UPDATE a SET city = ${tsqlCity('x.city')} FROM ax.address_shadow a JOIN ax.custtable x ON a.accountnum = x.accountnum ${join} WHERE ${where};
INSERT INTO ax.address_shadow SELECT x.accountnum, ${tsqlCity('x.city')} FROM ax.custtable x ${join}
  WHERE ${where} AND NOT EXISTS (SELECT 1 FROM ax.address_shadow a WHERE a.accountnum = x.accountnum)`;
}

const tsqlDeleteDeleted = (into: string, on: string, table: string) =>
  `DELETE s FROM ${into} s JOIN [#delta_${table}] d ON ${on} WHERE d.op = 'D';\n`;

const CREATE_SHADOW_TABLES: ByEngine<string> = {
  postgres: `CREATE TABLE IF NOT EXISTS ax.dirparty_shadow (party_key text PRIMARY KEY, kind text NOT NULL, name text NOT NULL);
CREATE INDEX IF NOT EXISTS dirparty_shadow_name ON ax.dirparty_shadow (name);
CREATE TABLE IF NOT EXISTS ax.address_shadow (accountnum text PRIMARY KEY, city text)`,
  mssql: `IF OBJECT_ID(N'ax.dirparty_shadow') IS NULL
  CREATE TABLE ax.dirparty_shadow (party_key nvarchar(40) PRIMARY KEY, kind nvarchar(20) NOT NULL, name nvarchar(60) NOT NULL)
GO
IF OBJECT_ID(N'ax.address_shadow') IS NULL CREATE TABLE ax.address_shadow (accountnum nvarchar(20) PRIMARY KEY, city nvarchar(60))
GO
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE object_id = OBJECT_ID(N'ax.dirparty_shadow') AND name = N'dirparty_shadow_name')
  CREATE INDEX dirparty_shadow_name ON ax.dirparty_shadow (name)`,
};

const RESERVE = `UPDATE ax.numberseq SET next_rec = next_rec + (SELECT count(*) FROM ax.dirparty_shadow) WHERE seq = 'CRM_1' AND dataareaid = 'dat'`;

export const PACKAGE = {
  name: 'state-transfer-e2e',
  version: '1.0.0',
  copyRules: { include: [custtable, vendtable] },
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
    script('create-shadow-tables', 'live', [], [shadow, addresses], CREATE_SHADOW_TABLES),
    script(
      'parties-from-customers',
      'live',
      [custtable],
      [shadow],
      {
        postgres: `INSERT INTO ax.dirparty_shadow SELECT 'C-' || accountnum, 'customer', upper(name) FROM ax.custtable ${upsertParty}`,
        mssql: tsqlParties('customer', custtable, false),
      },
      ['create-shadow-tables'],
    ),
    script(
      'parties-from-vendors',
      'live',
      [vendtable],
      [shadow],
      {
        postgres: `INSERT INTO ax.dirparty_shadow SELECT 'V-' || accountnum, 'vendor', upper(name) FROM ax.vendtable ${upsertParty}`,
        mssql: tsqlParties('vendor', vendtable, false),
      },
      ['create-shadow-tables'],
    ),
    script(
      'addresses-from-customers',
      'live',
      [custtable],
      [addresses],
      {
        postgres: `INSERT INTO ax.address_shadow SELECT accountnum, initcap(trim(city)) FROM ax.custtable ON CONFLICT (accountnum) DO UPDATE SET city = excluded.city`,
        mssql: tsqlAddresses(false),
      },
      ['create-shadow-tables'],
    ),
    // Draws party numbers on the test system: production's CRM_1 must catch up (number-sequence step).
    script(
      'reserve-party-numbers',
      'live',
      [shadow, { schema: 'ax', name: 'numberseq' }],
      [{ schema: 'ax', name: 'numberseq' }],
      { postgres: RESERVE, mssql: RESERVE },
      ['parties-from-customers', 'parties-from-vendors'],
    ),
    script(
      'parties-delta-customers',
      'delta',
      [custtable],
      [shadow],
      {
        postgres: `DELETE FROM ax.dirparty_shadow s USING pg_temp."delta_custtable" d WHERE s.party_key = 'C-' || d.accountnum AND d.op = 'D';
INSERT INTO ax.dirparty_shadow SELECT 'C-' || c.accountnum, 'customer', upper(c.name) FROM ax.custtable c
  JOIN pg_temp."delta_custtable" d ON d.accountnum = c.accountnum WHERE d.op <> 'D' ${upsertParty}`,
        mssql:
          tsqlDeleteDeleted('ax.dirparty_shadow', `s.party_key = N'C-' + d.accountnum`, 'custtable') +
          tsqlParties('customer', custtable, true),
      },
      ['parties-from-customers'],
    ),
    script(
      'parties-delta-vendors',
      'delta',
      [vendtable],
      [shadow],
      {
        postgres: `DELETE FROM ax.dirparty_shadow s USING pg_temp."delta_vendtable" d WHERE s.party_key = 'V-' || d.accountnum AND d.op = 'D';
INSERT INTO ax.dirparty_shadow SELECT 'V-' || v.accountnum, 'vendor', upper(v.name) FROM ax.vendtable v
  JOIN pg_temp."delta_vendtable" d ON d.accountnum = v.accountnum WHERE d.op <> 'D' ${upsertParty}`,
        mssql:
          tsqlDeleteDeleted('ax.dirparty_shadow', `s.party_key = N'V-' + d.accountnum`, 'vendtable') +
          tsqlParties('vendor', vendtable, true),
      },
      ['parties-from-vendors'],
    ),
    script(
      'addresses-delta-customers',
      'delta',
      [custtable],
      [addresses],
      {
        postgres: `DELETE FROM ax.address_shadow a USING pg_temp."delta_custtable" d WHERE a.accountnum = d.accountnum AND d.op = 'D';
INSERT INTO ax.address_shadow SELECT c.accountnum, initcap(trim(c.city)) FROM ax.custtable c
  JOIN pg_temp."delta_custtable" d ON d.accountnum = c.accountnum WHERE d.op <> 'D' ON CONFLICT (accountnum) DO UPDATE SET city = excluded.city`,
        mssql: tsqlDeleteDeleted('ax.address_shadow', 's.accountnum = d.accountnum', 'custtable') + tsqlAddresses(true),
      },
      ['addresses-from-customers'],
    ),
    script('party-counts', 'single-user', [shadow], [{ schema: 'ax', name: 'party_counts' }], {
      postgres: `CREATE TABLE IF NOT EXISTS ax.party_counts (kind text PRIMARY KEY, parties int NOT NULL)
GO
DELETE FROM ax.party_counts;
INSERT INTO ax.party_counts SELECT kind, count(*) FROM ax.dirparty_shadow GROUP BY kind`,
      mssql: `IF OBJECT_ID(N'ax.party_counts') IS NULL CREATE TABLE ax.party_counts (kind nvarchar(20) PRIMARY KEY, parties int NOT NULL)
GO
DELETE FROM ax.party_counts;
INSERT INTO ax.party_counts SELECT kind, COUNT(*) FROM ax.dirparty_shadow GROUP BY kind`,
    }),
  ],
};
