import type { Command } from 'commander';
import { unwrap, type OrchestratorSchemas } from '@cutover/orchestrator-client';
import { CliError, n, table, type Context } from '../context';
import type { Run } from '../main-types';
import { watchRun } from '../watch';
import { formatTableRef } from '@cutover/contracts';

const STEPS = {
  readiness: '/v1/upgrades/{id}/readiness/runs',
  live: '/v1/upgrades/{id}/live/runs',
  delta: '/v1/upgrades/{id}/delta/runs',
  backup: '/v1/upgrades/{id}/backup/runs',
  'recovery-model': '/v1/upgrades/{id}/recovery-model/runs',
  'single-user': '/v1/upgrades/{id}/single-user/runs',
} as const;

interface StepOptions {
  override?: string;
  watch?: boolean;
}

async function system(ctx: Context, nameOrId: string): Promise<OrchestratorSchemas['SystemDto']> {
  const systems = unwrap(await ctx.api.GET('/v1/systems', { params: { query: { limit: 1000 } } })).items;
  const found = systems.find((s) => s.name === nameOrId || s.id === nameOrId);
  if (!found) throw new CliError(`no system named ${nameOrId} (known: ${systems.map((s) => s.name).join(', ') || 'none'})`);
  return found;
}

async function started(ctx: Context, run: OrchestratorSchemas['RunDto'], label: string, watch?: boolean): Promise<void> {
  ctx.print(run, () => [`${label}: run ${run.id} started (${run.counts.total} tasks)`]);
  if (watch) await watchRun(ctx, run.id);
}

export function registerPreprocessing(program: Command, run: Run): void {
  for (const [step, path] of Object.entries(STEPS) as [keyof typeof STEPS, (typeof STEPS)[keyof typeof STEPS]][]) {
    const group = program.commands.find((c) => c.name() === step) ?? program.command(step).description(`${step} preprocessing step`);
    group
      .command('run')
      .description(`start the ${step} run of the upgrade`)
      .option('--override <reason>', 'admin: start despite open checklist prerequisites')
      .option('--watch', 'follow the run until it ends (exit codes as `runs watch`)')
      .action(
        run(async (ctx, opts: StepOptions) => {
          const upgrade = await ctx.upgrade();
          const body = opts.override ? { override: { reason: opts.override } } : {};
          const created = unwrap(await ctx.api.POST(path, { params: { path: { id: upgrade.id } }, body }));
          await started(ctx, created, step, opts.watch);
        }),
      );
  }
  registerSingleUser(
    program.commands.find((c) => c.name() === 'single-user')!,
    run,
  );
  registerStateTransfer(program, run);
  registerSequences(program, run);
}

function registerSingleUser(singleUser: Command, run: Run): void {
  singleUser
    .command('enter <system>')
    .description('put a system (name or id) in single-user mode')
    .option('--force', 'end other logins’ sessions')
    .action(
      run(async (ctx, name: string, opts: { force?: boolean }) => {
        const s = await system(ctx, name);
        const after = unwrap(
          await ctx.api.POST('/v1/systems/{id}/single-user', { params: { path: { id: s.id } }, body: { force: opts.force ?? false } }),
        );
        ctx.print(after, () => [`${after.name}: ${after.mode}`]);
      }),
    );
  singleUser
    .command('exit <system>')
    .description('return a system to multi-user mode')
    .action(
      run(async (ctx, name: string) => {
        const s = await system(ctx, name);
        const after = unwrap(await ctx.api.POST('/v1/systems/{id}/single-user/exit', { params: { path: { id: s.id } } }));
        ctx.print(after, () => [`${after.name}: ${after.mode}`]);
      }),
    );
  singleUser
    .command('violations <system>')
    .description('writes and logins the single-user guard saw')
    .action(
      run(async (ctx, name: string) => {
        const s = await system(ctx, name);
        const v = unwrap(await ctx.api.GET('/v1/systems/{id}/single-user/violations', { params: { path: { id: s.id } } }));
        ctx.print(v, () => [
          `${s.name}: ${v.changes.length} change(s), ${v.attempts.length} attempt(s), ${v.guardedTables} guarded table(s)`,
        ]);
      }),
    );
}

function registerStateTransfer(program: Command, run: Run): void {
  const st = program.command('state-transfer').description('carry the test system’s state to production');
  st.command('status')
    .description('backup point, tables, progress, what comes next')
    .action(
      run(async (ctx) => {
        const upgrade = await ctx.upgrade();
        const s = unwrap(await ctx.api.GET('/v1/upgrades/{id}/state-transfer', { params: { path: { id: upgrade.id } } }));
        ctx.print(s, () => [
          `state transfer of upgrade ${upgrade.name}: ${s.tables.length} table(s); next: ${s.next.join('; ') || 'nothing'}`,
          ...table([
            ['TABLE', 'PHASE', 'RANGES', 'ROWS'],
            ...s.progress.map((p) => [
              formatTableRef(p.table),
              p.phase,
              `${p.rangesDone}/${p.ranges}`,
              `${n(p.rowsDone)}/${n(p.rowsTotal)}`,
            ]),
          ]),
        ]);
      }),
    );
  st.command('run')
    .description('start the state transfer')
    .option('--dry-run', 'plan and check only')
    .option('--override <reason>', 'admin: start despite open checklist prerequisites')
    .option('--watch', 'follow the run until it ends')
    .action(
      run(async (ctx, opts: { dryRun?: boolean; override?: string; watch?: boolean }) => {
        const upgrade = await ctx.upgrade();
        const body = { ...(opts.dryRun ? { dryRun: true } : {}), ...(opts.override ? { override: { reason: opts.override } } : {}) };
        const created = unwrap(await ctx.api.POST('/v1/upgrades/{id}/state-transfer/runs', { params: { path: { id: upgrade.id } }, body }));
        for (const p of created.problems) process.stderr.write(`problem: ${p}\n`);
        if (!created.run)
          ctx.print(created, () => [`dry run: ${created.problems.length} problem(s), ${created.advisories.length} advisory(ies)`]);
        else await started(ctx, created.run, 'state transfer', opts.watch);
      }),
    );
  st.command('backup-point')
    .description('record the production backup point the transfer starts from')
    .action(
      run(async (ctx) => {
        const upgrade = await ctx.upgrade();
        const point = unwrap(await ctx.api.POST('/v1/upgrades/{id}/state-transfer/backup-point', { params: { path: { id: upgrade.id } } }));
        ctx.print(point, () => [`backup point: ${JSON.stringify(point)}`]);
      }),
    );
}

function registerSequences(program: Command, run: Run): void {
  const seq = program.command('sequences').description('number sequences: preview, then apply with confirmation');
  seq
    .command('preview')
    .description('the values the test system’s number sequences would be set to')
    .action(
      run(async (ctx) => {
        const upgrade = await ctx.upgrade();
        const s = unwrap(await ctx.api.GET('/v1/upgrades/{id}/state-transfer/number-sequences', { params: { path: { id: upgrade.id } } }));
        ctx.print(s, () =>
          table([
            ['SEQUENCE', 'IN SYNC', 'VALUE TO SET', 'PROBLEM'],
            ...s.sequences.map((q) => [q.key, q.inSync ? 'yes' : 'no', JSON.stringify(q.valueToSet), q.problem ?? '']),
          ]),
        );
      }),
    );
  seq
    .command('apply')
    .description('apply the previewed values (asks for --yes: an explicit confirmation)')
    .option('--yes', 'confirm: apply exactly the values the preview shows now')
    .action(
      run(async (ctx, opts: { yes?: boolean }) => {
        if (!opts.yes)
          throw new CliError('sequences apply changes production number sequences: review `cutover sequences preview`, then pass --yes', 2);
        const upgrade = await ctx.upgrade();
        const preview = unwrap(
          await ctx.api.GET('/v1/upgrades/{id}/state-transfer/number-sequences', { params: { path: { id: upgrade.id } } }),
        );
        // Exactly what the preview shows: apply refuses (409) if production changed since.
        const sequences = preview.sequences
          .filter((q) => q.production && !q.problem && !q.inSync)
          .map((q) => {
            const p = q.production as { next: string; max: string };
            return { key: q.key, scope: q.scope, productionNext: p.next, productionMax: p.max };
          });
        const applied = unwrap(
          await ctx.api.POST('/v1/upgrades/{id}/state-transfer/number-sequences/apply', {
            params: { path: { id: upgrade.id } },
            body: { sequences },
          }),
        );
        ctx.print(applied, () => [`applied ${sequences.length} number sequence(s)`]);
      }),
    );
}
