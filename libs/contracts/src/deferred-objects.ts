/** A secondary index or constraint that a bulk load drops first and recreates after. */
export interface DeferredObjectShape {
  kind: 'index' | 'check' | 'unique' | 'foreign-key' | 'exclusion' | 'trigger';
  name: string;
  /** DDL; for a trigger, how it was enabled (`origin`, `always`, `replica`): it is disabled during the load. */
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
    /** A partition's index inherited from its parent's: the parent's prepare and finish handle it. */
    inherited?: boolean;
  }[];
  constraints: { kind: 'check' | 'unique' | 'foreign-key' | 'exclusion'; name: string; definition: string; inherited?: boolean }[];
  /** Enabled user triggers: disabled for the load, enabled again after it. */
  triggers?: { name: string; enabled: string }[];
  /** The index the table's copy key comes from (its primary key or a unique index), if any. */
  copyKey?: { index: string | null };
}

/**
 * What prepare-table drops and finish-table recreates: every constraint but the primary key, and
 * every index that no constraint backs, every enabled user trigger (disabled, so the load fires
 * none) — except objects a partition inherits (its parent's prepare and finish handle them), SQL
 * Server's clustered index, indexes the engine cannot recreate faithfully (XML, spatial,
 * columnstore, partitioned: kept in place), and the copy key's unique index (or unique constraint),
 * which stays like a primary key: each range's delete-first then seeks it instead of
 * scanning the table, and a row loaded twice is refused at once. One definition, so the agent
 * (which drops them) and the orchestrator (which snapshots them before launch, in case a prepare
 * result is ever lost) agree.
 */
export function deferredObjectsOf(table: TableShape): DeferredObjectShape[] {
  const key = table.copyKey?.index ?? null;
  const kept = new Set(table.indexes.filter((i) => i.clustered || i.unsupported || i.name === key).map((i) => i.name));
  return [
    ...table.constraints
      .filter((c) => !c.inherited && !(c.kind === 'unique' && kept.has(c.name)))
      .map((c) => ({ kind: c.kind, name: c.name, definition: c.definition })),
    ...table.indexes
      .filter((i) => !i.primaryKey && !i.constraintBacked && !i.inherited && !kept.has(i.name))
      .map((i) => ({ kind: 'index' as const, name: i.name, definition: i.definition })),
    ...(table.triggers ?? []).map((t) => ({ kind: 'trigger' as const, name: t.name, definition: t.enabled })),
  ];
}
