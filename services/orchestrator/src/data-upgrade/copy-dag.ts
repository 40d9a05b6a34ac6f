import { sameTable, tableKey, type DeferredObjectShape, type TableRef } from '@cutover/contracts';
import { copyTaskKeys, tableCopyTasks } from '../copy/copy-tasks';
import { foreignKeyTasks, partitionedTableTasks, prepareDependencies, type StructureNode } from '../copy/structure-tasks';
import type { TaskSpec } from '../runs/run-spec';
import type { TablePlan } from '../planning';

export interface CopyDagInput {
  sourceSystemId: string;
  targetSystemId: string;
  tables: TablePlan[];
  /** The target's deferred objects per target table (tableKey). */
  objects: Map<string, DeferredObjectShape[]>;
  /** Source tasks in the run: a copy waits only for those among the scripts writing its table. */
  sourceKeys: Set<string>;
}

/**
 * The copy part of the data upgrade's DAG: per leaf table prepare → copy ranges → verify and finish;
 * a partitioned table's prepare before its partitions' and finish after theirs; a table's prepare
 * after the prepares of tables whose foreign keys reference it; its foreign keys after its own finish
 * and the finishes of the tables they reference. `doneKeys` per target table: what later work waits for.
 */
export function copyDag(input: CopyDagInput): { tasks: TaskSpec[]; doneKeysOf: Map<string, string[]> } {
  const { tables } = input;
  const objectsOf = (t: TableRef) => input.objects.get(tableKey(t)) ?? [];
  const nodes: StructureNode[] = tables.map((t) => ({
    target: t.target,
    partitioned: t.structure?.partitioned ?? false,
    parent: parentTarget(tables, t),
    foreignKeys: (t.structure?.foreignKeys ?? []).map((f) => ({ name: f.name, references: f.references })),
  }));
  const prepareAfter = prepareDependencies(nodes);
  const fk = foreignKeyTasks(input.targetSystemId, nodes, objectsOf, (t) => tables.find((x) => sameTable(x.target, t))?.priority ?? 0);
  const tasks: TaskSpec[] = [];
  const doneKeysOf = new Map<string, string[]>();
  for (const [i, t] of tables.entries()) {
    const key = tableKey(t.target);
    const apart = objectsOf(t.target)
      .filter((o) => o.kind === 'foreign-key')
      .map((o) => o.name);
    const objects = objectsOf(t.target).filter((o) => o.kind !== 'foreign-key');
    const fkKey = fk.keyOf.get(key);
    if (nodes[i].partitioned) {
      const children = nodes.filter((n) => n.parent && sameTable(n.parent, t.target)).map((n) => copyTaskKeys(n.target).finish);
      tasks.push(...partitionedTableTasks(input.targetSystemId, nodes[i], t.priority, objects, prepareAfter.get(key) ?? [], children));
      doneKeysOf.set(key, [copyTaskKeys(t.target).finish, ...(fkKey ? [fkKey] : [])]);
      continue;
    }
    const built = tableCopyTasks({
      sourceSystemId: input.sourceSystemId,
      targetSystemId: input.targetSystemId,
      source: t.source,
      target: t.target,
      columns: t.columns,
      keyColumns: t.keyColumns,
      ranges: t.ranges,
      rows: t.rows,
      priority: t.priority,
      waitsFor: t.waitsFor.filter((k) => input.sourceKeys.has(k)),
      objects,
      prepareAfter: prepareAfter.get(key) ?? [],
      foreignKeysApart: apart,
      format: t.structure?.format ?? null,
    });
    tasks.push(...built.tasks);
    doneKeysOf.set(key, [...built.doneKeys, ...(fkKey ? [fkKey] : [])]);
  }
  return { tasks: [...tasks, ...fk.tasks], doneKeysOf };
}

/** The target of the partitioned table a table is a partition of, when that table is copied too. */
function parentTarget(tables: TablePlan[], t: TablePlan): TableRef | null {
  const of = t.structure?.partitionOf;
  if (!of) return null;
  return tables.find((x) => sameTable(x.source, of))?.target ?? null;
}
