import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitForHealthWith } from '../embedded-postgres';

/** The compiled entry point of a service (dist/services/<name>/src/main.js), for tests that spawn it as its own process. */
export const serviceMain = (service: 'orchestrator' | 'transfer-agent'): string =>
  join(__dirname, '..', '..', '..', '..', 'services', service, 'src', 'main.js');

/** How a spawned service runs: extra environment, and where its stdout and stderr go (default: stderr to ours, stdout dropped). */
export interface SpawnOptions {
  env?: Record<string, string>;
  /** LOG_LEVEL of the service (default `error`). */
  logLevel?: string;
  /** Pipe stdout and stderr (the caller reads them from the child). */
  output?: 'pipe';
  /** Every chunk the process writes to stdout or stderr, to grep its logs. */
  logs?: string[];
}

/**
 * stdio for a spawned service, and the capture of its output when `logs` is given: whole lines
 * (each ending in a newline), so stdout and stderr never interleave within a line.
 */
export function serviceOutput(child: ChildProcess, logs: string[] | undefined): void {
  if (!logs) return;
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const end = text.lastIndexOf('\n') + 1;
      partial = text.slice(end);
      if (end > 0) logs.push(text.slice(0, end));
    });
    stream?.on('end', () => partial && logs.push(`${partial}\n`));
  }
}

export const stdioFor = (options: SpawnOptions): ['ignore', 'pipe' | 'ignore', 'pipe' | 'inherit'] =>
  options.logs || options.output === 'pipe' ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'ignore', 'inherit'];

/**
 * Waits for a spawned service's health (through `fetchFn`, e.g. one trusting a test CA); one that
 * never becomes healthy is killed, so it cannot outlive the test (the file would never exit).
 */
export async function untilHealthy(url: string, child: ChildProcess, fetchFn: typeof fetch = fetch): Promise<void> {
  try {
    await waitForHealthWith(url, fetchFn, () => child.exitCode === null);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

/** SIGKILL, as in a crash; resolves once the process has exited. */
export async function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}
