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
    updateOneNote: `UPDATE ax."ITEMS" SET note = note || '!' WHERE recid = 201`,
    insertOne: `INSERT INTO ax."ITEMS" (recid, "item id", qty) VALUES (999999, 'X', 1)`,
    deltaSelect: `SELECT recid, op FROM "delta_ITEMS" ORDER BY recid`,
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
      drop: async () => {
        await a.close();
        await b.close();
        await dbs.drop();
      },
    };
  },
);
