import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { AgentRequestError, type AgentClient, type AgentOperation, type StartOperationRequest } from '@cutover/agent-client';
import { ProblemException } from '@cutover/common';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { isTransientError } from '../runs/transient-faults';
import { SystemsService } from './systems.service';

/** An operation request without its id (the caller's purpose, or the task attempt, supplies it). */
export type OperationRequest = Omit<StartOperationRequest, 'id'>;

export const FINAL_OPERATION_STATUSES: ReadonlySet<string> = new Set(['succeeded', 'failed', 'canceled']);

/** The agent stayed unreachable for longer than AGENT_GRACE_SECONDS. */
export class AgentGaveUpError extends Error {}

/**
 * Long-poll length: an operation that ends sooner answers at once, so this only bounds how stale
 * a running operation's progress can get in the orchestrator.
 */
export const POLL_SECONDS = 2;

/**
 * The one way the orchestrator calls an agent. Operations run to their end under an id of the
 * caller's (a task attempt's, see AgentOperationRunner, or `<purpose>.<uuid>` for one an operator
 * waits for); an agent briefly unreachable is ridden out for AGENT_GRACE_SECONDS; a 4xx from the
 * agent keeps its status and members; an aborted caller cancels its operation. Reads that are not
 * operations (info, catalog, sessions) use `client()`.
 */
@Injectable()
export class AgentGateway {
  private readonly logger = new Logger('AgentGateway');

  constructor(
    private readonly systems: SystemsService,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
  ) {}

  /** The agent client of a system. */
  client(systemId: string): Promise<AgentClient> {
    return this.systems.client(systemId);
  }

  /**
   * Runs one operation outside any task (an operator's request waits for it) to a final status.
   * The first contact is not retried: an agent that is down is answered at once. Once started, a
   * restarted agent that forgot it gets it again under the same id (these operations read, or
   * compare-and-set, so running one again is safe).
   */
  async run(systemId: string, request: OperationRequest, purpose: string, signal?: AbortSignal): Promise<AgentOperation> {
    const client = await this.client(systemId);
    const body = { ...request, id: `${purpose}.${randomUUID()}` } as StartOperationRequest;
    let op = await this.start(client, body, POLL_SECONDS);
    while (!FINAL_OPERATION_STATUSES.has(op.status)) {
      if (signal?.aborted) {
        await this.cancel(client, body.id);
        throw signal.reason;
      }
      op =
        (await this.tolerate(body.id, () => client.getOperation(body.id, POLL_SECONDS))) ?? (await this.start(client, body, POLL_SECONDS));
    }
    return op;
  }

  /** Runs the operation and returns its result's one member; anything but success is a 409 naming why. */
  async result(systemId: string, request: OperationRequest, purpose: string): Promise<unknown> {
    const op = await this.run(systemId, request, purpose);
    if (op.status !== 'succeeded') throw new ConflictException(`${request.type} ${op.status}: ${op.error?.message ?? ''}`);
    return Object.values(op.result ?? {})[0];
  }

  /** Starts an operation (or finds it, same id); a 4xx from the agent becomes a problem with its status and members. */
  async start(client: AgentClient, body: StartOperationRequest, waitSeconds: number): Promise<AgentOperation> {
    try {
      return await client.startOperation(body, waitSeconds);
    } catch (error) {
      if (error instanceof AgentRequestError && error.status < 500) {
        const { type: _t, title: _ti, status: _s, detail: _d, instance: _i, ...extensions } = error.problem;
        throw new ProblemException(error.status, error.detail, extensions);
      }
      throw error;
    }
  }

  /** Asks the agent to cancel an operation; a failure is logged (the operation may have ended meanwhile). */
  async cancel(client: AgentClient, id: string): Promise<void> {
    await client.cancelOperation(id).catch((error: Error) => this.logger.warn(`could not cancel ${id}: ${error.message}`));
  }

  /** Rides out an agent that is briefly unreachable (restart, network blip) before giving up (AgentGaveUpError). */
  async tolerate<T>(what: string, call: () => Promise<T>): Promise<T> {
    const grace = this.config.agentGraceSeconds;
    const deadline = Date.now() + grace * 1000;
    for (let delay = 500; ; delay = Math.min(delay * 2, 5000)) {
      try {
        return await call();
      } catch (error) {
        if (!isTransientError(error)) throw error;
        if (Date.now() > deadline) throw new AgentGaveUpError(`${(error as Error).message} (gave up after ${grace} s)`);
        this.logger.warn(`${what}: ${(error as Error).message}; retrying`);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}
