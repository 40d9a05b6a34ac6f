import type { Pool, PoolClient } from 'pg';
import type { PartitionInfo, TriggerInfo } from '../engine';
import { CHANGE_TRIGGER } from './change-tracking';
import { quoteIdent, quoteTable } from './sql';
import { GUARD_TRIGGER } from './write-guard';
import type { TableRef } from '@cutover/contracts';

/**
 * What a table's shape means for a bulk load beyond columns and keys: where it sits in a partition
 * hierarchy, which user triggers would fire on the load, and which columns binary COPY cannot move
 * between two databases (their values embed type OIDs).
 */

type Db = Pick<Pool, 'query'>;

/** The table's partition role: partitioned (rows live in its leaves) and/or a partition of a parent. */
export async function partitionInfo(db: Db, oid: number): Promise<PartitionInfo> {
  const { rows } = await db.query<{ partitioned: boolean; parent_schema: string | null; parent_name: string | null }>(
    `SELECT c.relkind = 'p' AS partitioned, pn.nspname AS parent_schema, p.relname AS parent_name
       FROM pg_class c
       LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND c.relispartition
       LEFT JOIN pg_class p ON p.oid = i.inhparent
       LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace
      WHERE c.oid = $1`,
    [oid],
  );
  const r = rows[0];
  return {
    partitioned: r?.partitioned ?? false,
    parent: r?.parent_schema && r.parent_name ? { schema: r.parent_schema, name: r.parent_name } : null,
  };
}

const ENABLED: Record<string, TriggerInfo['enabled']> = { O: 'origin', A: 'always', R: 'replica' };

/**
 * The table's own enabled user triggers: not internal (foreign-key) triggers, not clones of a
 * partitioned parent's trigger (those follow the parent's), not Cutover's write guard or change log.
 */
export async function userTriggers(db: Db, oid: number): Promise<TriggerInfo[]> {
  const { rows } = await db.query<{ name: string; enabled: string }>(
    `SELECT tgname AS name, tgenabled::text AS enabled FROM pg_trigger
      WHERE tgrelid = $1 AND NOT tgisinternal AND tgparentid = 0 AND tgenabled <> 'D' AND tgname <> ALL($2::text[])
      ORDER BY tgname`,
    [oid, [GUARD_TRIGGER, CHANGE_TRIGGER]],
  );
  return rows.map((r) => ({ name: r.name, enabled: ENABLED[r.enabled] ?? 'origin' }));
}

/**
 * Columns whose binary COPY form carries type OIDs: arrays of a user-defined type (enum, domain,
 * composite) and composite values (their fields' OIDs), directly or under a domain. A user-defined
 * type has another OID in the target database, and the target's COPY refuses them ("wrong element
 * type"), so such a table travels in text COPY.
 */
export const EMBEDS_TYPE_OIDS_SQL = `(SELECT bt.typtype = 'c' OR (bt.typcategory = 'A' AND bt.typelem >= 16384)
     FROM pg_type t0 JOIN pg_type bt ON bt.oid = CASE WHEN t0.typtype = 'd' THEN t0.typbasetype ELSE t0.oid END
    WHERE t0.oid = a.atttypid)`;

/** Disables the listed triggers by name (so the write guard and anything disabled already stay as they are). */
export async function disableTriggers(client: PoolClient, table: TableRef, triggers: TriggerInfo[]): Promise<void> {
  for (const t of triggers) await client.query(`ALTER TABLE ${quoteTable(table)} DISABLE TRIGGER ${quoteIdent(t.name)}`);
}

const ENABLE_SQL: Record<TriggerInfo['enabled'], string> = { origin: 'ENABLE', always: 'ENABLE ALWAYS', replica: 'ENABLE REPLICA' };

/** Enables a trigger again as it was (definition: `origin`, `always` or `replica`). */
export async function enableTrigger(client: PoolClient, table: TableRef, name: string, how: string): Promise<void> {
  const mode = ENABLE_SQL[how as TriggerInfo['enabled']] ?? 'ENABLE';
  await client.query(`ALTER TABLE ${quoteTable(table)} ${mode} TRIGGER ${quoteIdent(name)}`);
}
