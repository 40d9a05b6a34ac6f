import { formatTableRef, sameTable, tableKey, TransferFormat, type TableRef } from '@cutover/contracts';
import type { AgentTableDefinition } from '@cutover/agent-client';

/**
 * What the plan shows of a table's structure beyond its columns: its place in a partition
 * hierarchy, its foreign keys (and whether what they reference is copied), and a copy format other
 * than the engine's default where binary COPY cannot carry its values.
 */

export interface PlannedForeignKey {
  name: string;
  /** The referenced table on the target. */
  references: TableRef;
  /** Whether the referenced table is in this copy set (else the key is recreated at the very end). */
  copied: boolean;
}

export interface TableStructure {
  /** A partitioned table: its leaf partitions are the copy units, it is only prepared and finished. */
  partitioned: boolean;
  /** The partitioned (source) table this one is a partition of. */
  partitionOf: TableRef | null;
  /** A partitioned table's partitions (source), as the hierarchy to show. */
  partitions: TableRef[];
  foreignKeys: PlannedForeignKey[];
  /** Null: the source engine's default wire format. */
  format: TransferFormat | null;
}

export const NO_STRUCTURE: TableStructure = { partitioned: false, partitionOf: null, partitions: [], foreignKeys: [], format: null };

/** The structure of one table, from its source and target definitions, before the copy set is known. */
export function structureOf(source: AgentTableDefinition | null, target: AgentTableDefinition | null): TableStructure {
  const partition = source?.partition;
  const oidColumns = (source?.columns ?? []).filter((c) => c.embedsTypeOids).map((c) => c.name);
  return {
    partitioned: partition?.partitioned ?? false,
    partitionOf: partition?.parent ?? null,
    partitions: [],
    foreignKeys: (target?.constraints ?? [])
      .filter((c) => c.kind === 'foreign-key' && !c.inherited && c.references)
      .map((c) => ({ name: c.name, references: c.references!, copied: false })),
    format: oidColumns.length > 0 ? TransferFormat.PgText : null,
  };
}

interface Planned {
  source: TableRef;
  target: TableRef;
  advisories: string[];
  columns: string[];
  structure: TableStructure;
}

/**
 * Links the tables of the copy set: each partitioned table lists its partitions, each foreign key
 * says whether its referenced table is copied; and the advisories that explain them.
 */
export function linkStructure<T extends Planned>(tables: T[]): T[] {
  const targets = new Set(tables.map((t) => tableKey(t.target)));
  return tables.map((t) => {
    const s = t.structure;
    const partitions = s.partitioned ? tables.filter((x) => x.structure.partitionOf && sameTable(x.structure.partitionOf, t.source)) : [];
    const foreignKeys = s.foreignKeys.map((fk) => ({ ...fk, copied: targets.has(tableKey(fk.references)) }));
    const advisories = [...t.advisories];
    if (s.partitioned)
      advisories.push(
        partitions.length > 0
          ? `partitioned: its ${partitions.length} partition(s) ${partitions.map((p) => formatTableRef(p.source)).join(', ')} are copied, each on its own; it is prepared before them and finished after them`
          : 'partitioned, and none of its partitions is in the copy set: no row of it is copied',
      );
    for (const fk of foreignKeys.filter((f) => !f.copied))
      advisories.push(
        `foreign key ${fk.name} references ${formatTableRef(fk.references)}, which is not copied: it is recreated at the end, after every table`,
      );
    if (s.format === TransferFormat.PgText)
      advisories.push('columns of an array or composite of a user-defined type (binary COPY embeds type OIDs): copied in text COPY format');
    return { ...t, advisories, structure: { ...s, partitions: partitions.map((p) => p.source), foreignKeys } };
  });
}
