/** A secondary index or constraint that a bulk load drops first and recreates after. */
export interface DeferredObjectShape {
  kind: 'index' | 'check' | 'unique' | 'foreign-key' | 'exclusion';
  name: string;
  definition: string;
}

interface TableShape {
  indexes: {
    name: string;
    primaryKey: boolean;
    constraintBacked: boolean;
    definition: string;
    /** SQL Server's clustered index: kept (the load goes into it in key order; dropping it rebuilds every other index). */
    clustered?: boolean;
    /** Set when the engine cannot recreate the index faithfully: kept in place, with its constraint. */
    unsupported?: string | null;
  }[];
  constraints: { kind: 'check' | 'unique' | 'foreign-key' | 'exclusion'; name: string; definition: string }[];
  /** The index the table's copy key comes from (its primary key or a unique index), if any. */
  copyKey?: { index: string | null };
}

/**
 * What prepare-table drops and finish-table recreates: every constraint but the primary key, and
 * every index that no constraint backs — except SQL Server's clustered index, indexes the engine
 * cannot recreate faithfully (XML, spatial, columnstore, partitioned: kept in place), and the copy
 * key's unique index (or unique constraint), which stays like a primary key: each range's delete-first then seeks it instead of
 * scanning the table, and a row loaded twice is refused at once. One definition, so the agent
 * (which drops them) and the orchestrator (which snapshots them before launch, in case a prepare
 * result is ever lost) agree.
 */
export function deferredObjectsOf(table: TableShape): DeferredObjectShape[] {
  const key = table.copyKey?.index ?? null;
  const kept = new Set(table.indexes.filter((i) => i.clustered || i.unsupported || i.name === key).map((i) => i.name));
  return [
    ...table.constraints
      .filter((c) => !(c.kind === 'unique' && kept.has(c.name)))
      .map((c) => ({ kind: c.kind, name: c.name, definition: c.definition })),
    ...table.indexes
      .filter((i) => !i.primaryKey && !i.constraintBacked && !kept.has(i.name))
      .map((i) => ({ kind: 'index' as const, name: i.name, definition: i.definition })),
  ];
}
