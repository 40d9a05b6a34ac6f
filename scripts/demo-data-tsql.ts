/**
 * The demo's AX-shaped databases in T-SQL (`MSSQL_URL=… npm start`): the same tables, indexes,
 * constraints and skewed data as demo-data.ts, for SQL Server.
 */

export const DDL_TSQL = `
CREATE TABLE dbo.CUSTTABLE (
  RECID bigint PRIMARY KEY, DATAAREAID nvarchar(4) NOT NULL, ACCOUNTNUM nvarchar(20) NOT NULL,
  NAME nvarchar(60) NOT NULL, CREDITMAX numeric(32,16) NOT NULL DEFAULT 0 CHECK (CREDITMAX >= 0),
  CREATEDDATETIME datetime NOT NULL, STREET nvarchar(250), ZIPCODE nvarchar(10), CITY nvarchar(60), COUNTRYREGIONID nvarchar(10),
  CONSTRAINT I_CUSTTABLE_ACCOUNTIDX UNIQUE (DATAAREAID, ACCOUNTNUM));
CREATE TABLE dbo.VENDTABLE (
  RECID bigint PRIMARY KEY, DATAAREAID nvarchar(4) NOT NULL, ACCOUNTNUM nvarchar(20) NOT NULL,
  NAME nvarchar(60) NOT NULL, CREATEDDATETIME datetime NOT NULL);
CREATE INDEX I_VENDTABLE_NAME ON dbo.VENDTABLE (NAME);
CREATE TABLE dbo.INVENTTRANS (
  RECID bigint PRIMARY KEY, DATAAREAID nvarchar(4) NOT NULL, ITEMID nvarchar(20) NOT NULL,
  QTY numeric(32,16) NOT NULL, COSTAMOUNTPOSTED numeric(32,16) NOT NULL, DATEPHYSICAL datetime,
  INVENTTRANSID nvarchar(20) NOT NULL, GUID uniqueidentifier);
CREATE INDEX I_INVENTTRANS_ITEMIDX ON dbo.INVENTTRANS (DATAAREAID, ITEMID, DATEPHYSICAL);
CREATE INDEX I_INVENTTRANS_TRANSIDX ON dbo.INVENTTRANS (INVENTTRANSID);
-- As AX 2009 tables are: no primary key, a unique index on (DATAAREAID, RECID) identifies a row.
CREATE TABLE dbo.SALESLINE (
  DATAAREAID nvarchar(4) NOT NULL, RECID bigint NOT NULL, SALESID nvarchar(20) NOT NULL, ITEMID nvarchar(20) NOT NULL,
  SALESQTY numeric(32,16) NOT NULL, LINEAMOUNT numeric(32,16) NOT NULL, NAME nvarchar(1000), MODIFIEDDATETIME datetime NOT NULL);
CREATE UNIQUE INDEX I_SALESLINE_RECID ON dbo.SALESLINE (DATAAREAID, RECID);
CREATE INDEX I_SALESLINE_SALESIDX ON dbo.SALESLINE (DATAAREAID, SALESID);
CREATE TABLE dbo.NUMBERSEQUENCETABLE (
  RECID bigint PRIMARY KEY, NUMBERSEQUENCE nvarchar(20) NOT NULL, NEXTREC bigint NOT NULL, HIGHEST bigint NOT NULL);
`;

/** The AX 2012 tables the shadow tables become (types as the T-SQL shadow tables declare them). */
export const TARGET_DDL_TSQL = `
CREATE TABLE dbo.DIRPARTYTABLE (PARTYKEY nvarchar(40) PRIMARY KEY, KIND nvarchar(20) NOT NULL, NAME nvarchar(100) NOT NULL,
  ACCOUNTNUM nvarchar(20) NOT NULL, PARTYNUMBER nvarchar(20), CONSTRAINT CK_DIRPARTYTABLE_KIND CHECK (KIND IN (N'customer', N'vendor')));
CREATE INDEX I_DIRPARTYTABLE_NAME ON dbo.DIRPARTYTABLE (NAME);
CREATE TABLE dbo.LOGISTICSPOSTALADDRESS (CUSTRECID bigint PRIMARY KEY, STREET nvarchar(250), ZIPCODE nvarchar(20), CITY nvarchar(60),
  COUNTRYREGIONID nvarchar(10) NOT NULL);
CREATE TABLE dbo.INVENTSUM (ITEMID nvarchar(20) PRIMARY KEY, QTY numeric(32,16) NOT NULL, TRANSACTIONS bigint NOT NULL);
CREATE TABLE dbo.DIRPARTYLOCATION (PARTYKEY nvarchar(40) NOT NULL, LOCATION bigint NOT NULL, PRIMARY KEY (PARTYKEY, LOCATION));
`;

/** Rows 1..n (int g) as the derived table `s`. */
const series = (n: number) =>
  `(SELECT TOP (${n}) CONVERT(int, ROW_NUMBER() OVER (ORDER BY (SELECT NULL))) AS g FROM sys.all_objects a CROSS JOIN sys.all_objects b) s`;
const padded = (width: number, value: string) => `RIGHT(REPLICATE(N'0', ${width}) + CONVERT(nvarchar(20), ${value}), ${width})`;

/** The source's rows at a scale (INVENTTRANS rows); keys skewed as in demo-data.ts. */
export function seedTsql(scale: number): string {
  const n = Math.max(1, Math.floor(scale));
  const customers = Math.max(100, Math.round(n / 20));
  const vendors = Math.max(50, Math.round(customers / 4));
  return `
INSERT INTO dbo.CUSTTABLE
SELECT 5637144576 + g, N'dat', N'C' + ${padded(8, 'g')}, CONCAT(N'Customer ', g), (g % 1000) * 100, DATEADD(HOUR, g, CONVERT(datetime, '2009-01-01')),
       CONCAT(N' ', g % 500, N' ', CHOOSE(g % 4 + 1, N'oak street', N'MAPLE AVE', N'pine road ', N'Elm Street')),
       CONCAT(10000 + g % 89999, CASE WHEN g % 5 = 0 THEN N' ' ELSE N'' END),
       CHOOSE(g % 4 + 1, N'seattle', N' PORTLAND', N'boise ', N'Fargo'), CASE WHEN g % 3 = 0 THEN N'' ELSE N'us' END
  FROM ${series(customers)};
INSERT INTO dbo.VENDTABLE
SELECT 5637144576 + g, N'dat', N'V' + ${padded(8, 'g')}, CONCAT(N'Vendor ', g), DATEADD(HOUR, g, CONVERT(datetime, '2009-01-01'))
  FROM ${series(vendors)};
-- Skewed keys: 80% of the rows sit in the lowest fifth of the key space.
INSERT INTO dbo.INVENTTRANS
SELECT CASE WHEN g <= ${n} * 0.8 THEN 5637144576 + g ELSE 5637144576 + CONVERT(bigint, g) * 16 END,
       N'dat', CONCAT(N'ITEM-', g % 2000), (g % 97) - 20, CONVERT(numeric(32,16), (g % 9973) * 1.37),
       DATEADD(DAY, g % 1500, CONVERT(datetime, '2010-01-01')), N'IT' + ${padded(10, 'g')},
       CONVERT(uniqueidentifier, HASHBYTES('MD5', CONVERT(varchar(20), g)))
  FROM ${series(n)};
-- Three companies of unequal size; dense then sparse RECIDs, the same RECIDs in every company.
INSERT INTO dbo.SALESLINE
SELECT c.id, CASE WHEN s.g <= c.n * 0.8 THEN 5637144576 + s.g ELSE 5637144576 + CONVERT(bigint, s.g) * 1000 END,
       c.id + N'-SO' + ${padded(7, 's.g / 4')}, CONCAT(N'ITEM-', s.g % 2000), 1 + s.g % 20, CONVERT(numeric(32,16), (s.g % 9973) * 1.37),
       CASE WHEN s.g % 7 = 0 THEN NULL ELSE CONCAT(N'Line ', s.g, N' ', CHOOSE(s.g % 4 + 1, N'Müller', N'Åland', N'Société', N'Łódź')) END,
       DATEADD(MINUTE, 7 * s.g, CONVERT(datetime, '2009-06-01'))
  FROM (VALUES (N'dat', 0.60), (N'ceu', 0.25), (N'gb', 0.15)) AS c0(id, share)
 CROSS APPLY (SELECT c0.id, CONVERT(int, ROUND(${n} * c0.share, 0)) AS n) c
 CROSS JOIN ${series(n)}
 WHERE s.g <= c.n;
INSERT INTO dbo.NUMBERSEQUENCETABLE VALUES (1, N'CRM_1', 1200, 99999999), (2, N'CRM_2', 800, 99999999);
EXEC sp_updatestats;`;
}
