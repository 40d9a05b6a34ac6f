import { compareTables, tableKey, tableRef, type TableRef } from '@cutover/contracts';
import type { PackageManifest } from '../packages/manifest';

/** One source table of the copy set and the target table it loads into. */
export interface CopyMapping {
  source: TableRef;
  target: TableRef;
}

/** Tables once each (by tableKey), sorted by schema and name. */
export function uniqueTables(tables: Iterable<TableRef>): TableRef[] {
  const byKey = new Map<string, TableRef>();
  for (const t of tables) if (!byKey.has(tableKey(t))) byKey.set(tableKey(t), tableRef(t));
  return [...byKey.values()].sort(compareTables);
}

/** A copy-rule pattern: schema and name each matched case-insensitively, `*` for any run of characters. */
export function matchesPattern(table: TableRef, pattern: TableRef): boolean {
  const part = (value: string, p: string) =>
    new RegExp(
      `^${p
        .split('*')
        .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'is',
    ).test(value);
  return part(table.schema, pattern.schema) && part(table.name, pattern.name);
}

/** The copy set: source tables included by the rules and not excluded, with their target tables. */
export function copySet(m: Pick<PackageManifest, 'copyRules'>, sourceTables: Iterable<TableRef>): CopyMapping[] {
  const { include, exclude, rename } = m.copyRules;
  const renamed = new Map(rename.map((r) => [tableKey(r.from), tableRef(r.to)]));
  return uniqueTables(sourceTables)
    .filter((t) => include.some((p) => matchesPattern(t, p)) && !exclude.some((p) => matchesPattern(t, p)))
    .map((t) => ({ source: t, target: renamed.get(tableKey(t)) ?? t }));
}

/** Two or more sources mapped onto one target: every one of them is a conflict (keyed by the target's tableKey). */
export function conflicts(mappings: CopyMapping[]): Map<string, TableRef[]> {
  const byTarget = new Map<string, TableRef[]>();
  for (const m of mappings) byTarget.set(tableKey(m.target), [...(byTarget.get(tableKey(m.target)) ?? []), m.source]);
  return new Map([...byTarget].filter(([, sources]) => sources.length > 1));
}
