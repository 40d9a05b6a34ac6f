/**
 * bench/copy's AX-like dataset: three large tables with skewed bigint RECID keys (dense clusters,
 * growing gaps and a jump of 10^12, as RECID blocks allocated per company look), an AX-shaped
 * pair (ax.salesline: no primary key, a unique index on (dataareaid, recid), four companies of
 * unequal size; ax.salesline_pk: the same rows with recid as its primary key) and many small
 * ones. Every value is a function of the row number and the seed (hashint8, md5), so a scale and a
 * seed always give the same rows. Generated server-side with INSERT … SELECT generate_series.
 */
import { sql } from '@cutover/testing';
import { PG_SCHEMAS_DDL, pgSchemasData } from './pg-schemas-dataset';

export interface BenchTable {
  /** Unquoted, in schema ax. */
  name: string;
  rows: number;
  /** Columns and the primary key (the part of the DDL a copy keeps). */
  columns: string;
  /** Without a primary key: the unique index the copy key comes from (a copy keeps it too). */
  keyIndex?: string;
  checks: { name: string; definition: string }[];
  indexes: string[];
  select: string;
}

const RECID_BASE = 5637144576;
/** Dense clusters of 25,000 keys, gaps growing with the cube of the cluster, the last fifth of the rows 10^12 further. */
const recid = (n: number) =>
  `${RECID_BASE}::bigint + g + (power(g / 25000, 3))::bigint * 1000 + CASE WHEN g > ${Math.floor(n * 0.8)} THEN 1000000000000 ELSE 0 END`;
/** A deterministic pseudo-random int ≥ 0 for row g. */
const h = (seed: number, salt: number) => `(hashint8(g::bigint * ${salt} + ${seed})::bigint & 2147483647)::int`;
const amount = (seed: number, salt: number) => `(${h(seed, salt)} % 100000000)::numeric / 10000 - 5000`;
const day = (seed: number, salt: number) => `date '2009-01-01' + (${h(seed, salt)} % 4000)::int`;
const text = (seed: number, salt: number, max: number) =>
  `left(md5((g + ${seed * salt})::text) || ' ' || (ARRAY['Müller GmbH','Åland Oy','Société Générale','Łódź Sp. z o.o.','Ørsted A/S','Straße'])[1 + ${h(seed, salt + 1)} % 6] || ' ' || md5(g::text), 1 + ${h(seed, salt + 2)} % ${max})`;

export function benchTables(scale: number, seed: number): BenchTable[] {
  const inv = Math.round(1_200_000 * scale);
  const gjae = Math.round(800_000 * scale);
  const cit = Math.round(400_000 * scale);
  const large: BenchTable[] = [
    {
      name: 'inventtrans',
      rows: inv,
      columns: `"recid" bigint PRIMARY KEY, "itemid" varchar(20) NOT NULL, "inventdimid" varchar(20) NOT NULL, "transrefid" varchar(20) NOT NULL,
        "qty" numeric(32,16) NOT NULL, "costamountposted" numeric(32,16) NOT NULL, "costamountphysical" numeric(32,16) NOT NULL,
        "statusissue" integer NOT NULL, "statusreceipt" integer NOT NULL, "datephysical" date, "datefinancial" date,
        "txt" varchar(60) NOT NULL, "dataareaid" varchar(4) NOT NULL, "createddatetime" timestamp NOT NULL`,
      checks: [{ name: 'inventtrans_status_ck', definition: `CHECK ("statusissue" BETWEEN 0 AND 7 AND "statusreceipt" BETWEEN 0 AND 7)` }],
      indexes: [
        `CREATE INDEX "inventtrans_item_idx" ON "ax"."inventtrans" ("dataareaid", "itemid", "datephysical")`,
        `CREATE INDEX "inventtrans_dim_idx" ON "ax"."inventtrans" ("inventdimid")`,
        `CREATE INDEX "inventtrans_ref_idx" ON "ax"."inventtrans" ("transrefid", "recid")`,
      ],
      select: `SELECT ${recid(inv)}, 'IT-' || (${h(seed, 3)} % 20000), 'DIM' || (${h(seed, 5)} % 300000), 'REF' || (g / 7),
        ${amount(seed, 7)}, ${amount(seed, 11)}, ${amount(seed, 13)}, ${h(seed, 17)} % 8, ${h(seed, 19)} % 8,
        ${day(seed, 23)}, CASE WHEN g % 9 = 0 THEN NULL ELSE ${day(seed, 29)} END, ${text(seed, 31, 60)},
        (ARRAY['dat','ceu','cus','gb'])[1 + g % 4], timestamp '2009-01-01' + g * interval '17 seconds'
        FROM generate_series(1, ${inv}) g`,
    },
    {
      name: 'generaljournalaccountentry',
      rows: gjae,
      columns: `"recid" bigint PRIMARY KEY, "generaljournalentry" bigint NOT NULL, "ledgerdimension" bigint NOT NULL,
        "transactioncurrencyamount" numeric(32,16) NOT NULL, "accountingcurrencyamount" numeric(32,16) NOT NULL,
        "reportingcurrencyamount" numeric(32,16) NOT NULL, "quantity" numeric(32,16) NOT NULL, "postingtype" integer NOT NULL,
        "iscredit" integer NOT NULL, "transactioncurrencycode" varchar(3) NOT NULL, "txt" varchar(60) NOT NULL, "createddatetime" timestamp NOT NULL`,
      checks: [{ name: 'gjae_iscredit_ck', definition: `CHECK ("iscredit" IN (0, 1))` }],
      indexes: [
        `CREATE INDEX "gjae_entry_idx" ON "ax"."generaljournalaccountentry" ("generaljournalentry")`,
        `CREATE INDEX "gjae_dim_idx" ON "ax"."generaljournalaccountentry" ("ledgerdimension", "postingtype")`,
      ],
      select: `SELECT ${recid(gjae)}, 5637000000 + g / 4, 5637100000 + ${h(seed, 37)} % 50000, ${amount(seed, 41)}, ${amount(seed, 43)},
        ${amount(seed, 47)}, (${h(seed, 53)} % 1000)::numeric / 8, ${h(seed, 59)} % 250, g % 2,
        (ARRAY['EUR','USD','GBP','SEK'])[1 + ${h(seed, 61)} % 4], ${text(seed, 67, 60)}, timestamp '2009-01-01' + g * interval '23 seconds'
        FROM generate_series(1, ${gjae}) g`,
    },
    {
      name: 'custinvoicetrans',
      rows: cit,
      columns: `"recid" bigint PRIMARY KEY, "invoiceid" varchar(20) NOT NULL, "invoicedate" date NOT NULL, "itemid" varchar(20) NOT NULL,
        "name" varchar(1000) NOT NULL, "qty" numeric(32,16) NOT NULL, "salesprice" numeric(32,16) NOT NULL,
        "lineamount" numeric(32,16) NOT NULL, "taxamount" numeric(32,16) NOT NULL, "currencycode" varchar(3) NOT NULL,
        "dataareaid" varchar(4) NOT NULL`,
      checks: [{ name: 'custinvoicetrans_qty_ck', definition: `CHECK ("qty" <> 0)` }],
      indexes: [
        `CREATE INDEX "cit_invoice_idx" ON "ax"."custinvoicetrans" ("invoiceid", "invoicedate")`,
        `CREATE INDEX "cit_item_idx" ON "ax"."custinvoicetrans" ("dataareaid", "itemid")`,
      ],
      select: `SELECT ${recid(cit)}, 'INV-' || lpad((g / 5)::text, 9, '0'), ${day(seed, 71)}, 'IT-' || (${h(seed, 73)} % 20000),
        ${text(seed, 79, 200)}, 1 + ${h(seed, 83)} % 50, ${amount(seed, 89)}, ${amount(seed, 97)}, ${amount(seed, 101)},
        (ARRAY['EUR','USD','GBP','SEK'])[1 + ${h(seed, 103)} % 4], (ARRAY['dat','ceu','cus','gb'])[1 + g % 4]
        FROM generate_series(1, ${cit}) g`,
    },
  ];
  const small = Array.from({ length: 40 }, (_, i): BenchTable => {
    const name = `small_${String(i + 1).padStart(2, '0')}`;
    const rows = Math.max(10, Math.round((500 + (((i + 1) * 7919 + seed) % 24000)) * scale));
    const indexes = [`CREATE INDEX "${name}_code_idx" ON "ax"."${name}" ("code")`];
    if (i % 2 === 0) indexes.push(`CREATE INDEX "${name}_modified_idx" ON "ax"."${name}" ("modifieddatetime")`);
    if (i % 3 === 0) indexes.push(`CREATE INDEX "${name}_name_idx" ON "ax"."${name}" ("dataareaid", "name")`);
    return {
      name,
      rows,
      columns: `"recid" bigint PRIMARY KEY, "code" varchar(10) NOT NULL, "name" varchar(60) NOT NULL, "amount" numeric(32,16) NOT NULL,
        "dataareaid" varchar(4) NOT NULL, "modifieddatetime" timestamp NOT NULL`,
      checks: [],
      indexes,
      select: `SELECT ${RECID_BASE}::bigint + g * ${1 + (i % 5)}, 'C' || (${h(seed, 107 + i)} % 100000), ${text(seed, 109 + i, 60)},
        ${amount(seed, 113 + i)}, (ARRAY['dat','ceu','cus','gb'])[1 + g % 4], timestamp '2010-01-01' + g * interval '1 hour'
        FROM generate_series(1, ${rows}) g`,
    };
  });
  return [...large, ...salesLines(Math.round(600_000 * scale), seed), ...small];
}

/**
 * The AX-shaped table and its twin: the same rows; ax.salesline has no primary key and a unique
 * index on (dataareaid, recid), as AX 2009 tables do, ax.salesline_pk has recid as its primary
 * key. Companies are skewed (55%, 25%, 12%, 8%, picked per row), so each company's RECIDs are
 * interleaved with the others' and its key ranges span sparse RECIDs.
 */
function salesLines(n: number, seed: number): BenchTable[] {
  const columns = `"dataareaid" varchar(4) NOT NULL, "recid" bigint NOT NULL, "salesid" varchar(20) NOT NULL, "itemid" varchar(20) NOT NULL,
    "name" varchar(1000), "salesqty" numeric(32,16) NOT NULL, "salesprice" numeric(32,16) NOT NULL, "lineamount" numeric(32,16) NOT NULL,
    "currencycode" varchar(3) NOT NULL, "shippingdate" date, "modifieddatetime" timestamp NOT NULL`;
  const company = `CASE WHEN ${h(seed, 211)} % 100 < 55 THEN 'dat' WHEN ${h(seed, 211)} % 100 < 80 THEN 'ceu' WHEN ${h(seed, 211)} % 100 < 92 THEN 'cus' ELSE 'gb' END`;
  const select = `SELECT ${company}, ${recid(n)}, 'SO-' || lpad((g / 6)::text, 9, '0'), 'IT-' || (${h(seed, 223)} % 20000),
    CASE WHEN g % 11 = 0 THEN NULL ELSE ${text(seed, 227, 120)} END, 1 + ${h(seed, 229)} % 40, ${amount(seed, 233)}, ${amount(seed, 239)},
    (ARRAY['EUR','USD','GBP','SEK'])[1 + ${h(seed, 241)} % 4], CASE WHEN g % 13 = 0 THEN NULL ELSE ${day(seed, 251)} END,
    timestamp '2009-01-01' + g * interval '13 seconds'
    FROM generate_series(1, ${n}) g`;
  const table = (name: string, key: 'primary key' | 'unique index'): BenchTable => ({
    name,
    rows: n,
    columns: key === 'primary key' ? `${columns}, PRIMARY KEY ("recid")` : columns,
    ...(key === 'unique index' ? { keyIndex: `CREATE UNIQUE INDEX "${name}_recid_idx" ON "ax"."${name}" ("dataareaid", "recid")` } : {}),
    checks: [{ name: `${name}_qty_ck`, definition: `CHECK ("salesqty" > 0)` }],
    indexes: [`CREATE INDEX "${name}_sales_idx" ON "ax"."${name}" ("dataareaid", "salesid")`],
    select,
  });
  return [table('salesline', 'unique index'), table('salesline_pk', 'primary key')];
}

export const qualified = (t: BenchTable) => `"ax"."${t.name}"`;

/** The tables with their primary keys (or the key index of a table without one) only: what a copy loads into. */
export function tablesDdl(tables: BenchTable[]): string {
  return [
    'CREATE SCHEMA IF NOT EXISTS "ax"',
    ...tables.flatMap((t) => [`CREATE TABLE ${qualified(t)} (${t.columns})`, ...(t.keyIndex ? [t.keyIndex] : [])]),
  ].join(';\n');
}

/** Secondary indexes and CHECK constraints, one statement each (the part a copy defers). */
export function deferredDdl(tables: BenchTable[]): string[] {
  return tables.flatMap((t) => [
    ...t.indexes,
    ...t.checks.map((c) => `ALTER TABLE ${qualified(t)} ADD CONSTRAINT "${c.name}" ${c.definition}`),
  ]);
}

/** Runs async jobs with at most `limit` at once, in order of the list. */
export async function pool<T>(items: T[], limit: number, job: (item: T, worker: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async (_, worker) => {
      while (next < items.length) await job(items[next++], worker);
    }),
  );
}

/**
 * Fills the source: tables, rows (two tables at a time), indexes and constraints, issue #22's schema
 * `app` (partitions, foreign keys, identity, enum, domain, arrays, composite; `appScale` 0 leaves it
 * out), then VACUUM FREEZE ANALYZE and a checkpoint.
 */
export async function seedSource(url: string, tables: BenchTable[], appScale = 0): Promise<void> {
  await sql(url, tablesDdl(tables));
  await pool(tables, 2, async (t) => {
    await sql(url, `INSERT INTO ${qualified(t)} ${t.select}`);
  });
  await pool(deferredDdl(tables), 2, async (statement) => {
    await sql(url, statement);
  });
  if (appScale > 0) await sql(url, `${PG_SCHEMAS_DDL};\n${pgSchemasData(appScale)}`);
  // Every contender then reads the same clean, all-visible pages (no hint-bit writes on first read).
  await sql(url, 'VACUUM (FREEZE, ANALYZE)');
  await sql(url, 'CHECKPOINT');
}

/** Rows and on-disk size (heap and TOAST, no indexes) of the ax tables of a database. */
export async function measure(url: string): Promise<{ rows: number; bytes: number }> {
  const [r] = await sql<{ bytes: string }>(
    url,
    `SELECT coalesce(sum(pg_table_size(c.oid)), 0)::bigint::text AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'ax' AND c.relkind = 'r'`,
  );
  const tables = await sql<{ name: string }>(url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'ax'`);
  const counts = await sql<{ n: string }>(
    url,
    tables.length === 0 ? 'SELECT 0 AS n' : tables.map((t) => `SELECT count(*)::bigint AS n FROM "ax"."${t.name}"`).join(' UNION ALL '),
  );
  return { rows: counts.reduce((n, c) => n + Number(c.n), 0), bytes: Number(r.bytes) };
}
