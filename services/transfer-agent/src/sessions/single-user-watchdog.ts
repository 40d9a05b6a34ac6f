import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AgentConfig } from '../config/agent.config';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';
import type { SingleUserAttemptDto, SingleUserStatusDto } from './sessions.dto';

const MAX_ATTEMPTS = 1000;

/**
 * Single-user mode that holds: the restriction alone admits PostgreSQL superusers (CONNECT does
 * not bind them) and SQL Server's sysadmin and db_owner (RESTRICTED_USER). While the database is
 * in single-user mode, the watchdog ends every session of another login within
 * AGENT_SINGLE_USER_WATCH_MS (250 ms) and records each as an attempt (login, host, application, time). A restarted agent
 * finds the mode on the database and resumes watching. Attempts are kept in memory (the last
 * 1,000) and logged: a write such a session managed first is recorded by the write guard.
 */
@Injectable()
export class SingleUserWatchdog implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SingleUserWatchdog');
  private timer: NodeJS.Timeout | undefined;
  private since: string | null = null;
  private stopped = false;
  private readonly attempts: SingleUserAttemptDto[] = [];

  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    @Inject(AgentConfig) private readonly config: AgentConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const active = await this.engine.singleUserActive().catch((e: Error) => {
      this.logger.warn(`cannot tell whether the database is in single-user mode: ${e.message}`);
      return false;
    });
    if (active) {
      this.logger.log('the database is in single-user mode: watching for other logins again');
      this.arm();
    }
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  arm(): void {
    if (this.since || this.config.singleUserWatchMs === 0) return;
    this.since = new Date().toISOString();
    this.attempts.length = 0;
    this.schedule(0);
  }

  disarm(): void {
    this.since = null;
    clearTimeout(this.timer);
  }

  status(): Omit<SingleUserStatusDto, 'guardedTables' | 'writes'> {
    return { active: this.since !== null, since: this.since, attempts: [...this.attempts] };
  }

  private schedule(delayMs: number): void {
    if (this.stopped || !this.since) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const ended = await this.engine.endForeignSessions();
      const at = new Date().toISOString();
      for (const s of ended) {
        this.attempts.push({ login: s.login, host: s.host, application: s.application, connectedAt: s.since, endedAt: at });
        this.logger.warn(`single-user mode: ended a session of ${s.login} from ${s.host ?? 'a local socket'} (${s.application ?? '?'})`);
      }
      if (this.attempts.length > MAX_ATTEMPTS) this.attempts.splice(0, this.attempts.length - MAX_ATTEMPTS);
    } catch (error) {
      if (!this.stopped) this.logger.warn(`single-user watchdog: ${(error as Error).message}`);
    } finally {
      this.schedule(this.config.singleUserWatchMs);
    }
  }
}
