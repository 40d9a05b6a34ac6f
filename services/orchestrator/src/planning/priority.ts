import { sameTable, type TableRef } from '@cutover/contracts';
import { PHASE_ORDER, ScriptPhase, type PackageManifest } from '../packages/manifest';

/** The source scripts (live, delta, single-user) that write a table, and the longest chain leading to any of them. */
export function writers(m: Pick<PackageManifest, 'scripts'>, table: TableRef): { scripts: string[]; chain: number } {
  const byKey = new Map(m.scripts.map((s) => [s.key, s]));
  const depth = new Map<string, number>();
  const chain = (key: string, seen = new Set<string>()): number => {
    if (depth.has(key)) return depth.get(key)!;
    if (seen.has(key)) return 0;
    seen.add(key);
    const s = byKey.get(key);
    const d = 1 + Math.max(0, ...(s?.dependsOn ?? []).map((k) => chain(k, seen)));
    depth.set(key, d);
    return d;
  };
  const scripts = m.scripts
    .filter((s) => s.phase !== ScriptPhase.PostSync && PHASE_ORDER.includes(s.phase) && s.writes.some((w) => sameTable(w, table)))
    .map((s) => s.key);
  return { scripts, chain: Math.max(0, ...scripts.map((k) => chain(k))) };
}

/** Largest tables first (AX weighs tables by size), and tables behind long script chains earlier still. */
export function priorityOf(rows: number, chain: number): number {
  return Math.round(Math.log2(rows + 1) * 100) + chain * 1000;
}

/**
 * Priorities for the source's scripts in the data upgrade's DAG. They gate the copies of the
 * tables they write and are the longest steps of the single-user window, so every one is
 * dispatched before any copy task; among them, the one whose dependents (copies, or scripts
 * after it) are most urgent first. With no priority they waited for free threads behind every
 * copy: bench/downtime measured them starting 44 s into a 102 s window.
 */
export function scriptPriorities(
  scriptKeys: readonly string[],
  tasks: readonly { key: string; priority?: number; dependsOn?: readonly string[] }[],
): Map<string, number> {
  const scripts = new Set(scriptKeys);
  const others = tasks.filter((t) => !scripts.has(t.key));
  const top = Math.max(0, ...others.map((t) => t.priority ?? 0)) + 2;
  const dependents = new Map<string, string[]>();
  for (const t of tasks) for (const d of t.dependsOn ?? []) dependents.set(d, [...(dependents.get(d) ?? []), t.key]);
  const own = new Map(others.map((t) => [t.key, t.priority ?? 0]));
  const result = new Map<string, number>();
  const rank = (key: string, seen: Set<string>): number => {
    if (result.has(key)) return result.get(key)!;
    if (seen.has(key)) return top; // a cycle is refused when the run is created
    seen.add(key);
    const after = (dependents.get(key) ?? []).map((d) => (scripts.has(d) ? rank(d, seen) + 1 : top + (own.get(d) ?? 0)));
    const p = Math.max(top, ...after);
    result.set(key, p);
    return p;
  };
  for (const key of scriptKeys) rank(key, new Set());
  return result;
}
