import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { StatePool } from '../database/state-pool';
import { Dispatcher } from './dispatcher';
import { RunEventsRepository } from './run-events.repository';
import { RunRepository } from './run.repository';
import { RunStatus, TaskStatus } from './statuses';
import { TaskHandlerRegistry } from './task-handler-registry';
import { TaskTransitionsRepository } from './task-transitions.repository';
import { TaskRepository } from './task.repository';

interface Control {
  actor: string;
  reason?: string;
}

/**
 * Operator controls. Each is one conditional UPDATE under the run's row lock, so it either
 * applies or says exactly why not (409), and each is recorded with who, when and why.
 */
@Injectable()
export class RunControlsService {
  private readonly logger = new Logger('RunControls');

  constructor(
    private readonly db: StatePool,
    private readonly events: RunEventsRepository,
    private readonly dispatcher: Dispatcher,
    private readonly handlers: TaskHandlerRegistry,
    private readonly runs: RunRepository,
    private readonly tasks: TaskRepository,
    private readonly transitions: TaskTransitionsRepository,
  ) {}

  /** Exact: wins (the task will not start) or 409 because it already started. */
  pauseTask(runId: string, taskId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, [taskId], [TaskStatus.Waiting, TaskStatus.Ready], TaskStatus.Paused, 'pause');
  }

  resumeTask(runId: string, taskId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, [taskId], [TaskStatus.Paused], TaskStatus.Waiting, 'resume');
  }

  rerunTask(runId: string, taskId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, [taskId], [TaskStatus.Error, TaskStatus.Canceled], TaskStatus.Waiting, 'rerun');
  }

  /** Everything not executing yet stops where it is. */
  pauseAll(runId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, null, [TaskStatus.Waiting, TaskStatus.Ready], TaskStatus.Paused, 'pause');
  }

  resumeAll(runId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, null, [TaskStatus.Paused], TaskStatus.Waiting, 'resume');
  }

  rerunFailed(runId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, null, [TaskStatus.Error], TaskStatus.Waiting, 'rerun');
  }

  /** AX's "take the AOS out of the batch group": nothing new starts; executing tasks finish. */
  async hold(runId: string, hold: boolean, ctl: Control): Promise<void> {
    await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Canceled || run.status === RunStatus.Ended) throw new ConflictException(`run ${runId} is ${run.status}`);
      if (run.hold === hold) return;
      await this.runs.setHold(c, runId, hold);
      await this.events.record(c, [{ runId, actor: ctl.actor, type: hold ? 'hold' : 'release', reason: ctl.reason }]);
    });
    await this.dispatcher.admit(runId);
  }

  /** Seed: "add threads during the copy". Effective at the next admission, which runs now. */
  async setThreads(runId: string, threads: number, ctl: Control): Promise<void> {
    await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Canceled || run.status === RunStatus.Ended) throw new ConflictException(`run ${runId} is ${run.status}`);
      if (run.threads === threads) return;
      await this.runs.setThreads(c, runId, threads);
      await this.events.record(c, [
        { runId, actor: ctl.actor, type: 'threads', from: String(run.threads), to: String(threads), reason: ctl.reason },
      ]);
    });
    await this.dispatcher.admit(runId);
  }

  /**
   * An admin declares a failed, paused or canceled task ended (the work was done another way, or
   * may be skipped): its dependents proceed. The result says so, and reports show it (a table
   * whose verification was ended by hand is not verified).
   */
  async endTaskByHand(runId: string, taskId: string, ctl: Required<Control>): Promise<void> {
    await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Canceled) throw new ConflictException(`run ${runId} is canceled`);
      const ended = await this.transitions.endByHand(c, runId, taskId, ctl);
      if (!ended) {
        const status = await this.transitions.status(c, runId, taskId);
        if (!status) throw new NotFoundException(`run ${runId} has no task ${taskId}`);
        throw new ConflictException(`cannot end task ${taskId} by hand: it is ${status}; that applies to error, paused or canceled tasks`);
      }
      await this.events.record(c, [
        {
          runId,
          taskId,
          taskKey: ended.key,
          actor: ctl.actor,
          type: 'end-by-hand',
          from: ended.from,
          to: TaskStatus.Ended,
          reason: ctl.reason,
        },
      ]);
      if (run.status !== RunStatus.Running) {
        await this.runs.reopen(c, runId);
        await this.events.record(c, [
          { runId, actor: ctl.actor, type: 'run-status', from: run.status, to: RunStatus.Running, reason: 'end-by-hand' },
        ]);
      }
      await this.dispatcher.promote(c, runId, null, ctl.actor);
    });
    await this.dispatcher.admit(runId);
    await this.dispatcher.settle(runId, ctl.actor);
  }

  /** Cancels what has not started and asks the agents to cancel what is executing. */
  async cancel(runId: string, ctl: Control): Promise<void> {
    const executing = await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Ended || run.status === RunStatus.Canceled)
        throw new ConflictException(`run ${runId} is already ${run.status}`);
      const stopped = await this.transitions.cancelNotStarted(c, runId);
      await this.runs.cancel(c, runId, stopped.filter((t) => t.hadToken).length);
      await this.events.record(c, [
        { runId, actor: ctl.actor, type: 'run-status', from: run.status, to: RunStatus.Canceled, reason: ctl.reason },
        ...stopped.map((t) => ({
          runId,
          taskId: t.id,
          taskKey: t.key,
          actor: ctl.actor,
          type: 'status',
          from: t.from,
          to: TaskStatus.Canceled,
          reason: ctl.reason,
        })),
      ]);
      return this.tasks.executing(c, runId);
    });
    for (const task of executing) {
      await this.handlers
        .get(task.kind)
        .cancel(task)
        .catch((e: unknown) => this.logger.warn(`cancel ${task.key}: ${(e as Error).message}`));
    }
    await this.dispatcher.settle(runId, ctl.actor);
  }

  private async transition(
    runId: string,
    ctl: Control,
    taskIds: string[] | null,
    from: TaskStatus[],
    to: TaskStatus,
    verb: string,
  ): Promise<void> {
    const changed = await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Canceled) throw new ConflictException(`run ${runId} is canceled`);
      if (taskIds) {
        const current = await this.transitions.lock(c, runId, taskIds);
        if (current.length !== taskIds.length) throw new NotFoundException(`run ${runId} has no task ${taskIds.join(', ')}`);
        const wrong = current.filter((t) => !from.includes(t.status));
        if (wrong.length > 0) {
          const why = wrong[0].status === TaskStatus.Executing ? 'it already started (executing)' : `it is ${wrong[0].status}`;
          throw new ConflictException(`cannot ${verb} task ${wrong[0].id}: ${why}; ${verb} applies to ${from.join(' or ')} tasks`);
        }
      }
      const rows = await this.transitions.move(c, runId, from, to, taskIds);
      // A dispatched task that is paused gives its slot back (its job will find the token gone).
      await this.runs.releaseSlots(runId, rows.filter((t) => t.hadToken).length, c);
      await this.events.record(
        c,
        rows.map((t) => ({ runId, taskId: t.id, taskKey: t.key, actor: ctl.actor, type: verb, from: t.from, to, reason: ctl.reason })),
      );
      if (rows.length > 0 && run.status !== RunStatus.Running && to === TaskStatus.Waiting) {
        // A failed run comes back to life when something in it can move again.
        await this.runs.reopen(c, runId);
        await this.events.record(c, [
          { runId, actor: ctl.actor, type: 'run-status', from: run.status, to: RunStatus.Running, reason: verb },
        ]);
      }
      if (to === TaskStatus.Waiting)
        await this.dispatcher.promote(
          c,
          runId,
          rows.map((r) => r.id),
          ctl.actor,
        );
      return rows.length;
    });
    if (changed > 0) await this.dispatcher.admit(runId);
    await this.dispatcher.settle(runId, ctl.actor);
  }

  private async lockRun(c: PoolClient, runId: string): Promise<{ status: RunStatus; hold: boolean; threads: number }> {
    const run = await this.runs.lock(c, runId);
    if (!run) throw new NotFoundException(`run ${runId} does not exist`);
    return run;
  }
}
