import { deferredObjectsOf } from '@cutover/contracts';
import type { PoolClient } from 'pg';
import { EngineInputError, type DeferredObject, type FinishTableResult, type TableDefinition } from '../engine';
import { quoteIdent, quoteTable } from './sql';
import { addForeignKey } from './foreign-keys';
import { disableTriggers, enableTrigger } from './structure';

/**
 * Truncates the table, drops its secondary indexes and constraints and disables its user triggers
 * (so the load fires none) in one transaction, returning them. On a partitioned table the drops
 * are its own (partitioned) indexes and constraints, which takes its partitions' copies with them.
 */
export async function prepareTable(client: PoolClient, table: TableDefinition): Promise<DeferredObject[]> {
  const qt = quoteTable(table);
  const deferred: DeferredObject[] = deferredObjectsOf(table);
  await client.query('BEGIN');
  try {
    // Foreign keys first: they may depend on this table's unique constraints.
    const order = ['foreign-key', 'check', 'exclusion', 'unique', 'index'];
    for (const obj of [...deferred].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
      if (obj.kind === 'trigger') await disableTriggers(client, table, [{ name: obj.name, enabled: 'origin' }]);
      else if (obj.kind === 'index') await client.query(`DROP INDEX ${quoteIdent(table.schema)}.${quoteIdent(obj.name)}`);
      else await client.query(`ALTER TABLE ${qt} DROP CONSTRAINT ${quoteIdent(obj.name)}`);
    }
    await truncateOrDelete(client, qt);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return deferred;
}

/**
 * TRUNCATE, unless another table's foreign key still references this one (tables in a cycle of
 * foreign keys: the orchestrator cannot prepare every referencing table first): then DELETE, which
 * the key allows as long as no referencing row is left.
 */
async function truncateOrDelete(client: PoolClient, qt: string): Promise<void> {
  await client.query('SAVEPOINT truncate_table');
  try {
    await client.query(`TRUNCATE TABLE ${qt}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '0A000') throw error;
    await client.query('ROLLBACK TO SAVEPOINT truncate_table');
    await client.query(`DELETE FROM ${qt}`);
  }
}

type InSession = <T>(work: (client: PoolClient, maintenanceWorkMem: string) => Promise<T>) => Promise<T>;

/**
 * Recreates (and so validates) what prepareTable dropped; what already exists is skipped. Plain
 * indexes take a SHARE lock, which does not conflict with itself, so up to `jobs` of them build
 * at once, each in its own session; constraints (ACCESS EXCLUSIVE) follow one by one, then ANALYZE.
 */
export async function finishTableParallel(
  table: TableDefinition,
  objects: DeferredObject[],
  jobs: number,
  inSession: InSession,
): Promise<FinishTableResult> {
  const queue = objects.filter((o) => o.kind === 'index');
  const queueLength = queue.length;
  const results: FinishTableResult[] = [];
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, () =>
      inSession(async (client, mwm) => {
        for (let obj = queue.shift(); obj; obj = queue.shift()) results.push(await finishTable(client, table, [obj], mwm, false));
      }),
    ),
  );
  const others = objects.filter((o) => o.kind !== 'index');
  // A foreign-keys-only finish (the table's own finish ran and analyzed it already) skips ANALYZE.
  const rest = await inSession((client, mwm) =>
    finishTable(client, table, others, mwm, others.some((o) => o.kind !== 'foreign-key') || queueLength === 0),
  );
  return {
    created: [...results.flatMap((r) => r.created), ...rest.created],
    skipped: [...results.flatMap((r) => r.skipped), ...rest.skipped],
  };
}

async function finishTable(
  client: PoolClient,
  table: TableDefinition,
  objects: DeferredObject[],
  maintenanceWorkMem: string,
  analyze: boolean,
): Promise<FinishTableResult> {
  const qt = quoteTable(table);
  const existingIndexes = new Set(table.indexes.map((i) => i.name));
  const existingConstraints = new Set(table.constraints.map((c) => c.name));
  const result: FinishTableResult = { created: [], skipped: [] };
  await client.query(`SET maintenance_work_mem = ${quoteLiteralSetting(maintenanceWorkMem)}`);
  // Indexes and unique constraints before the constraints that may reference them.
  const order = ['index', 'unique', 'exclusion', 'check', 'foreign-key', 'trigger'];
  for (const obj of [...objects].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
    if (obj.kind === 'trigger') {
      await enableTrigger(client, table, obj.name, obj.definition);
      result.created.push(obj.name);
      continue;
    }
    const exists = obj.kind === 'index' ? existingIndexes.has(obj.name) : existingConstraints.has(obj.name);
    if (exists) {
      result.skipped.push(obj.name);
      continue;
    }
    if (obj.kind === 'index') await client.query(indexDefinition(table, obj.definition));
    else if (obj.kind === 'foreign-key') await addForeignKey(client, table, obj);
    else await client.query(`ALTER TABLE ${qt} ADD CONSTRAINT ${quoteIdent(obj.name)} ${obj.definition}`);
    result.created.push(obj.name);
  }
  await client.query('RESET maintenance_work_mem');
  if (analyze) await client.query(`ANALYZE ${qt}`);
  return result;
}

/**
 * pg_get_indexdef prints a partitioned table's index `ON ONLY`, which would build it for the parent
 * alone, invalid until every partition's index is attached: without ONLY it is built on every
 * partition as well (their indexes went with the parent's in prepare).
 */
export function indexDefinition(table: TableDefinition, definition: string): string {
  return table.partition?.partitioned
    ? definition.replace(/^(CREATE (?:UNIQUE )?INDEX (?:"(?:[^"]|"")*"|\S+) ON )ONLY /, '$1')
    : definition;
}

function quoteLiteralSetting(value: string): string {
  if (!/^\d+\s*(kB|MB|GB)$/.test(value)) throw new EngineInputError(`maintenance_work_mem "${value}" is not a size like 256MB`);
  return `'${value}'`;
}
