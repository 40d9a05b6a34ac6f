/**
 * The dispatcher's priority rule, in one place: among ready tasks, the highest `priority` first,
 * then the one ready longest, then by key. The dispatcher's admission query orders by
 * `dispatchOrderSql` and the forecast's scheduler simulation sorts with `compareDispatchOrder`;
 * both are built from `DISPATCH_ORDER`, so they cannot drift apart.
 *
 * One difference is inherent: the key tie-break is PostgreSQL's text order (the state database's
 * collation) in the query and code-unit order in the simulation. It decides only between tasks of
 * equal priority that became ready at the same instant; in the database those rarely exist, as
 * each promoted row gets its own clock_timestamp().
 */
export interface DispatchCandidate {
  priority: number;
  /** When the task became ready (any monotonic unit: a timestamp, simulated seconds). */
  readyAt: number;
  key: string;
}

export const DISPATCH_ORDER = [
  { field: 'priority', column: 'priority', direction: 'DESC' },
  { field: 'readyAt', column: 'ready_at', direction: 'ASC' },
  { field: 'key', column: 'key', direction: 'ASC' },
] as const satisfies readonly { field: keyof DispatchCandidate; column: string; direction: 'ASC' | 'DESC' }[];

/** The ORDER BY list for the `task` table under an alias (a fixed identifier of the query, not input). */
export function dispatchOrderSql(alias: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  return DISPATCH_ORDER.map((o) => `${alias}.${o.column}${o.direction === 'DESC' ? ' DESC' : ''}`).join(', ');
}

/** Negative when `a` is dispatched before `b`. */
export function compareDispatchOrder(a: DispatchCandidate, b: DispatchCandidate): number {
  for (const o of DISPATCH_ORDER) {
    const [x, y] = [a[o.field], b[o.field]];
    if (x === y) continue;
    const before = x < y ? -1 : 1;
    return o.direction === 'DESC' ? -before : before;
  }
  return 0;
}
