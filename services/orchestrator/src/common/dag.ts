/** Each cycle once, as the path that closes it (a → b → a). Unknown dependencies are ignored here. */
export function findCycles(nodes: readonly { key: string; dependsOn: readonly string[] }[]): string[][] {
  // Duplicate keys (reported elsewhere) merge their dependencies, so no cycle hides behind one.
  const deps = new Map<string, string[]>();
  for (const n of nodes) deps.set(n.key, [...(deps.get(n.key) ?? []), ...n.dependsOn]);
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    state.set(key, 'visiting');
    stack.push(key);
    for (const dep of deps.get(key) ?? []) {
      if (!deps.has(dep)) continue;
      if (state.get(dep) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(dep)), dep];
        const id = [...cycle.slice(0, -1)].sort().join('|');
        if (!seen.has(id)) {
          seen.add(id);
          cycles.push(cycle);
        }
      } else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(key, 'done');
  };
  for (const key of deps.keys()) if (!state.has(key)) visit(key);
  return cycles;
}

/** Problems with a graph: unknown dependencies and cycles. */
export function graphProblems(nodes: readonly { key: string; dependsOn: readonly string[] }[], what = 'task'): string[] {
  const keys = new Set<string>();
  const problems: string[] = [];
  for (const n of nodes) {
    if (keys.has(n.key)) problems.push(`duplicate ${what} key ${n.key}`);
    keys.add(n.key);
  }
  for (const n of nodes) for (const d of n.dependsOn) if (!keys.has(d)) problems.push(`${what} ${n.key} depends on unknown ${what} ${d}`);
  for (const cycle of findCycles(nodes)) problems.push(`dependency cycle: ${cycle.join(' → ')}`);
  return problems;
}
