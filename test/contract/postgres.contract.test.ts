import { randomBytes } from 'node:crypto';
import { createTestDatabases, sql } from '@cutover/testing';
import { PostgresEngine } from '../../services/transfer-agent/src/engines/postgres/postgres.engine';
import { engineContract } from './engine-contract';

engineContract(
  'postgres',
  {
    ddl: `CREATE SCHEMA ax;
      CREATE TABLE ax."ITEMS" (recid bigint PRIMARY KEY, "item id" varchar(20) NOT NULL, qty numeric(32,16) NOT NULL,
        note text, g uuid, data bytea, dt timestamp(6), CONSTRAINT items_qty CHECK (qty > -1e16));
      CREATE INDEX items_item ON ax."ITEMS" ("item id");
      CREATE TABLE ax."LINES" ("DATAAREAID" varchar(4) NOT NULL, "RECID" bigint NOT NULL, "ITEMID" varchar(20),
        "AMOUNT" numeric(32,16) NOT NULL, "MODIFIED" timestamp(3) NOT NULL);
      CREATE UNIQUE INDEX "I_LINES_RECID" ON ax."LINES" ("DATAAREAID", "RECID");
      CREATE UNIQUE INDEX "I_LINES_ITEM" ON ax."LINES" ("ITEMID");
      CREATE INDEX "I_LINES_MODIFIED" ON ax."LINES" ("MODIFIED");`,
    insertLines: (n) => `INSERT INTO ax."LINES"
      SELECT CASE WHEN g % 10 < 4 THEN 'ceu' WHEN g % 10 < 9 THEN 'dat' ELSE 'gb' END,
             CASE WHEN g <= ${n} * 0.8 THEN 5637144576 + g ELSE 5637144576 + g * 1000 END,
             CASE WHEN g % 2 = 0 THEN 'IT-' || g END, g / 7.0, timestamp '2009-01-01' + g * interval '1 second'
        FROM generate_series(1, ${n}) g`,
    insertRows: (n) => `INSERT INTO ax."ITEMS"
      SELECT g, 'ITEM-' || g, CASE WHEN g = 1 THEN 9999999999999999.9999999999999999 ELSE g / 3.0 END,
             CASE WHEN g % 10 = 0 THEN NULL ELSE 'Grüße 日本 ' || g END, md5(g::text)::uuid,
             CASE WHEN g % 3 = 0 THEN decode(md5(g::text), 'hex') END, timestamp '2012-01-01' + g * interval '1.000001 second'
        FROM generate_series(1, ${n}) g`,
    expectedTypes: {
      recid: 'bigint',
      'item id': 'character varying(20)',
      qty: 'numeric(32,16)',
      note: 'text',
      g: 'uuid',
      data: 'bytea',
      dt: 'timestamp(6) without time zone',
    },
    printScript: `DO $$ BEGIN RAISE NOTICE 'hello from the script'; END $$`,
    printed: 'hello from the script',
    sleepScript: 'SELECT pg_sleep(30)',
    whoAmI: 'SELECT current_database() AS db, session_user AS login',
    updateOneNote: `UPDATE ax."ITEMS" SET note = note || '!' WHERE recid = 201`,
    insertOne: `INSERT INTO ax."ITEMS" (recid, "item id", qty) VALUES (999999, 'X', 1)`,
    deltaSelect: `SELECT recid, op FROM "delta_ITEMS" ORDER BY recid`,
    holdUpdate: `UPDATE ax."ITEMS" SET qty = 2 WHERE recid = 999998; SELECT pg_sleep(2)`,
    updateThree: `UPDATE ax."ITEMS" SET qty = qty + 1 WHERE recid BETWEEN 2 AND 4`,
    axDdl: `CREATE TABLE ax."AXTRANS" ("DATAAREAID" varchar(4) NOT NULL, "RECID" bigint NOT NULL, qty int);
      CREATE UNIQUE INDEX "I_AXTRANS_RECID" ON ax."AXTRANS" ("DATAAREAID", "RECID");
      INSERT INTO ax."AXTRANS" VALUES ('dat', 1, 1), ('dat', 2, 2), ('ceu', 1, 3);`,
    axWrites: `UPDATE ax."AXTRANS" SET qty = 20 WHERE "DATAAREAID" = 'dat' AND "RECID" = 2;
      INSERT INTO ax."AXTRANS" VALUES ('ceu', 3, 4);
      DELETE FROM ax."AXTRANS" WHERE "DATAAREAID" = 'dat' AND "RECID" = 1;`,
    axDeltaSelect: `SELECT "DATAAREAID", "RECID", op FROM "delta_AXTRANS" ORDER BY 1, 2`,
    retention45: /until change tracking is disabled/,
    seqDdl: `CREATE TABLE ax."NUMSEQ" ("DATAAREAID" varchar(4) NOT NULL, "NUMBERSEQUENCE" varchar(20) NOT NULL, "NEXTREC" bigint NOT NULL, "HIGHEST" bigint NOT NULL);
      INSERT INTO ax."NUMSEQ" VALUES ('dat', 'CRM_1', 1000, 99999999), ('ceu', 'CRM_1', 3000, 99999999), ('dat', 'CRM_2', 500, 99999999);`,
  },
  async () => {
    const dbs = await createTestDatabases(['a', 'b']);
    const engine = (url: string) => new PostgresEngine({ url, poolSize: 4, maintenanceWorkMem: '64MB' });
    const a = engine(dbs.urls.a);
    const b = engine(dbs.urls.b);
    return {
      a,
      b,
      sql: async (db, text) => void (await sql(dbs.urls[db], text)),
      writer: async (privileged) => {
        const login = `writer_${randomBytes(4).toString('hex')}`;
        await sql(
          dbs.urls.a,
          `CREATE ROLE ${login} LOGIN PASSWORD 'writer'${privileged ? ' SUPERUSER' : ''};
           GRANT CONNECT ON DATABASE ${new URL(dbs.urls.a).pathname.slice(1)} TO ${login};
           GRANT USAGE ON SCHEMA ax TO ${login};
           GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ax TO ${login};`,
        );
        const url = new URL(dbs.urls.a);
        url.username = login;
        url.password = 'writer';
        return { login, sql: async (text) => void (await sql(url.toString(), text)) };
      },
      drop: async () => {
        await a.close();
        await b.close();
        await dbs.drop();
      },
    };
  },
);
