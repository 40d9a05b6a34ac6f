import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { runWithContext } from '@cutover/contracts';
import { TickBatcher } from '../common/tick-batcher';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { OrchestratorMetrics } from '../metrics/orchestrator-metrics';
import { QueueName, type TaskJob } from '../queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../queue/queue.driver';
import { Dispatcher } from './dispatcher';
import { RunEventsRepository } from './run-events.repository';
import { RunRepository } from './run.repository';
import { TaskStatus } from './statuses';
import { TaskCanceledError, TaskFailedError, type AnyTaskHandler, type TaskOutcome } from './task-handler';
import { TaskHandlerRegistry } from './task-handler-registry';
import type { TaskRow } from './task-row';
import { TaskTransitionsRepository, type Finish } from './task-transitions.repository';
import { TaskRepository } from './task.repository';

/**
 * The pg-boss worker for task jobs. A job only names a task and the dispatch token it was sent
 * with; the task row decides. Claiming is one conditional UPDATE (ready → executing, token
 * matching, run running and not held), which is what makes a pause exact: whichever of the
 * pause and the claim commits first wins, and the other sees the row changed. Claim and finish
 * are single statements (events included), the jobs of one fetch claim in one statement, and the
 * finishes that arrive while one is written go together in the next, so the hot path costs few
 * round trips and commits.
 */
@Injectable()
export class TaskWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger('TaskWorker');
  private readonly claims = new TickBatcher((jobs: TaskJob[]) => this.transitions.claim(jobs));
  /** Finishes arriving while one is being written go together in the next statement: one commit for many tasks. */
  private readonly finishes = new TickBatcher((batch: Finish[]) => this.transitions.finish(batch), 'one-at-a-time');

  constructor(
    private readonly runs: RunRepository,
    private readonly tasks: TaskRepository,
    private readonly transitions: TaskTransitionsRepository,
    private readonly events: RunEventsRepository,
    private readonly dispatcher: Dispatcher,
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
    private readonly handlers: TaskHandlerRegistry,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
    private readonly metrics: OrchestratorMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueName.Tasks, this.config.workers, (job) => this.process(job.data, job.signal));
  }

  handlerFor(kind: string): AnyTaskHandler {
    return this.handlers.get(kind);
  }

  async process(job: TaskJob, signal: AbortSignal): Promise<void> {
    const claim = await this.claim(job);
    if (!claim) return;
    const { task } = claim;
    if (!claim.resumed) this.metrics.taskClaimed(task.kind, claim.waited);
    // Log lines and agent calls of this execution carry the request that led to it, the run, task and attempt.
    await runWithContext({ requestId: job.requestId, runId: task.runId, taskId: task.id, attempt: task.attempt }, () =>
      this.execute(task, claim.resumed, signal),
    );
  }

  private async execute(task: TaskRow, resumed: boolean, signal: AbortSignal): Promise<void> {
    let status: TaskStatus = TaskStatus.Ended;
    let error: string | null = null;
    let outcome: TaskOutcome | null = null;
    try {
      outcome = await this.handlerFor(task.kind).execute(task, {
        signal,
        resumed,
        progress: (p) => this.transitions.progress(task, p),
        event: (reason) => this.retryEvent(task, reason),
        stillExecuting: () => this.tasks.stillExecuting(task.id, task.attempt),
      });
    } catch (e) {
      if (signal.aborted) throw e; // shutting down: the job is retried and resumes the same attempt
      if (e instanceof TaskCanceledError) status = TaskStatus.Canceled;
      else if (e instanceof TaskFailedError) status = TaskStatus.Error;
      else {
        // Infrastructure trouble (state database, agent 5xx): the job is retried and resumes.
        this.logger.warn(`task ${task.key}: ${(e as Error).message}; the job will be retried`);
        throw e;
      }
      error = (e as Error).message;
    }
    const promoted = await this.finish(task, status, outcome, error);
    if (promoted === null) return;
    const active = await this.dispatcher.taskEnded(task.runId);
    // The run's status can only change when a task did not end well, or when it readied nothing and
    // was the last one running: settling counts every task of the run, so settling after each task
    // that readies nothing made a run of N such tasks cost O(N²) (bench/orchestration, a flat run).
    // Slots are given back under the run's row lock, so of tasks ending together the last sees 0.
    if (status !== TaskStatus.Ended || (promoted === 0 && active === 0)) await this.dispatcher.settle(task.runId);
  }

  private async retryEvent(task: TaskRow, reason: string): Promise<void> {
    await this.events
      .add([
        {
          runId: task.runId,
          taskId: task.id,
          taskKey: task.key,
          actor: 'orchestrator',
          type: 'retry',
          from: 'executing',
          to: 'executing',
          reason: `attempt ${task.attempt}, ${reason}`,
        },
      ])
      .catch((error: Error) => this.logger.warn(`task ${task.key}: could not record the event "${reason}": ${error.message}`));
  }

  /** ready → executing for this job's token; or resume an attempt this job already started. */
  private async claim(job: TaskJob): Promise<{ task: TaskRow; resumed: boolean; waited: number | null } | null> {
    // The jobs of one fetch claim together; one skipped there (its row held by an operator's control) waits alone.
    const claimed = (await this.claims.add(job)) ?? (await this.transitions.claim([job]))[0];
    if (claimed) return { task: claimed.task, resumed: false, waited: claimed.waited };
    const current = await this.transitions.forJob(job.taskId);
    if (!current || current.token !== job.token) return null; // stale job: paused, rerun or canceled since
    const { task } = current;
    if (task.status === TaskStatus.Executing) return { task, resumed: true, waited: null }; // this job's attempt survived a crash
    // Dispatch is held: give the slot back; release re-admits it.
    if (task.status === TaskStatus.Ready && current.hold && (await this.transitions.takeBackToken(task.id, job.token)))
      await this.runs.releaseSlots(task.runId);
    return null;
  }

  /**
   * executing → ended/error/canceled for this attempt, in one statement with the other finishes
   * waiting at that moment: an ended task's dependents count one dependency less and those
   * reaching zero become ready, and every change is recorded as an event. Returns how many
   * dependents became ready, or null when someone else settled this attempt. The slot is given
   * back by the next admission (Dispatcher.taskEnded), not in this statement: locking the run
   * while holding the task row would invert the lock order of the operator controls (run, then
   * task) and could deadlock.
   */
  private async finish(task: TaskRow, status: TaskStatus, outcome: TaskOutcome | null, error: string | null): Promise<number | null> {
    const rows = outcome?.rows ?? null;
    const bytes = outcome?.bytes ?? null;
    const done = await this.finishes.add({ task, status, result: outcome?.result ?? null, error, rows, bytes });
    if (!done) return null;
    const { seconds, runKind } = done;
    this.metrics.taskFinished({ kind: task.kind, runKind, status, seconds, rows, bytes });
    this.logger.debug(`task ${task.key} (${task.kind}) ${status} after ${seconds?.toFixed(3) ?? '?'} s${error ? `: ${error}` : ''}`);
    return done.promoted;
  }
}
