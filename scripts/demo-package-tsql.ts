/**
 * The demo package's scripts in T-SQL, by script key: the same transformations as the PostgreSQL
 * bodies in demo-package.ts, for `MSSQL_URL=… npm start`. Upserts are an UPDATE … FROM then an
 * INSERT … WHERE NOT EXISTS (no MERGE); delta scripts read `[#delta_<table>]` (key columns + op).
 */
const PARTY = 'dbo.DIRPARTYTABLE_SHADOW';
const ADDRESS = 'dbo.LOGISTICSPOSTALADDRESS_SHADOW';

/** `initcap` has no T-SQL twin: the first letter upper, the rest lower. */
const cap = (column: string) => `UPPER(LEFT(LTRIM(RTRIM(${column})), 1)) + LOWER(SUBSTRING(LTRIM(RTRIM(${column})), 2, 250))`;

interface Source {
  /** `c` (customers) or `v` (vendors). */
  alias: 'c' | 'v';
  table: 'CUSTTABLE' | 'VENDTABLE';
  kind: 'customer' | 'vendor';
  prefix: 'C' | 'V';
}
const CUSTOMERS: Source = { alias: 'c', table: 'CUSTTABLE', kind: 'customer', prefix: 'C' };
const VENDORS: Source = { alias: 'v', table: 'VENDTABLE', kind: 'vendor', prefix: 'V' };

const partyKey = (s: Source, alias: string = s.alias) => `N'${s.prefix}' + CONVERT(nvarchar(20), ${alias}.RECID)`;
/** Restricts to the rows a delta changed (and not deleted), or to every row. */
const rows = (s: Source, delta: boolean) =>
  delta ? `JOIN [#delta_${s.table}] d ON d.RECID = ${s.alias}.RECID WHERE d.op <> 'D'` : 'WHERE 1 = 1';

function parties(s: Source, delta: boolean): string {
  const a = s.alias;
  return `UPDATE p SET KIND = N'${s.kind}', NAME = UPPER(LTRIM(RTRIM(${a}.NAME))), ACCOUNTNUM = ${a}.ACCOUNTNUM
  FROM ${PARTY} p JOIN dbo.${s.table} ${a} ON p.PARTYKEY = ${partyKey(s)} ${rows(s, delta)};
INSERT INTO ${PARTY} (PARTYKEY, KIND, NAME, ACCOUNTNUM)
  SELECT ${partyKey(s)}, N'${s.kind}', UPPER(LTRIM(RTRIM(${a}.NAME))), ${a}.ACCOUNTNUM FROM dbo.${s.table} ${a} ${rows(s, delta)}
  AND NOT EXISTS (SELECT 1 FROM ${PARTY} p WHERE p.PARTYKEY = ${partyKey(s)})`;
}

const ADDRESS_VALUES = `${cap('c.STREET')}, UPPER(REPLACE(c.ZIPCODE, N' ', N'')), ${cap('c.CITY')}, COALESCE(NULLIF(UPPER(c.COUNTRYREGIONID), N''), N'US')`;

function addresses(delta: boolean): string {
  return `UPDATE a SET STREET = ${cap('c.STREET')}, ZIPCODE = UPPER(REPLACE(c.ZIPCODE, N' ', N'')), CITY = ${cap('c.CITY')},
    COUNTRYREGIONID = COALESCE(NULLIF(UPPER(c.COUNTRYREGIONID), N''), N'US')
  FROM ${ADDRESS} a JOIN dbo.CUSTTABLE c ON a.CUSTRECID = c.RECID ${rows(CUSTOMERS, delta)};
INSERT INTO ${ADDRESS} (CUSTRECID, STREET, ZIPCODE, CITY, COUNTRYREGIONID)
  SELECT c.RECID, ${ADDRESS_VALUES} FROM dbo.CUSTTABLE c ${rows(CUSTOMERS, delta)}
  AND NOT EXISTS (SELECT 1 FROM ${ADDRESS} a WHERE a.CUSTRECID = c.RECID)`;
}

const deleted = (into: string, on: string, table: string) =>
  `DELETE x FROM ${into} x JOIN [#delta_${table}] d ON ${on} WHERE d.op = 'D';\n`;

/** T-SQL body of each demo script, by key. */
export const DEMO_TSQL: Record<string, string> = {
  'create-shadow-tables': `IF OBJECT_ID(N'${PARTY}') IS NULL
  CREATE TABLE ${PARTY} (PARTYKEY nvarchar(40) PRIMARY KEY, KIND nvarchar(20) NOT NULL, NAME nvarchar(100) NOT NULL, ACCOUNTNUM nvarchar(20) NOT NULL, PARTYNUMBER nvarchar(20))
GO
IF OBJECT_ID(N'${ADDRESS}') IS NULL
  CREATE TABLE ${ADDRESS} (CUSTRECID bigint PRIMARY KEY, STREET nvarchar(250), ZIPCODE nvarchar(20), CITY nvarchar(60), COUNTRYREGIONID nvarchar(10) NOT NULL)`,
  'parties-from-customers': parties(CUSTOMERS, false),
  'parties-from-vendors': parties(VENDORS, false),
  'addresses-from-customers': addresses(false),
  'parties-delta-customers': deleted(PARTY, `x.PARTYKEY = ${partyKey(CUSTOMERS, 'd')}`, 'CUSTTABLE') + parties(CUSTOMERS, true),
  'parties-delta-vendors': deleted(PARTY, `x.PARTYKEY = ${partyKey(VENDORS, 'd')}`, 'VENDTABLE') + parties(VENDORS, true),
  'addresses-delta-customers': deleted(ADDRESS, 'x.CUSTRECID = d.RECID', 'CUSTTABLE') + addresses(true),
  'assign-party-numbers': `DECLARE @next bigint;
DECLARE @count bigint;
SELECT @next = NEXTREC FROM dbo.NUMBERSEQUENCETABLE WITH (UPDLOCK) WHERE NUMBERSEQUENCE = N'CRM_1';
SELECT @count = COUNT(*) FROM ${PARTY} WHERE PARTYNUMBER IS NULL;
UPDATE p SET PARTYNUMBER = RIGHT(REPLICATE(N'0', 10) + CONVERT(nvarchar(20), @next + numbered.n - 1), 10)
  FROM ${PARTY} p
  JOIN (SELECT PARTYKEY, ROW_NUMBER() OVER (ORDER BY PARTYKEY) AS n FROM ${PARTY} WHERE PARTYNUMBER IS NULL) numbered ON numbered.PARTYKEY = p.PARTYKEY;
UPDATE dbo.NUMBERSEQUENCETABLE SET NEXTREC = NEXTREC + @count WHERE NUMBERSEQUENCE = N'CRM_1'`,
  'party-locations': `INSERT INTO dbo.DIRPARTYLOCATION (PARTYKEY, LOCATION)
SELECT p.PARTYKEY, a.CUSTRECID FROM dbo.DIRPARTYTABLE p
  JOIN dbo.CUSTTABLE c ON c.ACCOUNTNUM = p.ACCOUNTNUM AND p.KIND = N'customer'
  JOIN dbo.LOGISTICSPOSTALADDRESS a ON a.CUSTRECID = c.RECID`,
  'inventory-summary': `IF OBJECT_ID(N'dbo.INVENTSUM_SHADOW') IS NULL
  CREATE TABLE dbo.INVENTSUM_SHADOW (ITEMID nvarchar(20) PRIMARY KEY, QTY numeric(32,16) NOT NULL, TRANSACTIONS bigint NOT NULL)
GO
TRUNCATE TABLE dbo.INVENTSUM_SHADOW
GO
INSERT INTO dbo.INVENTSUM_SHADOW SELECT ITEMID, SUM(QTY), COUNT(*) FROM dbo.INVENTTRANS GROUP BY ITEMID`,
};

/** Business keeps working while the live scripts run (T-SQL twin of BUSINESS_WRITES). */
export const BUSINESS_WRITES_TSQL = `
INSERT INTO dbo.CUSTTABLE (RECID, DATAAREAID, ACCOUNTNUM, NAME, CREDITMAX, CREATEDDATETIME, STREET, ZIPCODE, CITY, COUNTRYREGIONID)
  SELECT 9000000000 + g, N'dat', N'N' + RIGHT(REPLICATE(N'0', 8) + CONVERT(nvarchar(20), g), 8), CONCAT(N'  new customer ', g), 0, GETDATE(),
         CONCAT(N' ', g, N' main street'), CONCAT(N'1000', g), N' springfield ', N''
    FROM (SELECT TOP (50) CONVERT(int, ROW_NUMBER() OVER (ORDER BY (SELECT NULL))) AS g FROM sys.all_objects) s;
UPDATE dbo.CUSTTABLE SET NAME = NAME + N' (renamed)', CITY = N'shelbyville' WHERE RECID % 97 = 0;
DELETE FROM dbo.CUSTTABLE WHERE RECID % 211 = 0;
UPDATE dbo.VENDTABLE SET NAME = NAME + N' ltd' WHERE RECID % 13 = 0;`;
