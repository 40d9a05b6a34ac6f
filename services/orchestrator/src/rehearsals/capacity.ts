import { tableKey } from '@cutover/contracts';
import { CopyTaskKind } from '../copy/copy-tasks';
import { measured, tablesOf } from './measures';
import type { RecordedTask } from './rehearsals.repository';

/**
 * The capacity term of the forecast. Threads are slots, but the machines behind them are shared:
 * when k tasks run at once on a system that can do C tasks' worth of work at full speed, each
 * runs at min(1, C/k) of its solo speed (processor sharing). A rehearsal's run times therefore
 * already contain the contention of the tasks beside them; the forecast takes each task's solo
 * work out of the rehearsal's own timeline and plays production with the same capacity.
 */
export interface Capacity {
  /** Tasks' worth of work the systems do at full speed; Infinity: no contention measured. */
  tasks: number;
  /** How it was obtained, for the operator. */
  basis: string;
}

export const NO_CONTENTION: Capacity = { tasks: Infinity, basis: 'not estimated: run times taken as they were measured' };

/** A task's speed when `running` tasks share a capacity of `capacity`. */
export const speed = (running: number, capacity: number) => (running <= capacity ? 1 : capacity / running);

interface Span {
  start: number;
  end: number;
}

const spanOf = (t: RecordedTask): Span | null =>
  measured(t) ? { start: t.startedAt!.getTime() / 1000, end: t.finishedAt!.getTime() / 1000 } : null;

/** The rehearsal's measured spans and their start/end edges in time order, built once per rehearsal. */
interface Timeline {
  spans: (Span | null)[];
  /** [time, +1 start | -1 end]; ends before starts at the same instant (a finishing task does not share with its successor). */
  edges: [number, number][];
}

function timelineOf(tasks: readonly RecordedTask[]): Timeline {
  const spans = tasks.map(spanOf);
  const edges: [number, number][] = [];
  for (const s of spans) if (s && s.end > s.start) edges.push([s.start, 1], [s.end, -1]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { spans, edges };
}

/**
 * Solo work (seconds at full speed) of each measured task, by its index in `tasks`, under
 * `capacity`: the integral of its speed over its run, with the concurrency counted from every
 * measured task of the rehearsal.
 */
export function soloSeconds(tasks: readonly RecordedTask[], capacity: number): Map<number, number> {
  return soloOf(timelineOf(tasks), capacity);
}

function soloOf({ spans, edges }: Timeline, capacity: number): Map<number, number> {
  const times: number[] = [];
  const cumulative: number[] = [];
  let running = 0;
  let integral = 0;
  let last = edges.length ? edges[0][0] : 0;
  for (const [at, delta] of edges) {
    if (running > 0) integral += (at - last) * speed(running, capacity);
    times.push(at);
    cumulative.push(integral);
    running += delta;
    last = at;
  }
  // The integral at an edge time: the last value recorded for that instant (after all its edges).
  const at = (t: number) => {
    let lo = 0;
    let hi = times.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (times[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return cumulative[lo];
  };
  const result = new Map<number, number>();
  spans.forEach((s, i) => {
    if (s) result.set(i, s.end > s.start ? at(s.end) - at(s.start) : 0);
  });
  return result;
}

/** One rehearsal's tasks, as a fit takes them: its own timeline (rehearsals never overlap in time with each other). */
export interface FitInput {
  tasks: readonly RecordedTask[];
}

/**
 * The capacity under which the rehearsals' copy ranges are most alike: a range's solo seconds per
 * row should not depend on how many tasks ran beside it. Each rehearsal's solo seconds come from
 * its own timeline; ranges are grouped by table across all of them, so a table copied at 2 threads
 * in one rehearsal and at 8 in another pins C where one alone cannot (every C at or below a
 * rehearsal's whole-time concurrency explains it equally). For each candidate C (1 to the highest
 * concurrency seen, by quarters) the spread of log(solo seconds per row) around each table's mean
 * is summed; the largest C within 2 % of the smallest spread wins (the least correction the data
 * supports). Needs ranges run at different concurrencies: otherwise no contention is assumed.
 */
export function fitCapacity(rehearsals: readonly FitInput[] | readonly RecordedTask[]): Capacity {
  const sets: readonly FitInput[] = isTaskList(rehearsals) ? [{ tasks: rehearsals }] : rehearsals;
  const points: { set: number; i: number; rows: number }[] = [];
  const byTable = new Map<string, number[]>();
  sets.forEach(({ tasks }, set) =>
    tasks.forEach((t, i) => {
      if (t.kind !== CopyTaskKind.CopyRange || t.rows <= 0 || !measured(t) || !tablesOf(t).table) return;
      const key = tableKey(tablesOf(t).table!);
      byTable.set(key, [...(byTable.get(key) ?? []), points.length]);
      points.push({ set, i, rows: t.rows });
    }),
  );
  const groups = [...byTable.values()].filter((g) => g.length >= 2);
  const usable = groups.reduce((n, g) => n + g.length, 0);
  const timelines = sets.map((s) => timelineOf(s.tasks));
  const peak = Math.max(0, ...timelines.map(peakConcurrency));
  const of = sets.length > 1 ? ` over ${sets.length} rehearsals` : '';
  if (usable < 6 || peak < 2)
    return {
      tasks: Infinity,
      basis: `not estimated: ${usable} copy ranges of tables with two or more ranges${of}, peak concurrency ${peak}`,
    };
  const spread = (capacity: number) => {
    const solo = timelines.map((tl) => soloOf(tl, capacity));
    let sum = 0;
    for (const g of groups) {
      const ys = g.map((p) => Math.log(Math.max(solo[points[p].set].get(points[p].i)!, 1e-6) / points[p].rows));
      const mean = ys.reduce((n, y) => n + y, 0) / ys.length;
      sum += ys.reduce((n, y) => n + (y - mean) ** 2, 0);
    }
    return sum;
  };
  const candidates: { capacity: number; spread: number }[] = [];
  for (let c = 1; c <= peak; c += 0.25) candidates.push({ capacity: c, spread: spread(c) });
  const best = Math.min(...candidates.map((c) => c.spread));
  const chosen = [...candidates].reverse().find((c) => c.spread <= best * 1.02 + 1e-12)!;
  if (chosen.capacity >= peak)
    return { tasks: Infinity, basis: `no contention found: ${usable} copy ranges${of} ran alike at 1 to ${peak} tasks at once` };
  return {
    tasks: chosen.capacity,
    basis: `fitted: ${usable} copy ranges of ${groups.length} tables${of} ran most alike per row when ${chosen.capacity} tasks' worth of work shares the systems (peak ${peak} at once)`,
  };
}

const isTaskList = (x: readonly FitInput[] | readonly RecordedTask[]): x is readonly RecordedTask[] => x.length > 0 && 'kind' in x[0];

/** The most measured tasks that ran at once. */
export const peakOf = (tasks: readonly RecordedTask[]): number => peakConcurrency(timelineOf(tasks));

function peakConcurrency({ edges }: Timeline): number {
  let running = 0;
  let peak = 0;
  for (const [, d] of edges) peak = Math.max(peak, (running += d));
  return peak;
}

/** The tasks as they would have run alone: each measured task's finish moved to start + its solo seconds. */
export function deflate(tasks: readonly RecordedTask[], capacity: Capacity): RecordedTask[] {
  if (!Number.isFinite(capacity.tasks)) return [...tasks];
  const solo = soloSeconds(tasks, capacity.tasks);
  return tasks.map((t, i) => {
    const s = solo.get(i);
    return s === undefined ? t : { ...t, finishedAt: new Date(t.startedAt!.getTime() + s * 1000) };
  });
}
