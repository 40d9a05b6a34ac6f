import type { Capacity } from './capacity';

/** What a system's agent says of the host it runs on (`GET /v1/info` → `host`); null fields: it did not say. */
export interface SystemHost {
  systemId: string;
  /** The system's name, for the operator. */
  system: string;
  /** The agent's host name (os.hostname()). */
  host: string | null;
  /** Cores the agent's process may use (os.availableParallelism()). */
  cpus: number | null;
  /** Why nothing is known, when the agent could not be asked. */
  error?: string;
}

/** The upper bound on the capacity from the systems' cores. */
export interface CoresBound {
  tasks: number;
  /** One entry per distinct host, with the systems on it. */
  hosts: { host: string; cpus: number; systems: string[] }[];
  basis: string;
}

/** A rehearsal that fed the fit. */
export interface FitRehearsal {
  id: string;
  label: string;
  /** Threads of its runs, as launched. */
  threads: number[];
}

/** The capacity the forecast plays with: the fit, bounded by the cores, and what fed both. */
export interface BoundedCapacity extends Capacity {
  /** The fit alone (Infinity: no contention found). */
  fittedTasks: number;
  bound: CoresBound | null;
  rehearsals: FitRehearsal[];
}

/**
 * C can be no more than the systems' cores. One host holding both systems (the bench): the source's
 * and the target's work land on the same cores, so its cores bound C (not their sum). Two or more
 * hosts: every copy task reads on the source and writes on the target at once, so the host with
 * the fewest cores limits. Both come to the smallest core count among the distinct hosts; the
 * basis says which case it was. Hosts are told apart by the agents' host names; agents that gave
 * no cores are left out (named in the basis); none: no bound.
 */
export function coresBound(systems: readonly SystemHost[]): CoresBound | null {
  const known = systems.filter((s) => s.cpus !== null && s.cpus >= 1);
  if (known.length === 0) return null;
  const hosts = new Map<string, { host: string; cpus: number; systems: string[] }>();
  for (const s of known) {
    const host = s.host ?? `the host of ${s.system}`;
    const entry = hosts.get(host) ?? { host, cpus: s.cpus!, systems: [] };
    entry.cpus = Math.min(entry.cpus, s.cpus!);
    entry.systems.push(s.system);
    hosts.set(host, entry);
  }
  const list = [...hosts.values()];
  const tasks = Math.min(...list.map((h) => h.cpus));
  const unknown = systems.filter((s) => !known.includes(s));
  const missing = unknown.length ? `; no cores from ${unknown.map((s) => `${s.system}${s.error ? ` (${s.error})` : ''}`).join(', ')}` : '';
  const basis =
    list.length === 1
      ? `${list[0].systems.join(' and ')} share one host, ${list[0].host}: its ${tasks} cores${missing}`
      : `${list.map((h) => `${h.systems.join(' and ')} on ${h.host} (${h.cpus} cores)`).join(', ')}: a copy task works on both sides at once, so the fewest cores, ${tasks}, limit${missing}`;
  return { tasks, hosts: list, basis };
}

/**
 * The fit bounded by the cores, with the basis saying which decided. A fit over rehearsals at two
 * or more thread counts stands even above the cores: it saw how time changed with concurrency, and
 * a task's time includes waits (round trips, I/O), so more tasks than cores can run at full speed
 * (bench/forecast round E: fit 2.25 on 2 cores; the machine did 2.5). One thread count cannot tell
 * contention from cost per row (a 6.5 on 2 cores was seen): there the cores bound it.
 */
export function boundCapacity(fit: Capacity, bound: CoresBound | null, rehearsals: FitRehearsal[]): BoundedCapacity {
  const base = { fittedTasks: fit.tasks, bound, rehearsals };
  if (!bound) return { ...base, tasks: fit.tasks, basis: `${fit.basis}; no bound: no agent reported its cores` };
  if (fit.tasks <= bound.tasks) return { ...base, tasks: fit.tasks, basis: `${fit.basis}; within the cores bound ${bound.tasks}` };
  const threadCounts = new Set(rehearsals.flatMap((r) => r.threads)).size;
  if (Number.isFinite(fit.tasks) && threadCounts >= 2)
    return {
      ...base,
      tasks: fit.tasks,
      basis: `${fit.basis}; above the cores (${bound.tasks}), kept: rehearsals at ${threadCounts} thread counts show it (tasks also wait)`,
    };
  const why = Number.isFinite(fit.tasks) ? `the fit (${fit.tasks}) is above it` : 'the rehearsals show no contention';
  return { ...base, tasks: bound.tasks, basis: `bounded by the cores, ${bound.tasks}: ${why} (${fit.basis}); ${bound.basis}` };
}
