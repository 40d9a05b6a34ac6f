/** A secondary index or constraint that a bulk load drops first and recreates after. */
export interface DeferredObjectShape {
  kind: 'index' | 'check' | 'unique' | 'foreign-key' | 'exclusion';
  name: string;
  definition: string;
}

interface TableShape {
  indexes: { name: string; primaryKey: boolean; constraintBacked: boolean; definition: string }[];
  constraints: { kind: 'check' | 'unique' | 'foreign-key' | 'exclusion'; name: string; definition: string }[];
}

/**
 * What prepare-table drops and finish-table recreates: every constraint but the primary key, and
 * every index that no constraint backs. One definition, so the agent (which drops them) and the
 * orchestrator (which snapshots them before launch, in case a prepare result is ever lost) agree.
 */
export function deferredObjectsOf(table: TableShape): DeferredObjectShape[] {
  return [
    ...table.constraints.map((c) => ({ kind: c.kind, name: c.name, definition: c.definition })),
    ...table.indexes
      .filter((i) => !i.primaryKey && !i.constraintBacked)
      .map((i) => ({ kind: 'index' as const, name: i.name, definition: i.definition })),
  ];
}
