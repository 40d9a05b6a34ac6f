import { Inject, Injectable } from '@nestjs/common';
import { currentContext } from '@cutover/contracts';
import type { PoolClient } from 'pg';
import { StatePool, type Queryable, type TransactionEnd } from '../database/state-pool';
import { QueueName } from '../queue/queue-names';
import { NOTHING_CLAIMED, QUEUE_DRIVER, type Claimed, type QueueDriver, type SqlExecutor } from '../queue/queue.driver';
import { RunEventsRepository } from './run-events.repository';
import { RunHooks } from './run-hooks';
import { RunRepository } from './run.repository';
import { RunStatus, TaskStatus } from './statuses';
import { TaskTransitionsRepository } from './task-transitions.repository';
import { TaskRepository } from './task.repository';

/** How long none of a run's tasks may have ended before the sweeper recounts its `active` (see recountActive). */
const RECOUNT_QUIET_SECONDS = 5;

export type StatusCounts = Record<TaskStatus, number>;

type AdmittedTask = { id: string; dispatch_token: string; priority: number };

/** A run's status follows from its tasks' statuses (a canceled run stays canceled). */
export function deriveRunStatus(counts: StatusCounts): RunStatus {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (counts.ended === total) return RunStatus.Ended;
  const moving = counts.executing + counts.ready;
  // Nothing can move without an operator (rerun, resume), and something failed: the run is in error.
  if (moving === 0 && counts.error + counts.canceled > 0) return RunStatus.Error;
  return RunStatus.Running;
}

export function emptyCounts(): StatusCounts {
  return { waiting: 0, ready: 0, executing: 0, ended: 0, error: 0, paused: 0, canceled: 0 };
}

/**
 * Moves runs forward with counters instead of scans, so that a run of thousands of tasks does
 * not serialize on itself:
 * - `task.pending` counts a task's dependencies not ended; finishing a task decrements its
 *   dependents in the same statement and the one that reaches 0 becomes ready;
 * - `run.active` counts tasks dispatched or executing; admission hands ready tasks to the queue
 *   (highest priority first) while active < threads, under the run's row lock, in the same
 *   transaction as the jobs, so a task never has a token without a job or a job without a token.
 * The sweeper recounts both from the tasks' statuses, so a counter can never drift for long.
 */
@Injectable()
export class Dispatcher {
  /** Admissions in flight in this process, per run: who asked since the current one started. */
  private readonly admitting = new Map<string, PromiseWithResolvers<number | null>[]>();
  /** Slots of tasks that ended in this process, per run, not given back yet. */
  private readonly released = new Map<string, number>();

  constructor(
    private readonly db: StatePool,
    private readonly events: RunEventsRepository,
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
    private readonly hooks: RunHooks,
    private readonly runs: RunRepository,
    private readonly tasks: TaskRepository,
    private readonly transitions: TaskTransitionsRepository,
  ) {}

  /** Full step: promote whatever is ready, admit (unless told not to), settle the run's status. */
  async advance(runId: string, actor = 'orchestrator', admit = true): Promise<void> {
    await this.promote(this.db.pool, runId, null, actor);
    if (admit) await this.admit(runId);
    await this.settle(runId, actor);
  }

  /** waiting → ready for tasks with no pending dependency (all, or the given ones). */
  async promote(q: Queryable, runId: string, taskIds: string[] | null, actor: string): Promise<void> {
    if (taskIds && taskIds.length === 0) return;
    const rows = await this.transitions.promote(q, runId, taskIds);
    await this.events.record(
      q,
      rows.map((t) => ({ runId, taskId: t.id, taskKey: t.key, actor, type: 'status', from: TaskStatus.Waiting, to: TaskStatus.Ready })),
    );
  }

  /**
   * A task of the run ended in this process: its slot is given back by the next admission, which
   * runs soon (see admitSoon). Resolves with the run's `active` after that admission. Giving the
   * slot back in its own statement cost every task one more commit on the run's row, serialized
   * across the run (bench/orchestration); a process that dies before the admission leaves the slot
   * counted until the sweeper recounts, once none of the run's tasks ended for a while.
   */
  taskEnded(runId: string): Promise<number | null> {
    this.released.set(runId, (this.released.get(runId) ?? 0) + 1);
    return this.admitSoon(runId);
  }

  /**
   * Admission for a run, coalesced within this process: when many tasks of a run finish at once,
   * one admission runs (and once more if asked meanwhile) instead of each queueing on the run's
   * row lock. Resolves after the first admission that started after the call, with its `active`.
   * Not after the last of the loop: callers are task handlers holding worker slots, and under a
   * steady stream of task ends the loop never ran dry, so the slots filled with handlers waiting
   * and an admission found none of this process's slots free (bench/orchestration --replicas 2).
   */
  admitSoon(runId: string): Promise<number | null> {
    const asked = Promise.withResolvers<number | null>();
    const inflight = this.admitting.get(runId);
    if (inflight) {
      inflight.push(asked);
      return asked.promise;
    }
    const waiting = [asked];
    this.admitting.set(runId, waiting);
    void this.admitWhileAsked(runId, waiting);
    return asked.promise;
  }

  /** One admission for everyone who asked before it started, then again while more asked meanwhile. */
  private async admitWhileAsked(runId: string, waiting: PromiseWithResolvers<number | null>[]): Promise<void> {
    try {
      while (waiting.length > 0) {
        const these = waiting.splice(0);
        try {
          const active = await this.admission(runId);
          for (const w of these) w.resolve(active);
        } catch (error) {
          for (const w of these) w.reject(error);
        }
      }
    } finally {
      this.admitting.delete(runId);
    }
  }

  /**
   * Hands ready tasks to the queue while fewer than `threads` are dispatched or executing, through
   * admitSoon: an admission beside one in flight for the same run (the sweep's or a control's beside
   * a task's end) found this process's free slots reserved by the other, and woke every replica.
   */
  async admit(runId: string): Promise<void> {
    await this.admitSoon(runId);
  }

  /**
   * One admission, giving back the slots of this process's tasks that ended since the last one.
   * Local first: this process holds its free worker slots for what it admits and claims those jobs
   * in the admission's own transaction; only jobs beyond them NOTIFY the other replicas. Waking
   * every replica for every admission cost two replicas 3x the fetches, most of them empty; jobs
   * fetched after COMMIT could still be taken by another replica's poll in between, which then
   * admitted for the run too, and two replicas split a run's batches (bench/orchestration).
   */
  private async admission(runId: string): Promise<number | null> {
    const released = this.released.get(runId) ?? 0;
    this.released.delete(runId);
    const local = this.queue.reserve(QueueName.Tasks);
    let claimed = NOTHING_CLAIMED;
    try {
      return await this.db.transaction(async (c, end) => {
        claimed = NOTHING_CLAIMED; // a retried transaction claims afresh
        const wake = this.queue.wakeUp(QueueName.Tasks);
        const { tasks, active } = await this.transitions.admit(c, runId, released, wake, local);
        if (tasks.length > 0) claimed = await this.send(c, end, tasks, local);
        return active;
      });
    } catch (error) {
      // Not given back: the next admission does. Should the COMMIT have landed all the same, claimed
      // jobs are retried once their heartbeat is old, and the others are found by the poll.
      claimed = NOTHING_CLAIMED;
      if (released > 0) this.released.set(runId, (this.released.get(runId) ?? 0) + released);
      throw error;
    } finally {
      this.queue.release(QueueName.Tasks, local, claimed);
    }
  }

  /**
   * The jobs, and the claim of up to `local` of them for this process; the claim (or, with no
   * local slot, the insert) is the admission's last statement, COMMIT right behind it.
   */
  private send(c: PoolClient, end: TransactionEnd, tasks: AdmittedTask[], local: number): Promise<Claimed> {
    const db: SqlExecutor = { executeSql: (text, values) => c.query(text, values) };
    const last: SqlExecutor = { executeSql: (text, values) => end.last(() => c.query(text, values)) };
    // The request that started the run, or the task whose end readied these: the whole run's work shares one request id.
    const requestId = currentContext()?.requestId;
    return this.queue.sendMany(
      QueueName.Tasks,
      tasks.map((t) => ({ data: { taskId: t.id, token: t.dispatch_token, requestId }, priority: t.priority })),
      { db, last, woken: true, claim: local },
    );
  }

  /** The run's status from its tasks; a change is recorded. */
  async settle(runId: string, actor = 'orchestrator'): Promise<void> {
    const counts = emptyCounts();
    for (const r of await this.tasks.statusCounts([runId])) counts[r.status] = r.n;
    const run = await this.runs.find(runId);
    if (!run) return;
    const current = run.status;
    if (current === RunStatus.Canceled) {
      if (counts.executing === 0) await this.runs.markFinished(runId);
      return;
    }
    const next = deriveRunStatus(counts);
    if (next === current) return;
    const final = next === RunStatus.Ended || next === RunStatus.Error;
    // Hooks (checklist completion) run before the status is visible, so whoever sees the run
    // ended also sees what its end implies. They are idempotent: a racing settle may repeat them.
    if (final) await this.hooks.fire({ runId, kind: run.kind, upgradeId: run.upgradeId, status: next });
    if (!(await this.runs.changeStatus(runId, current, next, final))) return;
    await this.events.record(this.db.pool, [{ runId, actor, type: 'run-status', from: current, to: next }]);
  }

  /**
   * Recomputes `pending`, and `active` once none of the run's tasks ended for a while (the sweeper's
   * safety net). Answers whether the run was that quiet.
   */
  async recount(runId: string): Promise<boolean> {
    return this.db.transaction(async (c) => {
      await this.runs.lock(c, runId);
      await this.transitions.recountPending(c, runId);
      return this.runs.recountActive(c, runId, RECOUNT_QUIET_SECONDS);
    });
  }
}
