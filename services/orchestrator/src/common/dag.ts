/** Each cycle once, as the path that closes it (a → b → a). Unknown dependencies are ignored here. */
export function findCycles(nodes: readonly { key: string; dependsOn: readonly string[] }[]): string[][] {
  // Duplicate keys (reported elsewhere) merge their dependencies, so no cycle hides behind one.
  const deps = new Map<string, string[]>();
  // Stryker disable next-line ArrayDeclaration: a made-up dependency is not a key, and dependencies that are not keys are skipped
  for (const n of nodes) deps.set(n.key, [...(deps.get(n.key) ?? []), ...n.dependsOn]);
  const state = new Map<string, 'visiting' | 'done'>();
  // Stryker disable next-line ArrayDeclaration: a cycle is the stack from its node on; an entry below every node changes nothing
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    state.set(key, 'visiting');
    stack.push(key);
    // Stryker disable next-line ArrayDeclaration: visit is only called with keys of deps (never undefined)
    for (const dep of deps.get(key) ?? []) {
      // Stryker disable next-line ConditionalExpression: visiting an unknown dependency finds no edge out of it (same result)
      if (!deps.has(dep)) continue;
      if (state.get(dep) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(dep)), dep];
        // Stryker disable next-line MethodExpression: the same node set is only ever closed along the same path (a repeated edge), so order and the closing node do not matter
        const id = [...cycle.slice(0, -1)].sort().join('|');
        if (!seen.has(id)) {
          seen.add(id);
          cycles.push(cycle);
        }
      } else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    // Stryker disable next-line StringLiteral: only 'visiting' is compared; any other value means finished
    state.set(key, 'done');
  };
  // Stryker disable next-line ConditionalExpression: visiting a finished root again stops at its finished dependencies (same result)
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
