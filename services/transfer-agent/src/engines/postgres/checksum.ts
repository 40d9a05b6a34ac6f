import type { PoolClient } from 'pg';
import { ChecksumAlgorithm } from '@cutover/contracts';
import type { ChecksumResult, RangeRequest } from '../engine';
import { columnList, quoteIdent, quoteTable, rangePredicate } from './sql';

/**
 * The columns in order, and which hash as text: a value of a user-defined type (an enum hashes its
 * pg_enum OID, which differs between databases; a composite or an array of one hashes its fields
 * that way) or an array of one. Built-in types hash their values, the same in every database.
 */
async function asText(client: PoolClient, request: RangeRequest): Promise<{ name: string; text: boolean }[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND (t.oid >= 16384 OR t.typelem >= 16384 OR t.typbasetype >= 16384)`,
    [quoteTable(request.table)],
  );
  const text = new Set(rows.map((r) => r.name));
  return request.columns.map((name) => ({ name, text: text.has(name) }));
}

/**
 * An order-independent checksum of a range: a sum of one 64-bit hash per row, which unlike XOR
 * does not cancel duplicate rows; summed as numeric, so it cannot overflow.
 * - `pg-hash-record-v1` hashes the values themselves (hash_record_extended, the hash partitioning
 *   relies on, so stable across versions); equal values hash equal whatever their type's
 *   display (int4/int8, numeric scales), and no row is rendered as text: about 4× faster.
 * - `pg-md5-text-v1` is pgcopydb's: the first 64 bits of the md5 of each row's text.
 */
export async function checksum(client: PoolClient, request: RangeRequest, algorithm: ChecksumAlgorithm): Promise<ChecksumResult> {
  const where = rangePredicate(request.table, request.range, 'params');
  const row =
    algorithm === ChecksumAlgorithm.PgHashRecord
      ? `ROW(${(await asText(client, request)).map((c) => (c.text ? `${quoteIdent(c.name)}::text` : quoteIdent(c.name))).join(', ')})`
      : `ROW(${columnList(request.columns)})`;
  const hash =
    algorithm === ChecksumAlgorithm.PgHashRecord
      ? `hash_record_extended(${row}, 0)::numeric`
      : `('x' || left(md5(${row}::text), 16))::bit(64)::bigint::numeric`;
  const { rows } = await client.query<{ rows: string; checksum: string }>(
    `SELECT count(*)::bigint AS rows, coalesce(sum(${hash}), 0)::text AS checksum FROM ${quoteTable(request.table)} WHERE ${where.sql}`,
    where.values,
  );
  return { rows: Number(rows[0].rows), checksum: rows[0].checksum, algorithm };
}
