import type { Pool } from 'pg';

type Db = Pick<Pool, 'query'>;
import type { TableRef } from '@cutover/contracts';
import type {
  NamedSequence,
  NamedSequenceResult,
  NamedSequenceValue,
  TableSequence,
  TableSequenceResult,
  TableSequenceValue,
} from '../engine';
import { quoteTable } from './sql';

/**
 * Identity and serial sequences, as pgcopydb carries them: read on the source (the sequences owned
 * by the tables' columns: pg_depend 'a' for serial, 'i' for identity), set on the target with
 * `setval(seq, last_value, is_called)` on the sequence the same column owns there (by table and
 * column: the sequence's own name may differ). All names travel as parameters.
 */
const READ_SQL = `SELECT a.attname AS column, quote_ident(sn.nspname) || '.' || quote_ident(s.relname) AS sequence,
       ps.last_value::text AS last_value
  FROM pg_depend d
  JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
  JOIN pg_namespace sn ON sn.oid = s.relnamespace
  JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  LEFT JOIN pg_sequences ps ON ps.schemaname = sn.nspname AND ps.sequencename = s.relname
 WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
   AND d.refobjid = $1::regclass AND d.deptype IN ('a', 'i')
 ORDER BY a.attnum`;

export async function readTableSequences(pool: Db, tables: TableRef[]): Promise<TableSequence[]> {
  const result: TableSequence[] = [];
  for (const table of tables) {
    const { rows } = await pool.query<{ column: string; sequence: string; last_value: string | null }>(READ_SQL, [quoteTable(table)]);
    for (const r of rows) result.push({ table, column: r.column, sequence: r.sequence, lastValue: r.last_value });
  }
  return result;
}

export async function setTableSequences(pool: Db, values: TableSequenceValue[]): Promise<TableSequenceResult[]> {
  const result: TableSequenceResult[] = [];
  for (const v of values) {
    const [{ sequence }] = (
      await pool.query<{ sequence: string | null }>('SELECT pg_get_serial_sequence($1, $2) AS sequence', [quoteTable(v.table), v.column])
    ).rows;
    const base = { table: v.table, column: v.column, sequence };
    if (!sequence) {
      result.push({ ...base, value: null, set: false, reason: 'the column owns no sequence on this database' });
      continue;
    }
    // Never used on the source: start afresh (its start value, not called), as pgcopydb's setval(…, false).
    const { rows } = await pool.query<{ value: string }>(
      `SELECT setval($1::regclass, coalesce($2::bigint, s.start_value), $2::bigint IS NOT NULL)::text AS value
         FROM pg_sequences s WHERE format('%I.%I', s.schemaname, s.sequencename)::regclass = $1::regclass`,
      [sequence, v.lastValue],
    );
    result.push({ ...base, value: rows[0]?.value ?? null, set: rows.length > 0 });
  }
  return result;
}

/** A sequence by schema and name (parameters); last_value is NULL until it handed out a value. */
const READ_NAMED_SQL = `SELECT last_value::text AS last_value FROM pg_sequences WHERE schemaname = $1 AND sequencename = $2`;
/** setval on the sequence found by schema and name; no row when there is none. */
const SET_NAMED_SQL = `SELECT setval(format('%I.%I', s.schemaname, s.sequencename)::regclass, coalesce($3::bigint, s.start_value), $3::bigint IS NOT NULL)::text AS value
  FROM pg_sequences s WHERE s.schemaname = $1 AND s.sequencename = $2`;

export async function readNamedSequences(pool: Db, sequences: TableRef[]): Promise<NamedSequence[]> {
  const result: NamedSequence[] = [];
  for (const sequence of sequences) {
    const { rows } = await pool.query<{ last_value: string | null }>(READ_NAMED_SQL, [sequence.schema, sequence.name]);
    result.push({ sequence, lastValue: rows[0]?.last_value ?? null, found: rows.length > 0 });
  }
  return result;
}

export async function setNamedSequences(pool: Db, values: NamedSequenceValue[]): Promise<NamedSequenceResult[]> {
  const result: NamedSequenceResult[] = [];
  for (const v of values) {
    const { rows } = await pool.query<{ value: string }>(SET_NAMED_SQL, [v.sequence.schema, v.sequence.name, v.lastValue]);
    result.push(
      rows.length > 0
        ? { sequence: v.sequence, value: rows[0].value, set: true }
        : { sequence: v.sequence, value: null, set: false, reason: 'no such sequence on this database' },
    );
  }
  return result;
}
