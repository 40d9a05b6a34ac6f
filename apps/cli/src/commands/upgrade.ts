import type { Command } from 'commander';
import { OrchestratorRequestError, problemOf, unwrap, type TableRefLike } from '@cutover/orchestrator-client';
import { CliError, n, table, type Context } from '../context';
import { runLine } from './runs';
import type { Run } from '../main-types';
import { formatTableRef } from '@cutover/contracts';

const ref = (t: TableRefLike) => formatTableRef(t);

/** `schema.name` from the command line into a TableRef; the only place a dotted name is split, and only on the first dot. */
export function parseTableArg(text: string): TableRefLike {
  const dot = text.indexOf('.');
  if (dot <= 0 || dot === text.length - 1) throw new CliError(`--exclude takes SCHEMA.TABLE, got "${text}"`, 2);
  return { schema: text.slice(0, dot), name: text.slice(dot + 1) };
}

export function registerUpgrade(program: Command, run: Run): void {
  registerStatus(program, run);
  registerChecklist(program, run);
  registerPlan(program, run);
  registerLaunch(program, run);
  registerReport(program, run);
}

function registerStatus(program: Command, run: Run): void {
  program
    .command('status')
    .description('the upgrade at a glance: who you are, the checklist, the latest runs')
    .action(
      run(async (ctx) => {
        const [caller, upgrade] = await Promise.all([ctx.api.GET('/v1/info/caller').then(unwrap), ctx.upgrade()]);
        const checklist = unwrap(await ctx.api.GET('/v1/upgrades/{id}/checklist', { params: { path: { id: upgrade.id } } }));
        const runs = unwrap(await ctx.api.GET('/v1/runs', { params: { query: { limit: 5 } } })).items;
        const done = checklist.filter((t) => t.status === 'done').length;
        const next = checklist.find((t) => t.status !== 'done');
        ctx.print({ caller, upgrade, checklist: { done, total: checklist.length, next: next ?? null }, runs }, () => [
          `signed in as ${caller.actor} (${caller.role})`,
          `upgrade ${upgrade.name} (${upgrade.id})`,
          `checklist: ${done}/${checklist.length} done${next ? `; next: ${next.key} (${next.title}) ${next.status}` : ''}`,
          'latest runs:',
          ...(runs.length ? table(runs.map(runLine)).map((l) => `  ${l}`) : ['  none']),
        ]);
      }),
    );
}

function registerChecklist(program: Command, run: Run): void {
  const checklist = program.command('checklist').description('the upgrade checklist by section');
  checklist.action(
    run(async (ctx) => {
      const upgrade = await ctx.upgrade();
      const tasks = unwrap(await ctx.api.GET('/v1/upgrades/{id}/checklist', { params: { path: { id: upgrade.id } } }));
      ctx.print(tasks, () => {
        const lines: string[] = [];
        let section = '';
        for (const t of tasks) {
          if (t.section !== section) lines.push((section = t.section));
          const mark = t.status === 'done' ? '[x]' : t.status === 'blocked' ? '[!]' : '[ ]';
          const who = t.completedBy ? ` — ${t.completedBy} ${t.completedAt}` : '';
          const why = t.status === 'blocked' && t.blockedReason ? ` — ${t.blockedReason}` : '';
          lines.push(`  ${mark} ${t.key}: ${t.title}${who}${why}`);
        }
        return lines;
      });
    }),
  );
  checklist
    .command('complete <key>')
    .description('mark a manual checklist task done')
    .option('--notes <text>', 'notes kept with the task')
    .action(
      run(async (ctx, key: string, opts: { notes?: string }) => {
        const upgrade = await ctx.upgrade();
        const task = unwrap(
          await ctx.api.POST('/v1/upgrades/{id}/checklist/{key}/complete', {
            params: { path: { id: upgrade.id, key } },
            body: opts.notes ? { notes: opts.notes } : {},
          }),
        );
        ctx.print(task, () => [`${task.key}: ${task.status} (${task.completedBy ?? ''} ${task.completedAt ?? ''})`]);
      }),
    );
}

function registerPlan(program: Command, run: Run): void {
  program
    .command('plan')
    .description('compute the data-upgrade plan: each table’s mapping status, rows, ranges, problems')
    .action(
      run(async (ctx) => {
        const upgrade = await ctx.upgrade();
        const plan = unwrap(await ctx.api.POST('/v1/upgrades/{id}/data-upgrade/plan', { params: { path: { id: upgrade.id } } }));
        const s = plan.summary;
        ctx.print(plan, () => [
          `plan: ${s.ok}/${s.tables} tables ok, ${n(s.rows)} rows in ${s.ranges} ranges${s.notOk ? `, ${s.notOk} not ok` : ''}`,
          ...table([
            ['STATUS', 'TABLE', 'ROWS', 'RANGES', 'KEY', 'PROBLEMS'],
            ...plan.tables.map((t) => [
              t.status,
              ref(t.source) === ref(t.target) ? ref(t.source) : `${ref(t.source)} → ${ref(t.target)}`,
              n(t.rows),
              String(t.ranges.length),
              t.keyColumns.join(',') || '-',
              [...t.problems, ...t.advisories].join('; '),
            ]),
          ]).map((l) => `  ${l}`),
        ]);
      }),
    );
}

function registerLaunch(program: Command, run: Run): void {
  program
    .command('launch')
    .description('launch the data upgrade (source and target must be in single-user mode)')
    .option('--threads <n>', 'tasks executing at once', (v) => Number(v))
    .option('--exclude <tables...>', 'SCHEMA.TABLE to leave out', (v: string, prev: string[] = []) => [...prev, v])
    .option('--hold', 'create the run held: nothing starts until `runs release`')
    .option('--override <reason>', 'admin: launch despite open checklist prerequisites, recorded with this reason')
    .action(
      run(async (ctx, opts: { threads?: number; exclude?: string[]; hold?: boolean; override?: string }) => {
        const upgrade = await ctx.upgrade();
        const created = unwrap(
          await ctx.api.POST('/v1/upgrades/{id}/data-upgrade/runs', {
            params: { path: { id: upgrade.id } },
            body: {
              ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
              ...(opts.exclude ? { exclude: opts.exclude.map(parseTableArg) } : {}),
              ...(opts.hold ? { hold: true } : {}),
              ...(opts.override ? { override: { reason: opts.override } } : {}),
            },
          }),
        );
        ctx.print(created, () => [
          `launched data upgrade run ${created.id}: ${created.counts.total} tasks, ${created.threads} thread(s)`,
          `follow it: cutover runs watch ${created.id}`,
        ]);
      }),
    );
}

function registerReport(program: Command, run: Run): void {
  program
    .command('report [run]')
    .description('the verification report of a data upgrade run (default: the latest)')
    .option('--csv', 'the report as CSV')
    .action(
      run(async (ctx, runArg: string | undefined, opts: { csv?: boolean }) => {
        const upgrade = await ctx.upgrade();
        const runId = runArg ?? (await latestDataUpgradeRun(ctx, upgrade.id));
        const path = { id: upgrade.id, runId };
        if (opts.csv) {
          const res = await ctx.api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/report', {
            params: { path, query: { format: 'csv' } },
            parseAs: 'text',
          });
          if (!res.response.ok)
            throw new OrchestratorRequestError(
              res.response.status,
              String(problemOf(res.error, res.response).detail),
              problemOf(res.error, res.response),
            );
          process.stdout.write(String(res.data));
          return;
        }
        const report = unwrap(await ctx.api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/report', { params: { path } })) as unknown as {
          tables: { table: TableRefLike; sourceRows: number; targetRows: number; checksumMatch: boolean; rowsPerSecond: number | null }[];
        };
        ctx.print(report, () =>
          table([
            ['RESULT', 'TABLE', 'SOURCE ROWS', 'TARGET ROWS', 'ROWS/S'],
            ...report.tables.map((t) => [
              t.checksumMatch ? 'OK' : 'MISMATCH',
              ref(t.table),
              n(t.sourceRows),
              n(t.targetRows),
              n(t.rowsPerSecond),
            ]),
          ]),
        );
      }),
    );
}

async function latestDataUpgradeRun(ctx: Context, upgradeId: string): Promise<string> {
  const runs = unwrap(await ctx.api.GET('/v1/runs', { params: { query: { limit: 1000 } } })).items;
  const found = runs.find((r) => r.kind === 'data-upgrade' && r.upgradeId === upgradeId);
  if (!found) throw new CliError(`upgrade ${upgradeId} has no data upgrade run yet: cutover launch`);
  return found.id;
}
