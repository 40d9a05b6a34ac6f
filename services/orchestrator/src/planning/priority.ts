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
