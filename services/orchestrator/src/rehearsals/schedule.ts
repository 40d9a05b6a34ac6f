import { graphProblems } from '../common/dag';
import { compareDispatchOrder } from '../runs/dispatch-order';
import { FORECAST_PHASES, type ForecastPhase } from './phases';
import { Heap } from './schedule-heap';

/**
 * The scheduler simulation behind the forecast, as pure logic: a run's DAG of tasks with known
 * durations, played through `threads` slots the way the dispatcher admits them (a task becomes
 * ready when its last dependency ends; a free slot takes the ready task first in the dispatcher's
 * order, `compareDispatchOrder`). No dispatch latency is modelled: measured durations are
 * start-to-finish of each task on its agent.
 */
export interface SimTask {
  /** Unique within the simulation. */
  id: string;
  /** Shown and used as the last tie-break, as the task's key is by the dispatcher. */
  key: string;
  dependsOn: readonly string[];
  seconds: number;
  priority: number;
  phase: ForecastPhase;
}

export interface CriticalStep {
  id: string;
  phase: ForecastPhase;
  startSeconds: number;
  endSeconds: number;
  seconds: number;
  /** Ready but waiting for a free thread: more threads could shorten this step's start. */
  waitedSeconds: number;
}

export interface PhaseSpan {
  phase: ForecastPhase;
  tasks: number;
  /** Sum of the phase's task durations (thread-seconds). */
  workSeconds: number;
  /** First start and last end of the phase's tasks in the simulated window (null: no task). */
  startSeconds: number | null;
  endSeconds: number | null;
  /** Duration of the phase's steps on the critical path. */
  criticalSeconds: number;
}

export interface Simulation {
  threads: number;
  windowSeconds: number;
  /**
   * The chain that bounds the window: from the task that ends last, back through the dependency
   * that ended last, to a task with none. Its durations plus its waits for a thread equal the window.
   */
  criticalPath: CriticalStep[];
  phases: PhaseSpan[];
  /** Per task: simulated start and end. */
  times: Map<string, { start: number; end: number; readyAt: number }>;
}

interface Ready {
  task: SimTask;
  readyAt: number;
}

interface Running {
  task: SimTask;
  end: number;
}

/**
 * Simulates the DAG with `threads` slots. With a `capacity` below the thread count the slots share
 * it (capacity.ts): k running tasks each progress at min(1, capacity/k) of their solo speed, so a
 * task's span can exceed its `seconds` (its solo work). Throws on unknown dependencies, cycles, or
 * a duration that is not finite and ≥ 0.
 */
export function simulate(tasks: readonly SimTask[], threads: number, capacity = Infinity): Simulation {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a positive integer, not ${threads}`);
  if (!(capacity >= 1)) throw new Error(`capacity must be at least 1, not ${capacity}`);
  const problems = graphProblems(tasks.map((t) => ({ key: t.id, dependsOn: t.dependsOn })));
  if (problems.length > 0) throw new Error(`not a DAG: ${problems.join('; ')}`);
  const bad = tasks.find((t) => !Number.isFinite(t.seconds) || t.seconds < 0);
  if (bad) throw new Error(`task ${bad.id} has duration ${bad.seconds}`);

  const pending = new Map(tasks.map((t) => [t.id, new Set(t.dependsOn).size]));
  const dependents = new Map<string, SimTask[]>(tasks.map((t) => [t.id, []]));
  for (const t of tasks) for (const d of new Set(t.dependsOn)) dependents.get(d)!.push(t);
  const ready = new Heap<Ready>((a, b) =>
    compareDispatchOrder(
      { priority: a.task.priority, readyAt: a.readyAt, key: a.task.key },
      { priority: b.task.priority, readyAt: b.readyAt, key: b.task.key },
    ),
  );
  const times = new Map<string, { start: number; end: number; readyAt: number }>();
  for (const t of tasks) if (pending.get(t.id) === 0) ready.push({ task: t, readyAt: 0 });
  const finish = (task: SimTask, now: number) => {
    times.get(task.id)!.end = now;
    for (const next of dependents.get(task.id)!) {
      const left = pending.get(next.id)! - 1;
      pending.set(next.id, left);
      if (left === 0) ready.push({ task: next, readyAt: now });
    }
  };
  if (capacity >= threads) playSlots(ready, threads, times, finish);
  else playShared(ready, threads, capacity, times, finish);
  const windowSeconds = Math.max(0, ...[...times.values()].map((t) => t.end));
  const criticalPath = traceCriticalPath(tasks, times);
  return { threads, windowSeconds, criticalPath, phases: phaseSpans(tasks, times, criticalPath), times };
}

type Times = Simulation['times'];
type Finish = (task: SimTask, now: number) => void;

/** Every task at full speed: an event per finish, from a heap of end times. */
function playSlots(ready: Heap<Ready>, threads: number, times: Times, finish: Finish): void {
  const running = new Heap<Running>((a, b) => a.end - b.end || (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0));
  let now = 0;
  while (ready.size > 0 || running.size > 0) {
    while (running.size < threads && ready.size > 0) {
      const { task, readyAt } = ready.pop()!;
      times.set(task.id, { start: now, end: now + task.seconds, readyAt });
      running.push({ task, end: now + task.seconds });
    }
    now = running.peek()!.end;
    // Everything ending at this instant ends before anything is admitted, as a batch of finishes would.
    while (running.size > 0 && running.peek()!.end === now) finish(running.pop()!.task, now);
  }
}

/** Processor sharing: the running tasks split `capacity`; the next event is the first to run out of work. */
function playShared(ready: Heap<Ready>, threads: number, capacity: number, times: Times, finish: Finish): void {
  let running: { task: SimTask; left: number }[] = [];
  let now = 0;
  while (ready.size > 0 || running.length > 0) {
    while (running.length < threads && ready.size > 0) {
      const { task, readyAt } = ready.pop()!;
      times.set(task.id, { start: now, end: now, readyAt });
      running.push({ task, left: task.seconds });
    }
    const rate = running.length <= capacity ? 1 : capacity / running.length;
    const step = Math.min(...running.map((r) => r.left)) / rate;
    now += step;
    for (const r of running) r.left -= step * rate;
    const done = running.filter((r) => r.left <= 1e-9).sort((a, b) => (a.task.id < b.task.id ? -1 : 1));
    running = running.filter((r) => r.left > 1e-9);
    for (const r of done) finish(r.task, now);
  }
}

/** The chain that bounds the window, first step first. */
function traceCriticalPath(tasks: readonly SimTask[], times: Simulation['times']): CriticalStep[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  let current = latest(
    tasks.map((t) => t.id),
    times,
  );
  const path: CriticalStep[] = [];
  while (current) {
    const t = byId.get(current)!;
    const at = times.get(current)!;
    path.push({
      id: t.id,
      phase: t.phase,
      startSeconds: at.start,
      endSeconds: at.end,
      // Its span: under a shared capacity it can exceed the task's solo seconds.
      seconds: at.end - at.start,
      waitedSeconds: at.start - at.readyAt,
    });
    current = latest([...new Set(t.dependsOn)], times);
  }
  return path.reverse();
}

/** The task that ends last (ties: the longest, then the smallest id, so the trace is deterministic). */
function latest(ids: string[], times: Simulation['times']): string | undefined {
  let best: string | undefined;
  for (const id of ids) {
    if (best === undefined) {
      best = id;
      continue;
    }
    const [a, b] = [times.get(id)!, times.get(best)!];
    if (a.end > b.end || (a.end === b.end && (a.end - a.start > b.end - b.start || (a.end - a.start === b.end - b.start && id < best))))
      best = id;
  }
  return best;
}

function phaseSpans(tasks: readonly SimTask[], times: Simulation['times'], path: CriticalStep[]): PhaseSpan[] {
  return FORECAST_PHASES.map((phase) => {
    const of = tasks.filter((t) => t.phase === phase);
    const at = of.map((t) => times.get(t.id)!);
    return {
      phase,
      tasks: of.length,
      workSeconds: of.reduce((n, t) => n + t.seconds, 0),
      startSeconds: at.length ? Math.min(...at.map((t) => t.start)) : null,
      endSeconds: at.length ? Math.max(...at.map((t) => t.end)) : null,
      criticalSeconds: path.filter((s) => s.phase === phase).reduce((n, s) => n + s.seconds, 0),
    };
  });
}

export interface CurvePoint {
  threads: number;
  windowSeconds: number;
  /** How much this thread count saves over one fewer (0 or negative: more threads stopped helping). */
  gainSeconds: number;
}

/**
 * The window at 1…`max` threads. List scheduling is not monotone in general (Graham's anomalies):
 * a point may be longer than the one before, and is reported as simulated, with a negative gain.
 */
export function threadsCurve(tasks: readonly SimTask[], max = 16, capacity = Infinity): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let n = 1; n <= max; n++) {
    const windowSeconds = simulate(tasks, n, capacity).windowSeconds;
    points.push({ threads: n, windowSeconds, gainSeconds: n === 1 ? 0 : points[n - 2].windowSeconds - windowSeconds });
  }
  return points;
}

/** The longest dependency chain (the window with unlimited threads): a lower bound at any thread count. */
export function longestChainSeconds(tasks: readonly SimTask[]): number {
  return simulate(tasks, Math.max(1, tasks.length)).windowSeconds;
}
