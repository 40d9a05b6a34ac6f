import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AgentRequestError,
  AgentUnreachableError,
  type AgentClient,
  type AgentOperation,
  type StartOperationRequest,
} from '@cutover/agent-client';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { SystemsService } from '../systems/systems.service';
import { TaskCanceledError, TaskFailedError, type TaskContext, type TaskOutcome, type TaskRow } from './task-handler';

/**
 * The operation id on the agent: one per task attempt (and part, for a task that runs several
 * operations), so a repeated start is idempotent.
 */
export const operationId = (task: Pick<TaskRow, 'id' | 'attempt'>, part?: string) => `${task.id}.${task.attempt}${part ? `.${part}` : ''}`;

/** Where an operation runs when it is not the task's own system, or one of several operations of a task. */
export interface OperationTarget {
  systemId?: string;
  part?: string;
  /** False when several operations run for one task at once: their progress would overwrite each other. */
  progress?: boolean;
  /** A copy-range's export grant: renewed while the operation waits in the agent's queue. */
  grant?: GrantRenewal;
}

/** How to mint a fresh export grant for a copy-range, and how long one lives. */
export interface GrantRenewal {
  ttlSeconds: number;
  mint(): Promise<string>;
}

const FINAL = new Set(['succeeded', 'failed', 'canceled']);
/**
 * Long-poll length: an operation that ends sooner answers at once, so this only bounds how stale
 * a running operation's progress (rows, bytes) can get in the orchestrator.
 */
const POLL_SECONDS = 2;

/**
 * Executes a task as one agent operation and follows it to the end with long polls. Used by
 * every task kind whose work is a single operation; the kind only decides the request.
 */
@Injectable()
export class AgentOperationRunner {
  private readonly logger = new Logger('AgentOperation');

  constructor(
    private readonly systems: SystemsService,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
  ) {}

  async run(task: TaskRow, request: Omit<StartOperationRequest, 'id'>, ctx: TaskContext, on: OperationTarget = {}): Promise<TaskOutcome> {
    const systemId = on.systemId ?? task.system_id;
    if (!systemId) throw new TaskFailedError(`task ${task.key} has no system to run on`);
    const client = await this.systems.client(systemId);
    const id = operationId(task, on.part);
    const body = { ...request, id } as StartOperationRequest;
    // Resuming after a crash, the operation may already exist (or even be finished); a fresh
    // attempt starts it and waits briefly, so short operations finish in one round trip.
    let op = ctx.resumed ? await this.tolerate(task, () => client.getOperation(id)) : null;
    // Resumed, the grant the agent holds is of unknown age: renew at once if the copy still waits.
    const renewal = on.grant ? { ...on.grant, mintedAt: op ? 0 : Date.now() } : null;
    if (!op) op = await this.tolerate(task, () => this.start(client, body, POLL_SECONDS));
    let lastProgress = 0;
    while (!FINAL.has(op.status)) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      if (renewal && op.status === 'queued') await this.renewGrant(task, client, body, renewal);
      const next = await this.tolerate(task, () => client.getOperation(id, POLL_SECONDS));
      // The agent restarted and forgot the operation: start it again under the same id (with a fresh grant).
      if (!next && renewal) await this.renewGrant(task, client, body, Object.assign(renewal, { mintedAt: 0 }), false);
      op = next ?? (await this.start(client, body, 0));
      if (on.progress !== false && Date.now() - lastProgress > 1000) {
        lastProgress = Date.now();
        await ctx.progress({ rows: op.progress.rows, bytes: op.progress.bytes });
      }
    }
    if (op.status === 'succeeded')
      return { result: (op.result ?? null) as Record<string, unknown> | null, rows: op.progress.rows, bytes: op.progress.bytes };
    if (op.status === 'canceled') throw new TaskCanceledError(op.error?.message ?? 'canceled');
    throw new TaskFailedError(op.error?.message ?? 'the operation failed without a message');
  }

  async cancel(task: TaskRow, on: OperationTarget = {}): Promise<void> {
    const systemId = on.systemId ?? task.system_id;
    if (!systemId) return;
    const client = await this.systems.client(systemId);
    await client.cancelOperation(operationId(task, on.part)).catch((error: unknown) => {
      this.logger.warn(`could not cancel ${operationId(task, on.part)}: ${(error as Error).message}`);
    });
  }

  /**
   * Past half its life, a queued copy's grant is replaced (in `body` too, for a restart): a copy may
   * wait in the agent's queue (AGENT_MAX_OPERATIONS) longer than a grant lives. Once the copy runs,
   * its export has started with the grant it had, and the agent answers that it needs none.
   */
  private async renewGrant(
    task: TaskRow,
    client: AgentClient,
    body: StartOperationRequest,
    renewal: GrantRenewal & { mintedAt: number },
    push = true,
  ): Promise<void> {
    if (Date.now() - renewal.mintedAt < (renewal.ttlSeconds * 1000) / 2 || !body.copyRange) return;
    const grant = await renewal.mint();
    body.copyRange.source.grant = grant;
    renewal.mintedAt = Date.now();
    if (push) await this.tolerate(task, () => client.renewGrant(body.id, grant));
  }

  private async start(client: AgentClient, body: StartOperationRequest, waitSeconds: number): Promise<AgentOperation> {
    try {
      return await client.startOperation(body, waitSeconds);
    } catch (error) {
      // A 4xx from the agent is about the request itself (bad table, bad column): not retryable.
      if (error instanceof AgentRequestError && error.status < 500) throw new TaskFailedError(error.detail);
      throw error;
    }
  }

  /** Rides out an agent that is briefly unreachable (restart, network blip) before giving up. */
  private async tolerate<T>(task: TaskRow, call: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.config.agentGraceSeconds * 1000;
    for (let delay = 500; ; delay = Math.min(delay * 2, 5000)) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof AgentUnreachableError) || Date.now() > deadline) {
          if (error instanceof AgentUnreachableError)
            throw new TaskFailedError(`${error.message} (gave up after ${this.config.agentGraceSeconds} s)`);
          throw error;
        }
        this.logger.warn(`task ${task.key}: ${error.message}; retrying`);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}
