import { randomBytes } from 'node:crypto';
import { NO_PROGRESS } from '../../services/transfer-agent/src/engines/engine';
import { MssqlEngine } from '../../services/transfer-agent/src/engines/mssql/mssql.engine';
import { quoteIdent } from '../../services/transfer-agent/src/engines/mssql/tsql';
import { engineContract } from './engine-contract';
import { MSSQL_SKIP } from '../support/skip-reasons';

/**
 * The same contract against SQL Server when MSSQL_URL (an mssql:// URL with a login that may create
 * databases) is set; otherwise every test is registered and reported as skipped.
 */
const serverUrl = process.env.MSSQL_URL;

const run = async (engine: MssqlEngine, text: string, transaction = true) => {
  await engine.executeScript(
    { batches: [{ sql: text, repeat: 1, line: 1 }], parameters: {}, transaction, maxRows: 1 },
    { signal: new AbortController().signal, progress: NO_PROGRESS },
  );
};

engineContract(
  'mssql',
  {
    ddl: `CREATE TABLE ax.ITEMS (recid bigint NOT NULL CONSTRAINT items_pk PRIMARY KEY, [item id] nvarchar(20) NOT NULL,
        qty numeric(32,16) NOT NULL, note nvarchar(max), g uniqueidentifier, data varbinary(max), dt datetime2(7),
        CONSTRAINT items_qty CHECK (qty > -10000000000000000));
      CREATE INDEX items_item ON ax.ITEMS ([item id]);
      CREATE TABLE ax.LINES (DATAAREAID nvarchar(4) NOT NULL, RECID bigint NOT NULL, ITEMID nvarchar(20) NULL,
        AMOUNT numeric(32,16) NOT NULL, MODIFIED datetime NOT NULL);
      CREATE UNIQUE INDEX I_LINES_RECID ON ax.LINES (DATAAREAID, RECID);
      CREATE UNIQUE INDEX I_LINES_ITEM ON ax.LINES (ITEMID) WHERE ITEMID IS NOT NULL;
      CREATE INDEX I_LINES_MODIFIED ON ax.LINES (MODIFIED);`,
    insertLines: (
      n,
    ) => `WITH g AS (SELECT TOP (${n}) ROW_NUMBER() OVER (ORDER BY (SELECT NULL)) AS g FROM sys.all_objects a CROSS JOIN sys.all_objects b)
      INSERT INTO ax.LINES SELECT CASE WHEN g % 10 < 4 THEN N'ceu' WHEN g % 10 < 9 THEN N'dat' ELSE N'gb' END,
             CASE WHEN g <= ${n} * 0.8 THEN 5637144576 + g ELSE 5637144576 + g * 1000 END,
             CASE WHEN g % 2 = 0 THEN N'IT-' + CONVERT(nvarchar(20), g) END, CONVERT(numeric(32,16), g) / 7,
             DATEADD(SECOND, g, CONVERT(datetime, '2009-01-01T00:00:00', 126))
        FROM g`,
    insertRows: (
      n,
    ) => `WITH g AS (SELECT TOP (${n}) ROW_NUMBER() OVER (ORDER BY (SELECT NULL)) AS g FROM sys.all_objects a CROSS JOIN sys.all_objects b)
      INSERT INTO ax.ITEMS SELECT g, N'ITEM-' + CONVERT(nvarchar(20), g),
             CASE WHEN g = 1 THEN 9999999999999999.9999999999999999 ELSE CONVERT(numeric(32,16), g) / 3 END,
             CASE WHEN g % 10 = 0 THEN NULL ELSE N'Grüße 日本 ' + CONVERT(nvarchar(20), g) END, NEWID(),
             CASE WHEN g % 3 = 0 THEN HASHBYTES('MD5', CONVERT(varchar(20), g)) END,
             DATEADD(NANOSECOND, 100 * g, DATEADD(SECOND, g, CONVERT(datetime2(7), '2012-01-01')))
        FROM g`,
    expectedTypes: {
      recid: 'bigint',
      'item id': 'nvarchar(20)',
      qty: 'numeric(32,16)',
      note: 'nvarchar(max)',
      g: 'uniqueidentifier',
      data: 'varbinary(max)',
      dt: 'datetime2(7)',
    },
    printScript: `PRINT N'hello from the script'; RAISERROR(N'and a raised message', 10, 1);`,
    printed: 'hello from the script',
    sleepScript: `WAITFOR DELAY '00:00:30'`,
    whoAmI: 'SELECT DB_NAME() AS db, ORIGINAL_LOGIN() AS login',
    updateOneNote: `UPDATE ax.ITEMS SET note = note + N'!' WHERE recid = 201`,
    insertOne: `INSERT INTO ax.ITEMS (recid, [item id], qty) VALUES (999999, N'X', 1)`,
    deltaSelect: `SELECT recid, op FROM [#delta_ITEMS] ORDER BY recid`,
    holdUpdate: `UPDATE ax.ITEMS SET qty = 2 WHERE recid = 999998; WAITFOR DELAY '00:00:02'`,
    updateThree: `UPDATE ax.ITEMS SET qty = qty + 1 WHERE recid BETWEEN 2 AND 4`,
    axDdl: `CREATE TABLE ax.AXTRANS (DATAAREAID nvarchar(4) NOT NULL, RECID bigint NOT NULL, qty int);
      CREATE UNIQUE INDEX I_AXTRANS_RECID ON ax.AXTRANS (DATAAREAID, RECID);
      INSERT INTO ax.AXTRANS VALUES (N'dat', 1, 1), (N'dat', 2, 2), (N'ceu', 1, 3);`,
    axWrites: `UPDATE ax.AXTRANS SET qty = 20 WHERE DATAAREAID = N'dat' AND RECID = 2;
      INSERT INTO ax.AXTRANS VALUES (N'ceu', 3, 4);
      DELETE FROM ax.AXTRANS WHERE DATAAREAID = N'dat' AND RECID = 1;`,
    axDeltaSelect: `SELECT DATAAREAID, RECID, op FROM [#delta_AXTRANS] ORDER BY DATAAREAID, RECID`,
    retention45: /^for 45 DAYS$/,
    seqDdl: `CREATE TABLE ax.NUMSEQ (DATAAREAID nvarchar(4) NOT NULL, NUMBERSEQUENCE nvarchar(20) NOT NULL, NEXTREC bigint NOT NULL, HIGHEST bigint NOT NULL);
      INSERT INTO ax.NUMSEQ VALUES (N'dat', N'CRM_1', 1000, 99999999), (N'ceu', N'CRM_1', 3000, 99999999), (N'dat', N'CRM_2', 500, 99999999);`,
    identityDdl: `CREATE TABLE ax.IDENT (ID bigint IDENTITY(1, 1) PRIMARY KEY, NAME nvarchar(20) NOT NULL)`,
    identityRows: (n) => `INSERT INTO ax.IDENT (NAME) SELECT TOP (${n}) N'n' FROM sys.all_objects`,
    identityLast: `DELETE FROM ax.IDENT WHERE ID = (SELECT MAX(ID) FROM ax.IDENT)`,
    invoiceNoTo4321: `ALTER SEQUENCE ax.invoice_no RESTART WITH 4321; SELECT NEXT VALUE FOR ax.invoice_no`,
  },
  serverUrl
    ? async () => {
        const tag = randomBytes(4).toString('hex');
        const names = { a: `cutover_t_${tag}_a`, b: `cutover_t_${tag}_b` };
        const admin = new MssqlEngine({ url: serverUrl, poolSize: 1 });
        const urlFor = (db: string) => {
          const u = new URL(serverUrl);
          u.pathname = `/${encodeURIComponent(db)}`;
          return u.toString();
        };
        for (const db of Object.values(names)) await run(admin, `CREATE DATABASE ${quoteIdent(db)}`, false);
        const a = new MssqlEngine({ url: urlFor(names.a), poolSize: 4 });
        const b = new MssqlEngine({ url: urlFor(names.b), poolSize: 4 });
        await run(a, 'CREATE SCHEMA ax', false);
        await run(b, 'CREATE SCHEMA ax', false);
        const logins: string[] = [];
        return {
          a,
          b,
          sql: (db, text) => run(db === 'a' ? a : b, text),
          writer: async (privileged) => {
            const login = `cutover_w_${randomBytes(4).toString('hex')}`;
            const password = `Pw-${randomBytes(12).toString('hex')}`;
            await run(admin, `CREATE LOGIN ${quoteIdent(login)} WITH PASSWORD = N'${password}', CHECK_POLICY = OFF`, false);
            logins.push(login);
            await run(
              a,
              `CREATE USER ${quoteIdent(login)} FOR LOGIN ${quoteIdent(login)};
               GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::ax TO ${quoteIdent(login)};
               ${privileged ? `ALTER ROLE db_owner ADD MEMBER ${quoteIdent(login)};` : ''}`,
              false,
            );
            const u = new URL(urlFor(names.a));
            u.username = encodeURIComponent(login);
            u.password = encodeURIComponent(password);
            return {
              login,
              sql: async (text) => {
                const engine = new MssqlEngine({ url: u.toString(), poolSize: 1 });
                try {
                  await run(engine, text);
                } finally {
                  await engine.close();
                }
              },
            };
          },
          drop: async () => {
            await a.close();
            await b.close();
            for (const db of Object.values(names)) {
              await run(
                admin,
                `ALTER DATABASE ${quoteIdent(db)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ${quoteIdent(db)}`,
                false,
              );
            }
            for (const login of logins) await run(admin, `DROP LOGIN ${quoteIdent(login)}`, false).catch(() => undefined);
            await admin.close();
          },
        };
      }
    : { skip: MSSQL_SKIP },
);
