import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { createServiceRegistry, DURATION_BUCKETS, registerPoolGauges, type HttpObserver } from '@cutover/common';
import { StatePool } from '../database/state-pool';
import { QueueName } from '../queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../queue/queue.driver';
import { RunRepository } from '../runs/run.repository';
import { TaskRepository } from '../runs/task.repository';

/** Task kinds whose rows and bytes are rows copied (data-upgrade and state-transfer copies). */
const COPY_KINDS = new Set(['copy-range']);

/**
 * The orchestrator's metrics. Gauges are computed at scrape time from the state database (what
 * the API shows), so they are right across replicas and restarts; counters and histograms are
 * recorded by this process where tasks are claimed and finished. Labels: kinds, statuses, agent
 * names, queue names — never run ids, task keys or table names.
 */
@Injectable()
export class OrchestratorMetrics {
  readonly registry: Registry;
  readonly http: HttpObserver;
  private readonly taskDuration: Histogram<'kind' | 'status'>;
  private readonly dispatchLatency: Histogram<'kind'>;
  private readonly rowsCopied: Counter<'run_kind'>;
  private readonly bytesCopied: Counter<'run_kind'>;

  constructor(
    private readonly db: StatePool,
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
    private readonly runs: RunRepository,
    private readonly tasks: TaskRepository,
  ) {
    ({ registry: this.registry, http: this.http } = createServiceRegistry());
    const registers = [this.registry];
    this.taskDuration = new Histogram({
      name: 'cutover_task_duration_seconds',
      help: 'Task attempts from claim to end, by task kind and final status',
      labelNames: ['kind', 'status'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.dispatchLatency = new Histogram({
      name: 'cutover_task_dispatch_latency_seconds',
      help: 'From a task handed to the queue to a worker claiming it, by task kind',
      labelNames: ['kind'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.rowsCopied = new Counter({
      name: 'cutover_rows_copied_total',
      help: 'Rows copied by copy-range tasks, by run kind',
      labelNames: ['run_kind'],
      registers,
    });
    this.bytesCopied = new Counter({
      name: 'cutover_bytes_copied_total',
      help: 'Bytes copied by copy-range tasks, by run kind',
      labelNames: ['run_kind'],
      registers,
    });
    registerPoolGauges(this.registry, () => ({ inUse: db.pool.totalCount - db.pool.idleCount, waiting: db.pool.waitingCount }));
    this.registerStateGauges();
    this.registerFetchCounters();
  }

  /** The queue's fetches by what woke them: polls finding jobs while notifications find none says NOTIFY is being lost. */
  private registerFetchCounters(): void {
    const labelNames = ['queue', 'reason'] as const;
    const fetches = new Counter({
      name: 'cutover_queue_fetches_total',
      help: 'Fetches of queued jobs by this process, by queue and what asked for the fetch (notify, poll, slot, start, reconnect)',
      labelNames,
      registers: [this.registry],
    });
    const fetched = new Counter({
      name: 'cutover_queue_jobs_fetched_total',
      help: 'Jobs those fetches found, by queue and what asked for the fetch',
      labelNames,
      registers: [this.registry],
    });
    this.queue.onFetch(({ queue, reason, jobs }) => {
      fetches.inc({ queue, reason });
      fetched.inc({ queue, reason }, jobs);
    });
  }

  /** A worker claimed a task `waitedSeconds` after it was handed to the queue. */
  taskClaimed(kind: string, waitedSeconds: number | null): void {
    if (waitedSeconds !== null && waitedSeconds >= 0) this.dispatchLatency.observe({ kind }, waitedSeconds);
  }

  /** A task attempt ended (ended, error or canceled) after `seconds`; a copy adds its rows and bytes. */
  taskFinished(t: {
    kind: string;
    runKind: string;
    status: string;
    seconds: number | null;
    rows: number | null;
    bytes: number | null;
  }): void {
    if (t.seconds !== null) this.taskDuration.observe({ kind: t.kind, status: t.status }, t.seconds);
    if (!COPY_KINDS.has(t.kind) || t.status !== 'ended') return;
    this.rowsCopied.inc({ run_kind: t.runKind }, t.rows ?? 0);
    this.bytesCopied.inc({ run_kind: t.runKind }, t.bytes ?? 0);
  }

  private registerStateGauges(): void {
    const db = this.db;
    const queue = this.queue;
    const registers = [this.registry];
    /** A gauge set at scrape time from rows of its labels and a value. */
    const gauge = (name: string, help: string, labels: string[], read: () => Promise<Record<string, string | number>[]>) =>
      new Gauge({
        name,
        help,
        labelNames: labels,
        registers,
        async collect() {
          // The state database down: these gauges go empty, the rest of the scrape still answers (and /health/ready says why).
          const rows = await read().catch(() => []);
          this.reset();
          for (const r of rows) this.set(Object.fromEntries(labels.map((l) => [l, r[l]])), Number(r.value));
        },
      });
    const grouped = (name: string, help: string, labels: string[], sql: string) =>
      gauge(name, help, labels, () => db.query<Record<string, string>>(sql));
    const byKind = (rows: { kind: string; status: string; n: number }[]) =>
      rows.map((r) => ({ kind: r.kind, status: r.status, value: r.n }));
    gauge('cutover_runs', 'Runs by kind and status', ['kind', 'status'], async () => byKind(await this.runs.countsByKind()));
    gauge('cutover_tasks', 'Tasks by kind and status', ['kind', 'status'], async () => byKind(await this.tasks.countsByKind()));
    grouped(
      'cutover_checklist_tasks',
      'Checklist tasks by status (done, open, …)',
      ['status'],
      `SELECT status, count(*) AS value FROM checklist_task GROUP BY status`,
    );
    grouped(
      'cutover_agent_heartbeat_age_seconds',
      "Seconds since each agent's last heartbeat",
      ['agent'],
      `SELECT name AS agent, extract(epoch FROM clock_timestamp() - last_heartbeat_at)::float8 AS value FROM agent WHERE last_heartbeat_at IS NOT NULL`,
    );
    new Gauge({
      name: 'cutover_queue_depth',
      help: 'Jobs of a pg-boss queue not yet finished (created, retry or active)',
      labelNames: ['queue'],
      registers,
      async collect() {
        this.reset();
        const pending = await queue.pending(QueueName.Tasks).catch(() => null);
        if (pending !== null) this.set({ queue: QueueName.Tasks }, pending);
      },
    });
  }
}
