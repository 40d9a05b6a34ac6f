import type { PoolClient } from 'pg';
import type { DeferredObject, TableDefinition } from '../engine';
import { quoteIdent, quoteTable } from './sql';

/**
 * Adds a foreign key in two steps: `NOT VALID` (a catalog change under a brief lock on both tables,
 * so two tables referencing each other never hold each other's lock for long) then `VALIDATE
 * CONSTRAINT` (a scan under SHARE UPDATE EXCLUSIVE, which lets reads and the other table's
 * validation go on). The result is the same validated constraint (pg_constraint.convalidated).
 * A partitioned table cannot take a NOT VALID foreign key before PostgreSQL 18, and a key that
 * references a partitioned table keeps its per-partition clones NOT VALID after VALIDATE on
 * PostgreSQL 15 (seen by bench/copy): both get the one-step form. A definition that is itself NOT
 * VALID stays so (it was not valid on the target).
 */
export async function addForeignKey(client: PoolClient, table: TableDefinition, obj: DeferredObject): Promise<void> {
  const qt = quoteTable(table);
  const name = quoteIdent(obj.name);
  const alreadyNotValid = /\bNOT VALID\s*$/i.test(obj.definition);
  if (table.partition?.partitioned || alreadyNotValid || (await referencesPartitioned(client, obj.definition))) {
    await client.query(`ALTER TABLE ${qt} ADD CONSTRAINT ${name} ${obj.definition}`);
    return;
  }
  await client.query(`ALTER TABLE ${qt} ADD CONSTRAINT ${name} ${obj.definition} NOT VALID`);
  await client.query(`ALTER TABLE ${qt} VALIDATE CONSTRAINT ${name}`);
}

/** Whether the key's referenced table (as pg_get_constraintdef names it) is partitioned; the name travels as a parameter. */
async function referencesPartitioned(client: PoolClient, definition: string): Promise<boolean> {
  const name = /\bREFERENCES\s+(.+?)\s*\(/.exec(definition)?.[1];
  if (!name) return false;
  const { rows } = await client.query<{ partitioned: boolean }>(
    `SELECT relkind = 'p' AS partitioned FROM pg_class WHERE oid = to_regclass($1)`,
    [name],
  );
  return rows[0]?.partitioned ?? false;
}
