import { tableKey } from '@cutover/contracts';
import type { RehearsalEntity } from './rehearsal.entity';
import type { RecordedRun, RecordedTask } from './rehearsals.repository';
import { measured } from './measures';

/** A rehearsal with its runs and tasks, as the forecast loads it. */
export interface LoadedRehearsal {
  entity: RehearsalEntity;
  runs: readonly RecordedRun[];
  tasks: readonly RecordedTask[];
}

/** Where the forecast's durations come from, and why. */
export interface DurationsSource {
  chosen: LoadedRehearsal;
  /** Mean tasks running at once in the chosen rehearsal (its run time over its span). */
  meanConcurrency: number;
  basis: string;
}

/** Less than this many tasks at once fewer is no reason to leave the rehearsal asked for. */
const MARGIN = 0.25;
/** Above this many tasks at once on average, the forecast advises a rehearsal with fewer. */
const ADVISE_ABOVE = 2;
const ADVICE =
  '. Rehearse the same data again at 2 threads: its times hold less contention, and this forecast will take them ' +
  '(bench/forecast: +27 % to +43 % from a 4-thread rehearsal alone, +5 % to +15 % with one at 2 threads)';
/** Table sizes within this ratio are the same data. */
const SAME_SIZE = 0.01;

/** Mean tasks at once: the measured tasks' run time over the span from the first start to the last end, per run, added up. */
export function meanConcurrency(tasks: readonly RecordedTask[]): number {
  let busy = 0;
  let span = 0;
  for (const runTasks of Map.groupBy(tasks, (t) => t.runId).values()) {
    const m = runTasks.filter((t) => measured(t));
    if (m.length === 0) continue;
    busy += m.reduce((n, t) => n + measured(t)!.seconds, 0);
    span += (Math.max(...m.map((t) => t.finishedAt!.getTime())) - Math.min(...m.map((t) => t.startedAt!.getTime()))) / 1000;
  }
  return span > 0 ? busy / span : 0;
}

/** The same tables at the same sizes (rows within 1 %), and the same kinds of runs in the same order. */
export function sameData(a: LoadedRehearsal, b: LoadedRehearsal): boolean {
  const kinds = (r: LoadedRehearsal) => r.entity.runIds.map((id) => r.runs.find((x) => x.id === id)?.kind ?? '?').join(',');
  if (kinds(a) !== kinds(b) || a.entity.systemId !== b.entity.systemId) return false;
  const sizes = new Map(b.entity.tables.map((t) => [tableKey(t.table), t.rows]));
  if (sizes.size !== a.entity.tables.length) return false;
  return a.entity.tables.every((t) => {
    const rows = sizes.get(tableKey(t.table));
    return rows !== undefined && Math.abs(rows - t.rows) <= SAME_SIZE * Math.max(rows, t.rows);
  });
}

/**
 * The rehearsal whose task times the forecast scales. A task's solo work is its measured time with
 * its neighbours' contention taken out, and that correction is a model: the fewer neighbours, the
 * less of it. So among the rehearsals of the same data on the same system, the least contended
 * (lowest mean concurrency) measures the work best, and the forecast takes its durations from it,
 * saying so. bench/forecast, rehearsed at 4, 2 and 8 threads: forecasting from the 4-thread
 * rehearsal erred +25 % and +32 % at 4 threads; the same fit applied to the 2-thread one's
 * times, −1 % and +10 % (bench/forecast-replay on rounds E and F).
 */
export function durationsSource(asked: LoadedRehearsal, others: readonly LoadedRehearsal[]): DurationsSource {
  const own = meanConcurrency(asked.tasks);
  let chosen = { r: asked, c: own };
  for (const r of others) {
    if (r.entity.id === asked.entity.id || !sameData(asked, r)) continue;
    const c = meanConcurrency(r.tasks);
    if (c > 0 && c < chosen.c - MARGIN) chosen = { r, c };
  }
  const fixed = (n: number) => n.toFixed(2);
  const basis =
    chosen.r === asked
      ? `this rehearsal's own task times (${fixed(own)} tasks at once on average${others.length ? '; no rehearsal of the same data ran with fewer' : ''})${own > ADVISE_ABOVE ? ADVICE : ''}`
      : `the task times of '${chosen.r.entity.label}': the same data on the same system with ${fixed(chosen.c)} tasks at once on average against this one's ${fixed(own)}, so less contention to take out`;
  return { chosen: chosen.r, meanConcurrency: chosen.c, basis };
}
