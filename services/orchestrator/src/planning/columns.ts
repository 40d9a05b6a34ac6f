import type { AgentTableDefinition } from '@cutover/agent-client';

/** What column planning needs of a column, as an agent describes it. */
export interface ColumnShape {
  name: string;
  dataType: string;
  nullable: boolean;
  /** Computed by its database: never copied; the target recomputes its own. */
  generated?: boolean;
  identity?: boolean;
}

type Columns = Pick<AgentTableDefinition, 'columns'>;

/**
 * What keeps a source table from loading into its target: missing columns, other types, NOT NULL
 * without data. Columns the target computes are not problems (recomputed there, see copyColumns);
 * a column computed on the source but stored on the target is one (nothing would fill it).
 */
export function columnProblems(source: ColumnShape[], target: ColumnShape[] | null): string[] {
  if (!target) return ['does not exist on the target'];
  const byName = new Map(target.map((c) => [c.name.toLowerCase(), c]));
  const problems: string[] = [];
  for (const c of source) {
    const t = byName.get(c.name.toLowerCase());
    if (!t) {
      if (!c.generated) problems.push(`column ${c.name} is missing on the target`);
    } else if (t.generated) continue;
    else if (c.generated) problems.push(`column ${c.name} is computed on the source but stored on the target: nothing would fill it`);
    else if (t.dataType.toLowerCase() !== c.dataType.toLowerCase())
      problems.push(`column ${c.name} is ${c.dataType} on the source but ${t.dataType} on the target`);
    else if (c.nullable && !t.nullable) problems.push(`column ${c.name} is nullable on the source but NOT NULL on the target`);
  }
  const sourceNames = new Set(source.map((c) => c.name.toLowerCase()));
  for (const t of target)
    if (!t.nullable && !t.generated && !t.identity && !sourceNames.has(t.name.toLowerCase()))
      problems.push(`target column ${t.name} is NOT NULL and has no source column`);
  return problems;
}

/** A table's column names in the table's own order. */
export const columnNames = (def: Columns): string[] => [...def.columns].sort((a, b) => a.ordinal - b.ordinal).map((c) => c.name);

/**
 * The columns a copy transfers (source order) and the ones it leaves to the target: a column the
 * source or the target computes (SQL Server computed, PostgreSQL generated) is recomputed there.
 */
export function copyColumns(source: Columns, target: Columns | null): { columns: string[]; recomputed: string[] } {
  const computedOnTarget = new Set((target?.columns ?? []).filter((c) => c.generated).map((c) => c.name.toLowerCase()));
  const names = columnNames(source);
  const computed = new Set(source.columns.filter((c) => c.generated).map((c) => c.name));
  const recomputed = names.filter((n) => computed.has(n) || computedOnTarget.has(n.toLowerCase()));
  return { columns: names.filter((n) => !recomputed.includes(n)), recomputed };
}

/** What the plan says about columns the target recomputes and target indexes prepare-table keeps in place. */
export function layoutAdvisories(recomputed: string[], target: Pick<AgentTableDefinition, 'indexes'> | null): string[] {
  return [
    ...recomputed.map((c) => `column ${c} is computed: not copied, recomputed on the target`),
    ...(target?.indexes ?? []).filter((i) => i.unsupported).map((i) => `index ${i.name} is ${i.unsupported}`),
  ];
}
