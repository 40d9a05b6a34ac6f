import { deferredObjectsOf } from '@cutover/contracts';
import type { Connection } from 'tedious';
import { EngineInputError, type DeferredObject, type FinishTableResult, type TableDefinition } from '../engine';
import { run } from './connection';
import { beginTransactionSql, commitTransactionSql, rollbackOpenTransactionSql } from './session-sql';
import { addConstraintSql, dropConstraintSql, dropIndexSql, quoteIdent, truncateSql, updateStatisticsSql } from './tsql';

/**
 * Truncates the table and drops its deferred indexes and constraints in one transaction, returning
 * them. Kept (deferredObjectsOf): the clustered index (the load goes into it in key order, and
 * dropping it would rebuild every other index twice), the copy key's unique index (each range's
 * delete-first seeks it), and indexes that cannot be recreated faithfully (XML, spatial,
 * columnstore, hash, partitioned), which the load then maintains.
 */
export async function prepareTable(conn: Connection, table: TableDefinition, signal: AbortSignal): Promise<DeferredObject[]> {
  // Triggers are not disabled on SQL Server: the bulk load fires none (no FIRE_TRIGGERS).
  const deferred: DeferredObject[] = deferredObjectsOf(table).filter((o) => o.kind !== 'trigger');
  await run(conn, beginTransactionSql, { signal });
  try {
    const order = ['foreign-key', 'check', 'exclusion', 'unique', 'index'];
    for (const obj of [...deferred].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
      await run(conn, obj.kind === 'index' ? dropIndexSql(table, obj.name) : dropConstraintSql(table, obj.name), { signal });
    }
    await run(conn, truncateSql(table), { signal });
    await run(conn, commitTransactionSql, { signal });
  } catch (error) {
    await run(conn, rollbackOpenTransactionSql).catch(() => undefined);
    throw error;
  }
  return deferred;
}

type InSession = <T>(work: (conn: Connection) => Promise<T>) => Promise<T>;

/** Whether a deferred object builds the clustered index (its rows are rebuilt: it goes first, alone). */
export const buildsClustered = (obj: DeferredObject): boolean =>
  obj.kind === 'index'
    ? /^CREATE (UNIQUE )?CLUSTERED INDEX /.test(obj.definition)
    : /^(PRIMARY KEY|UNIQUE) CLUSTERED /.test(obj.definition);

/**
 * Recreates what prepareTable dropped; what already exists is skipped. First a clustered index (it
 * rebuilds the table, and every nonclustered index would otherwise be built twice), alone; then the
 * nonclustered indexes, up to `jobs` at once, each on its own connection: an offline CREATE INDEX
 * takes a shared table lock, which does not conflict with another's; then the constraints one by
 * one (unique before check before foreign keys), then UPDATE STATISTICS.
 */
export async function finishTableParallel(
  table: TableDefinition,
  objects: DeferredObject[],
  jobs: number,
  inSession: InSession,
  signal: AbortSignal,
): Promise<FinishTableResult> {
  const existing = new Set([...table.indexes.map((i) => `index:${i.name}`), ...table.constraints.map((c) => `constraint:${c.name}`)]);
  const exists = (o: DeferredObject) => existing.has(o.kind === 'index' ? `index:${o.name}` : `constraint:${o.name}`);
  const result: FinishTableResult = { created: [], skipped: objects.filter(exists).map((o) => o.name) };
  // A trigger is never deferred here (prepareTable): nothing to enable again.
  const todo = objects.filter((o) => o.kind !== 'trigger' && !exists(o));
  const bad = todo.find((o) => o.kind === 'exclusion');
  if (bad) throw new EngineInputError(`SQL Server has no exclusion constraints (${quoteIdent(bad.name)})`);
  const create = async (conn: Connection, obj: DeferredObject) => {
    await run(conn, obj.kind === 'index' ? obj.definition : addConstraintSql(table, obj.name, obj.definition), { signal });
    result.created.push(obj.name);
  };
  const clustered = todo.filter(buildsClustered);
  if (clustered.length > 0) await inSession(async (conn) => clustered.reduce((p, o) => p.then(() => create(conn, o)), Promise.resolve()));
  const queue = todo.filter((o) => o.kind === 'index' && !buildsClustered(o));
  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, jobs), queue.length) }, () =>
      inSession(async (conn) => {
        for (let obj = queue.shift(); obj; obj = queue.shift()) await create(conn, obj);
      }),
    ),
  );
  const order = ['unique', 'check', 'foreign-key'];
  const constraints = todo
    .filter((o) => o.kind !== 'index' && !buildsClustered(o))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  await inSession(async (conn) => {
    for (const obj of constraints) await create(conn, obj);
    await run(conn, updateStatisticsSql(table), { signal });
  });
  return result;
}
