import { sql } from '@cutover/testing';

/**
 * Issue #22's PostgreSQL schema (bench/copy seeds it next to its ax tables; test/e2e/pg-schemas.test.ts uses it too):
 * a range-partitioned table with two partitions, a composite primary key, a partitioned index and a
 * partition's own index, a foreign key from it to another copied table and one to it; identity and
 * serial columns; an enum and an array of it; a domain with a CHECK; text[], jsonb, bytea, numeric,
 * timestamptz and a composite type, with NULLs; a table without any key holding duplicate rows;
 * two tables whose foreign keys form a cycle. (The issue's generated column waits for #22 item 2.)
 */
export const PG_SCHEMAS_DDL = `
  CREATE SCHEMA app;
  CREATE TYPE app.order_status AS ENUM ('new', 'paid', 'shipped', 'returned');
  CREATE DOMAIN app.positive_amount AS numeric(14, 2) CHECK (VALUE > 0);
  CREATE TYPE app.address AS (street text, city text, zip text);
  CREATE TABLE app.customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    name_upper text GENERATED ALWAYS AS (upper(name)) STORED,
    tags text[],
    profile jsonb,
    photo bytea,
    address app.address,
    balance numeric(20, 6),
    created_at timestamptz NOT NULL
  );
  CREATE INDEX customer_name ON app.customer (name);
  CREATE TABLE app.orders (
    id bigint NOT NULL,
    ordered_on date NOT NULL,
    customer_id bigint NOT NULL REFERENCES app.customer (id),
    status app.order_status NOT NULL,
    history app.order_status[],
    amount app.positive_amount,
    note text,
    PRIMARY KEY (id, ordered_on),
    CONSTRAINT orders_note_short CHECK (length(note) < 200)
  ) PARTITION BY RANGE (ordered_on);
  CREATE TABLE app.orders_2023 PARTITION OF app.orders FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
  CREATE TABLE app.orders_2024 PARTITION OF app.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
  CREATE INDEX orders_customer ON app.orders (customer_id);
  CREATE INDEX orders_2024_note ON app.orders_2024 (note) WHERE note IS NOT NULL;
  CREATE TABLE app.payment (
    id serial PRIMARY KEY,
    order_id bigint NOT NULL,
    ordered_on date NOT NULL,
    status app.order_status NOT NULL,
    amount app.positive_amount NOT NULL,
    meta jsonb,
    raw bytea,
    tags text[],
    paid_at timestamptz,
    FOREIGN KEY (order_id, ordered_on) REFERENCES app.orders (id, ordered_on)
  );
  CREATE TABLE app.event_log (at timestamptz, kind text, payload jsonb);
  CREATE TABLE app.dept (id int PRIMARY KEY, name text NOT NULL, manager_id int);
  CREATE TABLE app.employee (id int PRIMARY KEY, dept_id int NOT NULL REFERENCES app.dept (id), name text NOT NULL);
  ALTER TABLE app.dept ADD CONSTRAINT dept_manager_fkey FOREIGN KEY (manager_id) REFERENCES app.employee (id);`;

/** Rows for the schema: `scale` 1 is about 5,000 customers, 20,000 orders, 10,000 payments. */
export function pgSchemasData(scale: number): string {
  const c = Math.max(1, Math.round(5000 * scale));
  const n = Math.max(2, Math.round(20000 * scale));
  const p = Math.max(1, Math.round(10000 * scale));
  return `
  INSERT INTO app.customer (name, tags, profile, photo, address, balance, created_at)
    SELECT 'customer ' || g || CASE WHEN g % 11 = 0 THEN ' ü€' ELSE '' END,
           CASE WHEN g % 7 = 0 THEN NULL ELSE ARRAY['t' || (g % 5), 'quote"d', 'comma,d', NULL] END,
           CASE WHEN g % 5 = 0 THEN NULL ELSE jsonb_build_object('n', g, 'nested', jsonb_build_array(g, 'x', NULL, true)) END,
           CASE WHEN g % 3 = 0 THEN NULL ELSE decode(md5(g::text), 'hex') || '\\x00ff'::bytea END,
           CASE WHEN g % 4 = 0 THEN NULL ELSE ROW('street ' || g, CASE WHEN g % 8 = 1 THEN NULL ELSE 'city, "' || (g % 9) || '"' END, lpad(g::text, 5, '0'))::app.address END,
           CASE WHEN g % 6 = 0 THEN NULL ELSE (g * 1234.567891)::numeric(20, 6) * CASE WHEN g % 2 = 0 THEN -1 ELSE 1 END END,
           timestamptz '2022-01-01 00:00:00.123456+02' + g * interval '37 minutes 13.000001 seconds'
      FROM generate_series(1, ${c}) g;
  INSERT INTO app.orders (id, ordered_on, customer_id, status, history, amount, note)
    SELECT g, DATE '2023-01-01' + (g % 730), 1 + (g % ${c}), (ARRAY['new', 'paid', 'shipped', 'returned'])[1 + g % 4]::app.order_status,
           CASE WHEN g % 3 = 0 THEN NULL ELSE ARRAY['new', 'paid']::app.order_status[] END,
           CASE WHEN g % 10 = 0 THEN NULL ELSE (1 + g % 5000) / 100.0 END,
           CASE WHEN g % 4 = 0 THEN NULL ELSE 'note ' || g || E'\\twith tab\\nand newline \\\\ backslash' END
      FROM generate_series(1, ${n}) g;
  SELECT setval(pg_get_serial_sequence('app.payment', 'id'), 1, false);
  INSERT INTO app.payment (order_id, ordered_on, status, amount, meta, raw, tags, paid_at)
    SELECT g, DATE '2023-01-01' + (g % 730), 'paid', (1 + g % 900) / 10.0,
           CASE WHEN g % 2 = 0 THEN NULL ELSE jsonb_build_object('card', g % 10000) END,
           CASE WHEN g % 9 = 0 THEN NULL ELSE '\\x'::bytea END, ARRAY['a', NULL, ''],
           CASE WHEN g % 13 = 0 THEN NULL ELSE timestamptz '2023-06-01 12:00:00+00' + g * interval '1 second' END
      FROM generate_series(1, ${p}) g;
  DELETE FROM app.payment WHERE id % 97 = 0;
  INSERT INTO app.event_log SELECT timestamptz '2024-01-01 00:00:00+00' + (g % 50) * interval '1 minute', 'k' || (g % 3),
           CASE WHEN g % 2 = 0 THEN NULL ELSE '{"same": true}'::jsonb END
      FROM generate_series(1, ${Math.max(10, Math.round(2000 * scale))}) g;
  INSERT INTO app.dept SELECT g, 'dept ' || g, NULL FROM generate_series(1, 20) g;
  INSERT INTO app.employee SELECT g, 1 + g % 20, 'employee ' || g FROM generate_series(1, 200) g;
  UPDATE app.dept SET manager_id = id * 10;`;
}

/** The schema's tables (the partitioned parent and its partitions each), for digests. */
export const PG_SCHEMAS_TABLES = ['customer', 'orders', 'orders_2023', 'orders_2024', 'payment', 'event_log', 'dept', 'employee'].map(
  (name) => ({ schema: 'app', name }),
);

/**
 * Each table's rows (count) and content digest (md5 of the rows' text, sorted): computed in the
 * database, independently of any copy tool, so a target compares with its source.
 */
export async function pgSchemasDigests(url: string): Promise<string> {
  const rows = await sql<{ d: string }>(
    url,
    PG_SCHEMAS_TABLES.map(
      (t) =>
        `SELECT '${t.name}:' || count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM "app"."${t.name}" x`,
    ).join(' UNION ALL '),
  );
  // UNION ALL has no order of its own (a parallel append interleaves): sorted here, so equal contents compare equal.
  return rows
    .map((r) => r.d)
    .sort()
    .join(',');
}

/** Indexes and constraints of schema app with whether each is valid. */
export async function pgSchemasObjects(url: string): Promise<string> {
  const rows = await sql<{ d: string }>(
    url,
    `SELECT i.relname || ':' || (x.indisvalid AND x.indisready) AS d FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = 'app'
     UNION ALL SELECT conname || '@' || conrelid::regclass::text || ':' || convalidated FROM pg_constraint WHERE connamespace = 'app'::regnamespace
     ORDER BY 1`,
  );
  return rows.map((r) => r.d).join(',');
}
