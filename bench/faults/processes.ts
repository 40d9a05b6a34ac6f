import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitForHealth } from '@cutover/testing';
import { inNamespace } from './network';

const DIST = join(__dirname, '..', '..');

/** Every service started and not stopped, to stop them all when the suite is interrupted. */
export const LIVE = new Set<Service>();

/**
 * A service process (agent or orchestrator) under a supervisor, as systemd would run it: when it
 * exits without being killed on purpose, it is started again after a second, and that counts as
 * a crash (reported). `kill` is the fault: SIGKILL, then (unless told otherwise) a restart.
 */
export class Service {
  private child: ChildProcess | null = null;
  private stopping = false;
  crashes = 0;
  readonly logs: string[] = [];

  constructor(
    readonly name: string,
    private readonly entry: 'agent' | 'orchestrator',
    readonly env: Record<string, string>,
    readonly url: string,
    private readonly ns: string | null = null,
  ) {}

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const main = join(DIST, 'services', this.entry === 'agent' ? 'transfer-agent' : 'orchestrator', 'src', 'main.js');
    const [file, args] = inNamespace(this.ns, process.execPath, [main]);
    const child = spawn(file, args, { env: { ...process.env, LOG_LEVEL: 'warn', ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const s of [child.stdout, child.stderr]) s.on('data', (b: Buffer) => this.log(b.toString('utf8')));
    this.child = child;
    this.stopping = false;
    LIVE.add(this);
    child.once('exit', (code, signal) => {
      if (this.stopping || this.child !== child) return;
      this.crashes++;
      this.log(`[supervisor] ${this.name} exited by itself (${signal ?? code}); starting it again in 1 s\n`);
      setTimeout(() => void this.start().catch((e: Error) => this.log(`[supervisor] restart failed: ${e.message}\n`)), 1000);
    });
    // Generous: on a loaded 2-core machine a cold Nest boot has taken over 60 s.
    await waitForHealth(this.url, () => this.child === child && this.alive, 180_000);
  }

  /** SIGKILL; started again after `restartAfterMs` unless that is null. */
  async kill(restartAfterMs: number | null): Promise<void> {
    await this.stop('SIGKILL');
    if (restartAfterMs === null) return;
    await new Promise((r) => setTimeout(r, restartAfterMs));
    await this.start();
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.stopping = true;
    LIVE.delete(this);
    if (!child || !this.alive) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  private log(text: string): void {
    this.logs.push(text);
    if (this.logs.length > 400) this.logs.splice(0, this.logs.length - 400);
  }
}

export function agentService(name: string, databaseUrl: string, token: string, port: number, host: string, ns: string | null): Service {
  return new Service(
    name,
    'agent',
    {
      AGENT_ENGINE: 'postgres',
      AGENT_DATABASE_URL: databaseUrl,
      AGENT_TOKEN: token,
      AGENT_PORT: String(port),
      AGENT_HOST: ns ? '0.0.0.0' : '127.0.0.1',
      AGENT_NAME: name,
    },
    `http://${host}:${port}`,
    ns,
  );
}

export function orchestratorService(name: string, databaseUrl: string, secret: string, adminKey: string, port: number): Service {
  return new Service(
    name,
    'orchestrator',
    {
      DATABASE_URL: databaseUrl,
      ORCHESTRATOR_SECRET_KEY: secret,
      ORCHESTRATOR_ADMIN_KEY: adminKey,
      ORCHESTRATOR_PORT: String(port),
      QUEUE_MONITOR_SECONDS: '1',
      JOB_HEARTBEAT_SECONDS: '10',
    },
    `http://127.0.0.1:${port}`,
  );
}
