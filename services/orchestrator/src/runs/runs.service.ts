import { Injectable, NotFoundException } from '@nestjs/common';
import { InvalidInputException, type Page } from '@cutover/common';
import { graphProblems } from '../common/dag';
import { StatePool } from '../database/state-pool';
import { RunEventsService } from '../events/run-events.service';
import { etaSeconds } from '../progress/rates';
import { Dispatcher, emptyCounts } from './dispatcher';
import type { ListTasksQueryDto, RunDto, TaskDto } from './runs.dto';
import { RunStatus, TaskStatus } from './statuses';

/** One task of a run to create: the generic shape every run kind builds its DAG from. */
export interface TaskSpec {
  key: string;
  kind: string;
  systemId: string | null;
  payload: Record<string, unknown>;
  priority?: number;
  dependsOn?: string[];
  rowsTotal?: number | null;
}

export interface RunSpec {
  upgradeId: string | null;
  kind: string;
  threads: number;
  createdBy: string;
  tasks: TaskSpec[];
  /** Create with dispatch held: nothing starts until released. */
  hold?: boolean;
  /** An admin started it with checklist prerequisites open: recorded as the run's second event. */
  overridden?: { by: string; reason: string; skipped: string[] };
}

interface RunRow {
  id: string;
  upgrade_id: string | null;
  kind: string;
  status: RunStatus;
  threads: number;
  hold: boolean;
  created_by: string;
  created_at: Date;
  finished_at: Date | null;
}

@Injectable()
export class RunsService {
  constructor(
    private readonly db: StatePool,
    private readonly events: RunEventsService,
    private readonly dispatcher: Dispatcher,
  ) {}

  /** Creates a run and its task DAG in one transaction, then starts dispatching. */
  async create(spec: RunSpec): Promise<RunDto> {
    const problems = graphProblems(spec.tasks.map((t) => ({ key: t.key, dependsOn: t.dependsOn ?? [] })));
    if (problems.length > 0)
      throw new InvalidInputException(
        `the run's tasks do not form a DAG: ${problems.join('; ')}`,
        problems.map((message) => ({ field: 'tasks', message })),
      );
    const runId = await this.db.transaction(async (c) => {
      const run = await c.query<{ id: string }>(
        `INSERT INTO run (upgrade_id, kind, status, threads, hold, created_by) VALUES ($1, $2, 'running', $3, $4, $5) RETURNING id`,
        [spec.upgradeId, spec.kind, spec.threads, spec.hold ?? false, spec.createdBy],
      );
      const id = run.rows[0].id;
      const inserted = await c.query<{ id: string; key: string }>(
        `INSERT INTO task (run_id, key, kind, system_id, payload, priority, status, rows_total, pending)
         SELECT $1, key, kind, system_id, payload, priority, 'waiting', rows_total, pending
           FROM unnest($2::text[], $3::text[], $4::uuid[], $5::jsonb[], $6::int[], $7::bigint[], $8::int[]) AS t(key, kind, system_id, payload, priority, rows_total, pending)
         RETURNING id, key`,
        [
          id,
          spec.tasks.map((t) => t.key),
          spec.tasks.map((t) => t.kind),
          spec.tasks.map((t) => t.systemId),
          spec.tasks.map((t) => JSON.stringify(t.payload)),
          spec.tasks.map((t) => t.priority ?? 0),
          spec.tasks.map((t) => t.rowsTotal ?? null),
          spec.tasks.map((t) => new Set(t.dependsOn ?? []).size),
        ],
      );
      const ids = new Map(inserted.rows.map((r) => [r.key, r.id]));
      const edges = spec.tasks.flatMap((t) => [...new Set(t.dependsOn ?? [])].map((d) => [ids.get(t.key)!, ids.get(d)!]));
      if (edges.length > 0) {
        await c.query(`INSERT INTO task_dependency (task_id, depends_on_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
          edges.map((e) => e[0]),
          edges.map((e) => e[1]),
        ]);
      }
      await this.events.record(c, [
        {
          runId: id,
          actor: spec.createdBy,
          type: 'run-created',
          to: RunStatus.Running,
          reason: `${spec.kind}, ${spec.tasks.length} tasks, ${spec.threads} threads`,
        },
        ...(spec.overridden
          ? [
              {
                runId: id,
                actor: spec.overridden.by,
                type: 'prerequisites-overridden',
                reason: `${spec.overridden.reason} (open: ${spec.overridden.skipped.join(', ')})`,
              },
            ]
          : []),
      ]);
      return id;
    });
    await this.dispatcher.advance(runId);
    return this.get(runId);
  }

  async get(id: string): Promise<RunDto> {
    const run = (await this.db.query<RunRow>(`SELECT * FROM run WHERE id = $1`, [id]))[0];
    if (!run) throw new NotFoundException(`run ${id} does not exist`);
    return (await this.withStats([run]))[0];
  }

  async list(query: { limit?: number; offset?: number; upgradeId?: string }): Promise<Page<RunDto>> {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const where = query.upgradeId ? 'WHERE upgrade_id = $3' : '';
    const rows = await this.db.query<RunRow>(
      `SELECT * FROM run ${where} ORDER BY created_at DESC LIMIT $1 OFFSET $2`,
      query.upgradeId ? [limit, offset, query.upgradeId] : [limit, offset],
    );
    const total = Number(
      (
        await this.db.query<{ n: string }>(
          `SELECT count(*) AS n FROM run ${where.replace('$3', '$1')}`,
          query.upgradeId ? [query.upgradeId] : [],
        )
      )[0].n,
    );
    return { items: await this.withStats(rows), total, limit, offset };
  }

  async tasks(runId: string, query: ListTasksQueryDto): Promise<Page<TaskDto>> {
    await this.get(runId);
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const filter = query.status ? 'AND t.status = $4' : '';
    const params: unknown[] = [runId, limit, offset, ...(query.status ? [query.status] : [])];
    const rows = await this.db.query<TaskRowFull>(
      `SELECT t.*, coalesce(array(SELECT p.key FROM task_dependency d JOIN task p ON p.id = d.depends_on_id WHERE d.task_id = t.id ORDER BY p.key), '{}') AS depends_on
         FROM task t WHERE t.run_id = $1 ${filter} ORDER BY t.priority DESC, t.key LIMIT $2 OFFSET $3`,
      params,
    );
    const total = Number(
      (
        await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM task t WHERE t.run_id = $1 ${filter.replace('$4', '$2')}`, [
          runId,
          ...(query.status ? [query.status] : []),
        ])
      )[0].n,
    );
    return { items: rows.map(toTaskDto), total, limit, offset };
  }

  async task(runId: string, taskId: string): Promise<TaskDto> {
    const row = (
      await this.db.query<TaskRowFull>(
        `SELECT t.*, coalesce(array(SELECT p.key FROM task_dependency d JOIN task p ON p.id = d.depends_on_id WHERE d.task_id = t.id ORDER BY p.key), '{}') AS depends_on
           FROM task t WHERE t.run_id = $1 AND t.id = $2`,
        [runId, taskId],
      )
    )[0];
    if (!row) throw new NotFoundException(`run ${runId} has no task ${taskId}`);
    return toTaskDto(row);
  }

  private async withStats(runs: RunRow[]): Promise<RunDto[]> {
    if (runs.length === 0) return [];
    const ids = runs.map((r) => r.id);
    const counts = await this.db.query<{ run_id: string; status: TaskStatus; n: string }>(
      `SELECT run_id, status, count(*) AS n FROM task WHERE run_id = ANY($1::uuid[]) GROUP BY run_id, status`,
      [ids],
    );
    const progress = await this.db.query<{
      run_id: string;
      done: string;
      total: string | null;
      unknown_total: boolean;
      rate: number | null;
    }>(
      // Tasks that move rows carry an estimate (rows_total); when a run has such tasks, progress
      // is theirs alone, so a verification or a script's row count does not inflate it.
      `WITH t AS (
         SELECT *, bool_or(rows_total IS NOT NULL) OVER (PARTITION BY run_id) AS estimated FROM task WHERE run_id = ANY($1::uuid[])
       )
       SELECT run_id, sum(rows) AS done, sum(rows_total) AS total, bool_or(rows_total IS NULL AND kind <> 'script') AS unknown_total,
              sum(CASE WHEN status = 'executing' AND started_at < now() THEN rows / greatest(extract(epoch FROM now() - started_at), 0.001) END)::float8 AS rate
         FROM t WHERE NOT estimated OR rows_total IS NOT NULL GROUP BY run_id`,
      [ids],
    );
    return runs.map((r) => {
      const c = emptyCounts();
      for (const row of counts.filter((x) => x.run_id === r.id)) c[row.status] = Number(row.n);
      const p = progress.find((x) => x.run_id === r.id);
      const done = Number(p?.done ?? 0);
      const total = p && p.total !== null && !p.unknown_total ? Number(p.total) : null;
      const rate = Math.round(p?.rate ?? 0);
      return {
        id: r.id,
        upgradeId: r.upgrade_id,
        kind: r.kind,
        status: r.status,
        threads: r.threads,
        hold: r.hold,
        createdBy: r.created_by,
        createdAt: r.created_at.toISOString(),
        finishedAt: r.finished_at?.toISOString() ?? null,
        counts: { ...c, total: Object.values(c).reduce((a, b) => a + b, 0) },
        progress: {
          rowsDone: done,
          rowsTotal: total,
          rowsPerSecond: rate,
          etaSeconds: etaSeconds(done, total, rate),
        },
      };
    });
  }
}

type TaskRowFull = {
  id: string;
  run_id: string;
  key: string;
  kind: string;
  system_id: string | null;
  status: TaskStatus;
  priority: number;
  attempt: number;
  depends_on: string[];
  ready_at: Date | null;
  dispatched_at: Date | null;
  started_at: Date | null;
  finished_at: Date | null;
  rows: string;
  rows_total: string | null;
  bytes: string;
  result: Record<string, unknown> | null;
  error: string | null;
};

function toTaskDto(t: TaskRowFull): TaskDto {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: t.id,
    runId: t.run_id,
    key: t.key,
    kind: t.kind,
    systemId: t.system_id,
    status: t.status,
    priority: t.priority,
    attempt: t.attempt,
    dependsOn: t.depends_on,
    readyAt: iso(t.ready_at),
    dispatchedAt: iso(t.dispatched_at),
    startedAt: iso(t.started_at),
    finishedAt: iso(t.finished_at),
    rows: Number(t.rows),
    rowsTotal: t.rows_total === null ? null : Number(t.rows_total),
    bytes: Number(t.bytes),
    result: t.result,
    error: t.error,
  };
}
