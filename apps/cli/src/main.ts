#!/usr/bin/env node
/**
 * `cutover`: the operator's command line for the orchestrator, on the generated client.
 *
 *   CUTOVER_URL=http://127.0.0.1:7300 CUTOVER_API_KEY=… cutover status
 *   cutover runs watch latest        # live bars; exit 0 ended, 3 error, 4 canceled
 *   cutover --json runs show latest  # machine output
 */
import { Command, CommanderError, Option } from 'commander';
import { registerPreprocessing } from './commands/preprocessing';
import { registerForecast, registerRehearsals } from './commands/rehearsals';
import { registerRuns, registerTasks } from './commands/runs';
import { registerUpgrade } from './commands/upgrade';
import { Context, describeError, EXIT, type GlobalOptions } from './context';
import type { Action, Run } from './main-types';

/** The context of the command being run, to describe its failure (a TLS error names the orchestrator's URL). */
let current: Context | undefined;

export function buildProgram(): Command {
  const program = new Command('cutover')
    .description('Operate a Cutover upgrade: checklist, preprocessing, data upgrade runs and their controls.')
    .addOption(new Option('--url <url>', 'orchestrator URL').env('CUTOVER_URL'))
    .addOption(new Option('--api-key <key>', 'API key (viewer, operator or admin)').env('CUTOVER_API_KEY'))
    .addOption(new Option('--upgrade <id>', 'upgrade id (default: the most recent upgrade)').env('CUTOVER_UPGRADE'))
    .addOption(
      new Option('--ca <file>', 'PEM CA bundle trusted for an HTTPS orchestrator (replaces the public CAs)').env('CUTOVER_CA_FILE'),
    )
    .addOption(
      new Option('--cert <file>', 'client certificate (PEM) for an orchestrator that requires mutual TLS').env('CUTOVER_CLIENT_CERT_FILE'),
    )
    .addOption(new Option('--key <file>', 'the client certificate’s private key (PEM)').env('CUTOVER_CLIENT_KEY_FILE'))
    .option('--json', 'machine output (JSON; `runs watch` prints one JSON object per event)')
    .addHelpText(
      'after',
      `\nExit codes: 0 ok, 1 failed (the orchestrator's problem detail is printed), 2 usage, 3 run ended in error, 4 run canceled.`,
    )
    .showHelpAfterError()
    .exitOverride();
  const run: Run =
    (action: Action) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const ctx = new Context(command.optsWithGlobals<GlobalOptions>());
      current = ctx;
      await (action as (ctx: Context, ...rest: unknown[]) => Promise<void>)(ctx, ...args.slice(0, -1));
    };
  registerUpgrade(program, run);
  registerRuns(program, run);
  registerTasks(program, run);
  registerPreprocessing(program, run);
  registerRehearsals(program, run);
  registerForecast(program, run);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { message, status, exitCode } = describeError(error, current);
    if (json) process.stdout.write(`${JSON.stringify({ error: { message, ...(status ? { status } : {}), exitCode } })}\n`);
    process.stderr.write(`cutover: ${message}\n`);
    return exitCode;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`cutover: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
