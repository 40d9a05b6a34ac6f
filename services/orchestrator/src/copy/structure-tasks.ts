import { tableKey, type DeferredObjectShape, type TableRef } from '@cutover/contracts';
import type { TaskSpec } from '../runs/run-spec';
import { copyTaskKeys, CopyTaskKind, type FinishTablePayload, type PrepareTablePayload } from './copy-tasks';

/**
 * The tasks that tie tables of one copy together: a partitioned table's own prepare and finish
 * around its partitions' copies, and each table's foreign keys once every table they reference is
 * loaded. Foreign keys are one task per referencing table (not one at the end): a table's keys come
 * back as soon as its own data and its referenced tables' are in, so validation overlaps the copy of
 * unrelated tables, and a failure names one table.
 */

/** One table of the run as the structure sees it (target names; the parent by its target). */
export interface StructureNode {
  target: TableRef;
  partitioned: boolean;
  /** The partitioned table (target) this one is a partition of, when it is in the run too. */
  parent: TableRef | null;
  /** Foreign keys of this table: name and referenced target table. */
  foreignKeys: { name: string; references: TableRef }[];
}

/** A partitioned table's prepare (before its partitions') and finish (after theirs). */
export function partitionedTableTasks(
  targetSystemId: string,
  node: StructureNode,
  priority: number,
  objects: DeferredObjectShape[],
  prepareAfter: string[],
  finishAfter: string[],
): TaskSpec[] {
  const keys = copyTaskKeys(node.target);
  return [
    {
      key: keys.prepare,
      kind: CopyTaskKind.PrepareTable,
      systemId: targetSystemId,
      priority: priority + 2,
      dependsOn: prepareAfter,
      payload: { table: node.target } satisfies PrepareTablePayload,
    },
    {
      key: keys.finish,
      kind: CopyTaskKind.FinishTable,
      systemId: targetSystemId,
      priority,
      dependsOn: finishAfter,
      payload: { table: node.target, objects, prepareKey: keys.prepare } satisfies FinishTablePayload,
    },
  ];
}

/**
 * What each table's prepare waits for: its partitioned parent's prepare (the parent's indexes and
 * constraints go first), and the prepares of the tables whose foreign keys reference it (a table a
 * foreign key references cannot be truncated before that key is dropped). Tables in a foreign-key
 * cycle cannot all wait for each other: there the truncate falls back to a delete (see the agent).
 */
export function prepareDependencies(nodes: StructureNode[]): Map<string, string[]> {
  const inRun = new Set(nodes.map((n) => tableKey(n.target)));
  const component = stronglyConnected(nodes);
  const deps = new Map<string, string[]>(nodes.map((n) => [tableKey(n.target), []]));
  for (const n of nodes) {
    const own = tableKey(n.target);
    if (n.parent && inRun.has(tableKey(n.parent))) deps.get(own)!.push(copyTaskKeys(n.parent).prepare);
    for (const fk of n.foreignKeys) {
      const ref = tableKey(fk.references);
      if (ref === own || !inRun.has(ref) || component.get(ref) === component.get(own)) continue;
      const list = deps.get(ref)!;
      const key = copyTaskKeys(n.target).prepare;
      if (!list.includes(key)) list.push(key);
    }
  }
  return deps;
}

/**
 * One finish-foreign-keys task per table with foreign keys: after its own finish and the finish of
 * every table it references (a partitioned one finishes after all its partitions). A key to a table
 * outside the run waits for every finish, i.e. comes back at the end. Tables in a cycle of foreign
 * keys get their tasks chained, one after the other: each adds its keys NOT VALID then validates
 * them, and chaining keeps two of them from locking each other's tables at once.
 */
export function foreignKeyTasks(
  targetSystemId: string,
  nodes: StructureNode[],
  objectsOf: (t: TableRef) => DeferredObjectShape[],
  priorityOf: (t: TableRef) => number,
): { tasks: TaskSpec[]; keyOf: Map<string, string> } {
  const inRun = new Set(nodes.map((n) => tableKey(n.target)));
  const allFinishes = nodes.map((n) => copyTaskKeys(n.target).finish);
  const component = stronglyConnected(nodes);
  const previousInCycle = new Map<number, string>();
  const tasks: TaskSpec[] = [];
  const keyOf = new Map<string, string>();
  const ordered = [...nodes].sort((a, b) => tableKey(a.target).localeCompare(tableKey(b.target)));
  for (const n of ordered) {
    const fks = objectsOf(n.target).filter((o) => o.kind === 'foreign-key');
    if (fks.length === 0) continue;
    const keys = copyTaskKeys(n.target);
    const refs = fks.map((o) => n.foreignKeys.find((f) => f.name === o.name)?.references ?? null);
    const atEnd = refs.some((r) => r === null || !inRun.has(tableKey(r)));
    const dependsOn = atEnd ? allFinishes : [keys.finish, ...refs.map((r) => copyTaskKeys(r!).finish)];
    const c = component.get(tableKey(n.target))!;
    const before = previousInCycle.get(c);
    previousInCycle.set(c, keys.foreignKeys);
    tasks.push({
      key: keys.foreignKeys,
      kind: CopyTaskKind.FinishForeignKeys,
      systemId: targetSystemId,
      priority: priorityOf(n.target),
      dependsOn: [...new Set([...dependsOn, ...(before ? [before] : [])])],
      payload: { table: n.target, objects: fks, prepareKey: keys.prepare } satisfies FinishTablePayload,
    });
    keyOf.set(tableKey(n.target), keys.foreignKeys);
  }
  return { tasks, keyOf };
}

/** Tarjan's strongly connected components of the foreign-key graph: tableKey → component number. */
export function stronglyConnected(nodes: StructureNode[]): Map<string, number> {
  const edges = new Map(nodes.map((n) => [tableKey(n.target), n.foreignKeys.map((f) => tableKey(f.references))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
        onStack.delete(w);
        component.set(w, components);
        if (w === v) break;
      }
      components++;
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return component;
}
