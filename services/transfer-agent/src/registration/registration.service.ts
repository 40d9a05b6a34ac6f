import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { dialableHost, listenerScheme, OutgoingTls, redactUrl } from '@cutover/common';
import { CUTOVER_VERSION } from '@cutover/contracts';
import { AgentConfig } from '../config/agent.config';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';

/**
 * With ORCHESTRATOR_URL set, the agent registers itself (presenting the registration token) and
 * then sends heartbeats with its own token. Registration is retried until the orchestrator answers,
 * so agents may start before it.
 */
@Injectable()
export class RegistrationService implements OnApplicationShutdown {
  private readonly logger = new Logger('Registration');
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  agentId: string | null = null;

  constructor(
    @Inject(AgentConfig) private readonly config: AgentConfig,
    @Inject(ENGINE) private readonly engine: Engine,
    @Inject(OutgoingTls) private readonly tls: OutgoingTls,
  ) {}

  /** Called once the HTTP server listens, with the port it bound (it may be ephemeral). */
  start(port: number): void {
    this.port = port;
    if (this.config.orchestratorUrl) this.schedule(0);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** The URL the orchestrator should use for this agent. */
  publicUrl(listeningPort: number): string {
    return this.config.publicUrl ?? `${listenerScheme(this.config)}://${dialableHost(this.config.host)}:${listeningPort}`;
  }

  private port = 0;

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      if (!this.agentId) await this.register();
      else await this.heartbeat();
      this.schedule(this.config.heartbeatSeconds * 1000);
    } catch (error) {
      this.logger.warn(`orchestrator at ${redactUrl(this.config.orchestratorUrl ?? '')}: ${(error as Error).message}; retrying`);
      this.schedule(Math.min(this.config.heartbeatSeconds, 5) * 1000);
    }
  }

  private async register(): Promise<void> {
    const info = await this.engine.info();
    const res = await this.tls.fetch(new URL('v1/agents/register', withSlash(this.config.orchestratorUrl!)), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Registration-Token': this.config.registrationToken! },
      body: JSON.stringify({
        name: this.config.name,
        baseUrl: this.publicUrl(this.port),
        token: this.config.token,
        engine: this.engine.kind,
        version: `${CUTOVER_VERSION} (${info.serverVersion})`,
      }),
    });
    if (!res.ok) throw new Error(`registration refused: ${res.status} ${await problemDetail(res)}`);
    this.agentId = ((await res.json()) as { id: string }).id;
    this.logger.log(`registered with the orchestrator as ${this.config.name} (${this.agentId})`);
  }

  private async heartbeat(): Promise<void> {
    const res = await this.tls.fetch(new URL(`v1/agents/${this.agentId}/heartbeat`, withSlash(this.config.orchestratorUrl!)), {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.config.token}` },
    });
    if (res.status === 404)
      this.agentId = null; // forgotten by the orchestrator: register again
    else if (!res.ok) throw new Error(`heartbeat refused: ${res.status} ${await problemDetail(res)}`);
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

async function problemDetail(res: Response): Promise<string> {
  try {
    return ((await res.json()) as { detail?: string }).detail ?? '';
  } catch {
    return '';
  }
}
