import type { Command } from 'commander';
import { formatTableRef } from '@cutover/contracts';
import { unwrap } from '@cutover/orchestrator-client';
import { CliError, duration, EXIT, n, table, type Context } from '../context';
import type { Run } from '../main-types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const pct = (x: number | null) => (x === null ? '-' : `${x > 0 ? '+' : ''}${x}%`);

/** A rehearsal named by its id or its label. */
async function rehearsalId(ctx: Context, upgradeId: string, name: string): Promise<string> {
  if (UUID.test(name)) return name;
  const page = unwrap(await ctx.api.GET('/v1/upgrades/{id}/rehearsals', { params: { path: { id: upgradeId }, query: { limit: 1000 } } }));
  const found = page.items.find((r) => r.label === name);
  if (!found) throw new CliError(`no rehearsal labelled "${name}" (labels: ${page.items.map((r) => r.label).join(', ') || 'none'})`);
  return found.id;
}

export function registerRehearsals(program: Command, run: Run): void {
  const rehearsals = program.command('rehearsals').description('mock cutovers: recorded runs, compared');
  rehearsals
    .command('list')
    .description("the upgrade's rehearsals with their windows")
    .action(
      run(async (ctx) => {
        const upgrade = await ctx.upgrade();
        const page = unwrap(
          await ctx.api.GET('/v1/upgrades/{id}/rehearsals', { params: { path: { id: upgrade.id }, query: { limit: 1000 } } }),
        );
        ctx.print(page.items, () =>
          page.items.length
            ? table(page.items.map((r) => [r.label, duration(r.windowSeconds), r.runs.map((x) => x.kind).join(' + '), r.id]))
            : ['no rehearsal recorded'],
        );
      }),
    );
  rehearsals
    .command('compare <base> <candidate>')
    .description('two rehearsals (label or id) side by side: new failures, then the slowest movers')
    .action(
      run(async (ctx, base: string, candidate: string) => {
        const upgrade = await ctx.upgrade();
        const [a, b] = await Promise.all([rehearsalId(ctx, upgrade.id, base), rehearsalId(ctx, upgrade.id, candidate)]);
        const cmp = unwrap(
          await ctx.api.GET('/v1/upgrades/{id}/rehearsals/compare', {
            params: { path: { id: upgrade.id }, query: { base: a, candidate: b } },
          }),
        );
        ctx.print(cmp, () => [
          `${cmp.base.label} ${duration(cmp.base.windowSeconds)} → ${cmp.candidate.label} ${duration(cmp.candidate.windowSeconds)} (${pct(cmp.windowChangePercent)})`,
          ...table([
            ['', 'name', 'base', 'candidate', 'change', 'rows/s'],
            ...cmp.items.map((i) => [
              i.newFailure ? 'NEW FAILURE' : i.candidate?.failed ? 'failed' : '',
              i.name,
              i.base?.seconds == null ? '-' : `${i.base.seconds}s`,
              i.candidate?.seconds == null ? '-' : `${i.candidate.seconds}s`,
              pct(i.changePercent),
              `${n(i.base?.rowsPerSecond)} → ${n(i.candidate?.rowsPerSecond)}`,
            ]),
          ]),
        ]);
      }),
    );
}

export function registerForecast(program: Command, run: Run): void {
  program
    .command('forecast')
    .description("production's single-user window forecast from a rehearsal: critical path, phases, threads curve")
    .requiredOption('--rehearsal <label-or-id>', 'the rehearsal to scale from')
    .option('--threads <n>', "threads of the production runs (default: the upgrade's)")
    .action(
      run(async (ctx, opts: { rehearsal: string; threads?: string }) => {
        const threads = opts.threads === undefined ? undefined : Number(opts.threads);
        if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))
          throw new CliError('--threads takes a positive integer', EXIT.usage);
        const upgrade = await ctx.upgrade();
        const id = await rehearsalId(ctx, upgrade.id, opts.rehearsal);
        const f = unwrap(
          await ctx.api.GET('/v1/upgrades/{id}/forecast', { params: { path: { id: upgrade.id }, query: { rehearsal: id, threads } } }),
        );
        ctx.print(f, () => [
          `forecast window at ${f.threads} threads: ${duration(f.windowSeconds)} (${f.windowSeconds}s; the rehearsal took ${duration(f.rehearsalWindowSeconds)})`,
          `task times: ${f.durations.basis}`,
          `critical path (${duration(f.criticalPathSeconds)} of work, ${duration(f.windowSeconds - f.criticalPathSeconds)} waiting for threads):`,
          ...table(
            f.criticalPath.map((s) => [`  ${s.phase}`, s.key, `${s.seconds}s`, s.waitedSeconds > 0 ? `waited ${s.waitedSeconds}s` : '']),
          ),
          'phases:',
          ...table(
            f.phases
              .filter((p) => p.tasks > 0)
              .map((p) => [`  ${p.phase}`, `${p.tasks} task(s)`, `${p.workSeconds}s of work`, `${p.criticalSeconds}s critical`]),
          ),
          `threads curve: ${f.threadsCurve.map((p) => `${p.threads}:${Math.round(p.windowSeconds)}s`).join(' ')}`,
          ...(f.estimated.length
            ? [`${f.estimated.length} task(s) without a rehearsal measure:`, ...f.estimated.map((e) => `  ${e.key}: ${e.method}`)]
            : []),
          ...(f.notRehearsed.length ? [`not in the rehearsal (not forecast): ${f.notRehearsed.map(formatTableRef).join(', ')}`] : []),
        ]);
      }),
    );
}
