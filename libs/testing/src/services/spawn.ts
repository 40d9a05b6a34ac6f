import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, GiveUp } from '../eventually';
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
    await untilListening(child, Number(new URL(url).port));
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

/**
 * Waits until the port is listened on by `child` itself. A free port is chosen before the child
 * binds it, so a service of a suite running beside this one can take it first and answer /health
 * for the child (seen: a spawned orchestrator's test talking to another suite's agent, "404: Cannot
 * POST /v1/agents"); the child then fails to bind and exits. Linux's /proc says which process holds
 * the listening socket; where there is no /proc, this checks nothing.
 */
async function untilListening(child: ChildProcess, port: number): Promise<void> {
  if (!existsSync('/proc/net/tcp') || child.pid === undefined) return;
  const pid = child.pid;
  await eventually(
    () => {
      if (child.exitCode !== null) throw new GiveUp(`the process exited: port ${port} is another process's`);
      const inodes = listeningInodes(port);
      return ownSocketInodes(pid).some((inode) => inodes.has(inode)) || undefined;
    },
    { message: `the spawned process (pid ${pid}) to listen on port ${port} itself`, deadline: 60_000, intervalMs: 50 },
  );
}

/** Socket inodes listening on `port` (IPv4 and IPv6), from /proc/net/tcp{,6}: state 0A is LISTEN. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[3] === '0A' && parseInt(f[1].split(':')[1], 16) === port) inodes.add(f[9]);
    }
  }
  return inodes;
}

/** The inodes of the sockets a process holds open. */
function ownSocketInodes(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
      try {
        return [/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]].filter((x): x is string => !!x);
      } catch {
        return []; // closed meanwhile
      }
    });
  } catch {
    return [];
  }
}

/** SIGKILL, as in a crash; resolves once the process has exited. */
export async function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}
