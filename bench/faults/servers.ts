import { execFile } from 'node:child_process';
import { chmod, chown, mkdir, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { freePort, serverUser, startEmbeddedPostgres, type RunningPostgres } from '@cutover/testing';

const run = promisify(execFile);

/** `ip …` (netns, links, routes), as root. */
export async function ip(...args: string[]): Promise<void> {
  await run('ip', args);
}

/** Any address may connect with the password: agents in their own network namespaces reach the servers over veth. */
const HBA_FILE = '/tmp/cutover-faults-hba.conf';

/**
 * One PostgreSQL server of the fault suite, restartable on the same port and data directory
 * (a restart of the state or target database server is one of the faults).
 */
export class PgServer {
  private running!: RunningPostgres;
  private port!: number;

  constructor(
    readonly name: string,
    private readonly listen: string,
  ) {}

  get url(): string {
    return this.running.url;
  }

  async start(): Promise<void> {
    await writeFile(HBA_FILE, 'local all all scram-sha-256\nhost all all 0.0.0.0/0 scram-sha-256\n', { mode: 0o644 });
    this.port ??= await freePort();
    this.running = await startEmbeddedPostgres({
      persistent: true,
      port: this.port,
      ...(this.running ? { dataDir: this.running.dataDir } : {}),
      settings: {
        fsync: 'off',
        synchronous_commit: 'off',
        full_page_writes: 'off',
        listen_addresses: this.listen,
        hba_file: HBA_FILE,
      },
    });
  }

  /** Fast shutdown (sessions ended), down for `downMs`, started again. */
  async restart(downMs: number): Promise<void> {
    await this.running.stop();
    await new Promise((r) => setTimeout(r, downMs));
    await this.start();
  }

  async destroy(): Promise<void> {
    await this.running?.stop();
    if (this.running) await rm(this.running.dataDir, { recursive: true, force: true });
  }
}

/** A URL of `url`'s database as seen from another host (an agent in its namespace). */
export function viaHost(url: string, host: string): string {
  const u = new URL(url);
  u.hostname = host;
  return u.toString();
}

/**
 * A small tmpfs as the target's tablespace, to fill the disk: mounted small, the copy fails
 * with "No space left on device"; remounted large, a rerun of the failed ranges finishes.
 */
export class SmallDisk {
  readonly path = '/tmp/cutover-faults-tblspc';

  async mount(sizeMb: number): Promise<void> {
    await this.unmount(); // left over by an interrupted suite
    await mkdir(this.path, { recursive: true });
    await run('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'cutover-faults', this.path]);
    const user = await serverUser();
    if (user) await chown(this.path, user.uid, user.gid);
    await chmod(this.path, 0o700);
  }

  async resize(sizeMb: number): Promise<void> {
    await run('mount', ['-o', `remount,size=${sizeMb}m`, this.path]);
  }

  async unmount(): Promise<void> {
    await run('umount', [this.path]).catch(() => undefined);
    await rm(this.path, { recursive: true, force: true }).catch(() => undefined);
  }
}
