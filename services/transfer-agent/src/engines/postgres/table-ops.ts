import { deferredObjectsOf } from '@cutover/contracts';
import type { PoolClient } from 'pg';
import { EngineInputError, type DeferredObject, type FinishTableResult, type TableDefinition } from '../engine';
import { quoteIdent, quoteTable } from './sql';

/** Truncates the table and drops its secondary indexes and constraints in one transaction, returning them. */
export async function prepareTable(client: PoolClient, table: TableDefinition): Promise<DeferredObject[]> {
  const qt = quoteTable(table);
  const deferred: DeferredObject[] = deferredObjectsOf(table);
  await client.query('BEGIN');
  try {
    // Foreign keys first: they may depend on this table's unique constraints.
    const order = ['foreign-key', 'check', 'exclusion', 'unique', 'index'];
    for (const obj of [...deferred].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
      if (obj.kind === 'index') await client.query(`DROP INDEX ${quoteIdent(table.schema)}.${quoteIdent(obj.name)}`);
      else await client.query(`ALTER TABLE ${qt} DROP CONSTRAINT ${quoteIdent(obj.name)}`);
    }
    await client.query(`TRUNCATE TABLE ${qt}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return deferred;
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
  const results: FinishTableResult[] = [];
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, () =>
      inSession(async (client, mwm) => {
        for (let obj = queue.shift(); obj; obj = queue.shift()) results.push(await finishTable(client, table, [obj], mwm, false));
      }),
    ),
  );
  const rest = await inSession((client, mwm) =>
    finishTable(
      client,
      table,
      objects.filter((o) => o.kind !== 'index'),
      mwm,
      true,
    ),
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
  const order = ['index', 'unique', 'exclusion', 'check', 'foreign-key'];
  for (const obj of [...objects].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
    const exists = obj.kind === 'index' ? existingIndexes.has(obj.name) : existingConstraints.has(obj.name);
    if (exists) {
      result.skipped.push(obj.name);
      continue;
    }
    if (obj.kind === 'index') await client.query(obj.definition);
    else await client.query(`ALTER TABLE ${qt} ADD CONSTRAINT ${quoteIdent(obj.name)} ${obj.definition}`);
    result.created.push(obj.name);
  }
  await client.query('RESET maintenance_work_mem');
  if (analyze) await client.query(`ANALYZE ${qt}`);
  return result;
}

function quoteLiteralSetting(value: string): string {
  if (!/^\d+\s*(kB|MB|GB)$/.test(value)) throw new EngineInputError(`maintenance_work_mem "${value}" is not a size like 256MB`);
  return `'${value}'`;
}
