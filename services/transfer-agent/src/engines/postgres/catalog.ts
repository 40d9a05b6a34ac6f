import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { TableRef } from '@cutover/contracts';
import { quoteTable } from './sql';
import { EMBEDS_TYPE_OIDS_SQL, partitionInfo, userTriggers } from './structure';
import { chooseCopyKey } from '../copy-key';
import type { ConstraintInfo, IndexInfo, TableDefinition, TableFingerprint, TableSummary } from '../engine';

const USER_TABLES = `
  c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

const CONSTRAINT_KINDS: Record<string, ConstraintInfo['kind']> = {
  c: 'check',
  u: 'unique',
  f: 'foreign-key',
  x: 'exclusion',
};

/** Columns in order; a column in the "default" collation sorts by the database's, so that one is named: two databases then compare. */
const COLUMNS_SQL = `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS data_type,
       NOT a.attnotnull AS nullable, a.attnum::int AS ordinal,
       CASE WHEN a.attcollation = 0 THEN NULL
            WHEN co.collname = 'default' THEN (SELECT d.datcollate FROM pg_database d WHERE d.datname = current_database())
            ELSE co.collname END AS collation,
       a.attgenerated <> '' AS generated, a.attidentity <> '' AS identity,
       ${EMBEDS_TYPE_OIDS_SQL} AS embeds_type_oids
  FROM pg_attribute a LEFT JOIN pg_collation co ON co.oid = a.attcollation
 WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum`;

/** Indexes with their key columns (INCLUDE columns after them: indnkeyatts says how many are keys), and why one cannot identify rows. */
const INDEXES_SQL = `SELECT i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
       pg_get_indexdef(ix.indexrelid) AS definition,
       CASE WHEN ix.indpred IS NOT NULL THEN 'partial'
            WHEN ix.indexprs IS NOT NULL THEN 'on expressions'
            WHEN NOT ix.indisvalid THEN 'not valid' END AS unusable, ix.indnkeyatts::int AS key_count,
       ARRAY(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS columns,
       EXISTS (SELECT 1 FROM pg_constraint c
                WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid
                  AND c.contype IN ('p', 'u', 'x')) AS constraint_backed,
       EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = ix.indexrelid) AS inherited
  FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid
 WHERE ix.indrelid = $1
 ORDER BY i.relname`;

type ColumnRow = {
  name: string;
  data_type: string;
  nullable: boolean;
  ordinal: number;
  collation: string | null;
  generated: boolean;
  identity: boolean;
  embeds_type_oids: boolean;
};
/**
 * Constraints with the table a foreign key references. A constraint inherited from a partitioned
 * parent (conparentid set, or not local) cannot be dropped on the partition: the parent's goes.
 */
const CONSTRAINTS_SQL = `SELECT c.conname AS name, c.contype, pg_get_constraintdef(c.oid) AS definition,
       (c.conparentid <> 0 OR NOT c.conislocal) AS inherited, rn.nspname AS ref_schema, r.relname AS ref_name
  FROM pg_constraint c LEFT JOIN pg_class r ON r.oid = c.confrelid LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
 WHERE c.conrelid = $1 AND c.contype IN ('c', 'u', 'f', 'x')
 ORDER BY c.conname`;

type ConstraintRow = {
  name: string;
  contype: string;
  definition: string;
  inherited: boolean;
  ref_schema: string | null;
  ref_name: string | null;
};

type IndexRow = {
  name: string;
  unique: boolean;
  primary: boolean;
  definition: string;
  columns: string[];
  constraint_backed: boolean;
  unusable: string | null;
  key_count: number;
  inherited: boolean;
};

/** Catalog reads for PostgreSQL: all by name parameters and OIDs, never by SQL text built from names. */
export class PostgresCatalog {
  constructor(private readonly pool: Pool) {}

  async listTables(): Promise<TableSummary[]> {
    const { rows } = await this.pool.query<{ schema: string; name: string; rows: string; bytes: string }>(
      `SELECT n.nspname AS schema, c.relname AS name,
              greatest(c.reltuples, 0)::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE ${USER_TABLES}
        ORDER BY 1, 2`,
    );
    return rows.map((r) => ({ schema: r.schema, name: r.name, estimatedRows: Number(r.rows), bytes: Number(r.bytes) }));
  }

  async describeTable(ref: TableRef, exactCount: boolean): Promise<TableDefinition | undefined> {
    const head = await this.pool.query<{ oid: number; rows: string; bytes: string }>(
      `SELECT c.oid, greatest(c.reltuples, 0)::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND ${USER_TABLES}`,
      [ref.schema, ref.name],
    );
    if (head.rows.length === 0) return undefined;
    const { oid } = head.rows[0];
    const [columns, indexes, constraints, pk, partition, triggers] = await Promise.all([
      this.pool.query<ColumnRow>(COLUMNS_SQL, [oid]),
      this.pool.query<IndexRow>(INDEXES_SQL, [oid]),
      this.pool.query<ConstraintRow>(CONSTRAINTS_SQL, [oid]),
      this.pool.query<{ name: string; columns: string[] }>(
        `SELECT c.conname AS name,
                ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                       ORDER BY k.ord) AS columns
           FROM pg_constraint c WHERE c.conrelid = $1 AND c.contype = 'p'`,
        [oid],
      ),
      partitionInfo(this.pool, oid),
      userTriggers(this.pool, oid),
    ]);
    let rowCount = Number(head.rows[0].rows);
    if (exactCount) {
      const counted = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteTable(ref)}`);
      rowCount = Number(counted.rows[0].n);
    }
    const columnInfo = columns.rows.map(({ data_type, embeds_type_oids, ...c }) => ({
      ...c,
      dataType: data_type,
      ...(embeds_type_oids ? { embedsTypeOids: true } : {}),
    }));
    // INCLUDE columns are not part of the unique key.
    const candidates = indexes.rows.map((i) => ({
      ...i,
      columns: i.columns.slice(0, i.key_count),
      primaryKey: i.primary,
      clustered: false,
    }));
    return {
      schema: ref.schema,
      name: ref.name,
      columns: columnInfo,
      primaryKey: pk.rows[0] ? { name: pk.rows[0].name, columns: pk.rows[0].columns } : null,
      copyKey: chooseCopyKey(columnInfo, candidates),
      indexes: indexes.rows.map((i): IndexInfo => ({
        name: i.name,
        columns: i.columns,
        unique: i.unique,
        primaryKey: i.primary,
        definition: i.definition,
        constraintBacked: i.constraint_backed,
        clustered: false,
        unsupported: null,
        inherited: i.inherited,
      })),
      constraints: constraints.rows.map((c) => ({
        name: c.name,
        kind: CONSTRAINT_KINDS[c.contype],
        definition: c.definition,
        inherited: c.inherited,
        references: c.ref_schema && c.ref_name ? { schema: c.ref_schema, name: c.ref_name } : null,
      })),
      rowCount,
      rowCountExact: exactCount,
      bytes: Number(head.rows[0].bytes),
      partition,
      triggers,
    };
  }

  async fingerprint(refs: TableRef[]): Promise<TableFingerprint[]> {
    return Promise.all(
      refs.map(async (ref) => {
        const def = await this.describeTable(ref, false);
        if (!def) return { schema: ref.schema, name: ref.name, exists: false, hash: null };
        return { schema: ref.schema, name: ref.name, exists: true, hash: definitionHash(def) };
      }),
    );
  }
}

/** Hash of what makes two tables interchangeable: columns, types, nullability, keys, indexes, constraints. */
export function definitionHash(def: TableDefinition): string {
  const shape = {
    columns: def.columns.map((c) => [c.name, c.dataType, c.nullable]),
    primaryKey: def.primaryKey?.columns ?? null,
    indexes: def.indexes.map((i) => [i.name, i.unique, i.columns]).sort(),
    constraints: def.constraints.map((c) => [c.name, c.kind, c.definition]).sort(),
  };
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}
