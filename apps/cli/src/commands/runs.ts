import type { Command } from 'commander';
import { allPages, unwrap, type RunView, type TaskView } from '@cutover/orchestrator-client';
import { CliError, duration, n, table, type Context } from '../context';
import { watchRun } from '../watch';

import type { Run } from '../main-types';

/** `latest` (the most recent run) or a run id. */
export async function resolveRun(ctx: Context, run: string): Promise<string> {
  if (run !== 'latest') return run;
  const page = unwrap(await ctx.api.GET('/v1/runs', { params: { query: { limit: 1 } } }));
  if (page.items.length === 0) throw new CliError('there is no run yet');
  return page.items[0].id;
}

export async function runTasks(ctx: Context, runId: string): Promise<TaskView[]> {
  return allPages((offset) =>
    ctx.api.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId }, query: { offset, limit: 1000 } } }).then(unwrap),
  );
}

export const runLine = (r: RunView): string[] => [
  r.id,
  r.kind,
  r.status + (r.hold ? ' (held)' : ''),
  `${r.counts.ended}/${r.counts.total} ended`,
  r.counts.error ? `${r.counts.error} error` : '',
  r.counts.paused ? `${r.counts.paused} paused` : '',
  r.createdAt,
];

/** A task's line: its seconds and rows/s as the server computes them. */
const taskRow = (t: TaskView): string[] => [
  t.key,
  t.status,
  String(t.attempt),
  t.startedAt ?? '-',
  duration(t.seconds),
  n(t.rows),
  t.rowsPerSecond ? `${n(t.rowsPerSecond)}/s` : '-',
  t.error ?? '',
];

const CONTROLS = {
  pause: '/v1/runs/{id}/pause',
  resume: '/v1/runs/{id}/resume',
  'rerun-failed': '/v1/runs/{id}/rerun-failed',
  hold: '/v1/runs/{id}/hold',
  release: '/v1/runs/{id}/release',
  cancel: '/v1/runs/{id}/cancel',
} as const;

const CONTROL_HELP: Record<keyof typeof CONTROLS, string> = {
  pause: 'pause every waiting or ready task (executing ones finish)',
  resume: 'resume every paused task',
  'rerun-failed': 'set every task in error back to waiting',
  hold: 'hold dispatch: nothing new starts until released',
  release: 'release a hold',
  cancel: 'cancel the run (executing tasks are stopped)',
};

export function registerRuns(program: Command, run: Run): void {
  const runs = program.command('runs').description('runs and their controls (RUN is a run id or `latest`)');
  registerRunViews(runs, run);
  registerRunControls(runs, run);
}

function registerRunViews(runs: Command, run: Run): void {
  runs
    .command('list')
    .description('the most recent runs')
    .option('--limit <n>', 'how many', '20')
    .action(
      run(async (ctx, opts: { limit: string }) => {
        const page = unwrap(await ctx.api.GET('/v1/runs', { params: { query: { limit: Number(opts.limit) } } }));
        ctx.print(page.items, () => (page.items.length ? table(page.items.map(runLine)) : ['no runs']));
      }),
    );
  runs
    .command('show <run>')
    .description('a run and its task grid: task, status, attempt, start, duration, rows, rows/s')
    .action(
      run(async (ctx, id: string) => {
        const runId = await resolveRun(ctx, id);
        const r = unwrap(await ctx.api.GET('/v1/runs/{id}', { params: { path: { id: runId } } }));
        const tasks = await runTasks(ctx, runId);
        ctx.print({ run: r, tasks }, () => [
          `run ${r.id} (${r.kind}): ${r.status}${r.hold ? ', held' : ''}, ${r.threads} thread(s)`,
          `  ${Object.entries(r.counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
          `  rows ${n(r.progress.rowsDone)}/${n(r.progress.rowsTotal)}, ${n(r.progress.rowsPerSecond)} rows/s, ETA ${duration(r.progress.etaSeconds)}`,
          ...table([['TASK', 'STATUS', 'ATTEMPT', 'STARTED', 'DURATION', 'ROWS', 'ROWS/S', 'ERROR'], ...tasks.map(taskRow)]),
        ]);
      }),
    );
  runs
    .command('watch <run>')
    .description('live progress from the run’s event stream until it ends (exit 0 ended, 3 error, 4 canceled)')
    .action(run(async (ctx, id: string) => watchRun(ctx, await resolveRun(ctx, id))));
}

function registerRunControls(runs: Command, run: Run): void {
  for (const [name, path] of Object.entries(CONTROLS) as [keyof typeof CONTROLS, (typeof CONTROLS)[keyof typeof CONTROLS]][]) {
    runs
      .command(`${name} <run>`)
      .description(CONTROL_HELP[name])
      .option('--reason <text>', 'why (recorded in the run’s event log)')
      .action(
        run(async (ctx, id: string, opts: { reason?: string }) => {
          const runId = await resolveRun(ctx, id);
          const reason = opts.reason;
          unwrap(await ctx.api.POST(path, { params: { path: { id: runId } }, body: reason ? { reason } : {} }));
          const after = unwrap(await ctx.api.GET('/v1/runs/{id}', { params: { path: { id: runId } } }));
          ctx.print(after, () => [`${name}: run ${runId} is ${after.status}${after.hold ? ', held' : ''}`]);
        }),
      );
  }
}

const TASK_CONTROLS = {
  pause: '/v1/runs/{id}/tasks/{taskId}/pause',
  resume: '/v1/runs/{id}/tasks/{taskId}/resume',
  rerun: '/v1/runs/{id}/tasks/{taskId}/rerun',
} as const;

export function registerTasks(program: Command, run: Run): void {
  const tasks = program.command('tasks').description('one task of a run (TASK is its key or id)');
  for (const [name, path] of Object.entries(TASK_CONTROLS) as [
    keyof typeof TASK_CONTROLS,
    (typeof TASK_CONTROLS)[keyof typeof TASK_CONTROLS],
  ][]) {
    tasks
      .command(`${name} <run> <task>`)
      .description(`${name} one task`)
      .option('--reason <text>', 'why (recorded in the run’s event log)')
      .action(
        run(async (ctx, id: string, task: string, opts: { reason?: string }) => {
          const runId = await resolveRun(ctx, id);
          const all = await runTasks(ctx, runId);
          const found = all.find((t) => t.key === task || t.id === task);
          if (!found) throw new CliError(`run ${runId} has no task ${task}`);
          const reason = opts.reason;
          unwrap(await ctx.api.POST(path, { params: { path: { id: runId, taskId: found.id } }, body: reason ? { reason } : {} }));
          const after = unwrap(await ctx.api.GET('/v1/runs/{id}/tasks/{taskId}', { params: { path: { id: runId, taskId: found.id } } }));
          ctx.print(after, () => [`${name}: task ${after.key} is ${after.status}`]);
        }),
      );
  }
}
