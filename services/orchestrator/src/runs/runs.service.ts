import { Injectable, NotFoundException } from '@nestjs/common';
import { InvalidInputException, isoOrNull, type Page } from '@cutover/common';
import { graphProblems } from '../common/dag';
import { StatePool } from '../database/state-pool';
import { etaSeconds, rowsPerSecond } from '../progress/rates';
import { Dispatcher, emptyCounts } from './dispatcher';
import { RunEventsRepository } from './run-events.repository';
import type { RunSpec } from './run-spec';
import { RunRepository, type RunRow } from './run.repository';
import type { ListTasksQueryDto, RunDto, TaskDto } from './runs.dto';
import { RunStatus } from './statuses';
import type { TaskWithDependencies } from './task-row';
import { TaskRepository } from './task.repository';

@Injectable()
export class RunsService {
  constructor(
    private readonly db: StatePool,
    private readonly events: RunEventsRepository,
    private readonly dispatcher: Dispatcher,
    private readonly runs: RunRepository,
    private readonly taskRows: TaskRepository,
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
      const id = await this.runs.insert(c, spec);
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
    const run = await this.runs.find(id);
    if (!run) throw new NotFoundException(`run ${id} does not exist`);
    return (await this.withStats([run]))[0];
  }

  async list(query: { limit?: number; offset?: number; upgradeId?: string }): Promise<Page<RunDto>> {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.runs.page({ limit, offset, upgradeId: query.upgradeId });
    return { items: await this.withStats(rows), total, limit, offset };
  }

  async tasks(runId: string, query: ListTasksQueryDto): Promise<Page<TaskDto>> {
    await this.get(runId);
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.taskRows.page(runId, { limit, offset, status: query.status });
    return { items: rows.map(toTaskDto), total, limit, offset };
  }

  async task(runId: string, taskId: string): Promise<TaskDto> {
    const row = await this.taskRows.find(runId, taskId);
    if (!row) throw new NotFoundException(`run ${runId} has no task ${taskId}`);
    return toTaskDto(row);
  }

  private async withStats(runs: RunRow[]): Promise<RunDto[]> {
    if (runs.length === 0) return [];
    const ids = runs.map((r) => r.id);
    const counts = await this.taskRows.statusCounts(ids);
    const progress = await this.taskRows.progress(ids);
    return runs.map((r) => {
      const c = emptyCounts();
      for (const row of counts.filter((x) => x.runId === r.id)) c[row.status] = row.n;
      const p = progress.find((x) => x.runId === r.id);
      const done = p?.done ?? 0;
      const total = p && p.total !== null && !p.unknownTotal ? p.total : null;
      const rate = Math.round(p?.rate ?? 0);
      return {
        ...r,
        createdAt: r.createdAt.toISOString(),
        finishedAt: isoOrNull(r.finishedAt),
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

function toTaskDto(t: TaskWithDependencies): TaskDto {
  const seconds = t.startedAt ? ((t.finishedAt ?? new Date()).getTime() - t.startedAt.getTime()) / 1000 : null;
  return {
    id: t.id,
    runId: t.runId,
    key: t.key,
    kind: t.kind,
    systemId: t.systemId,
    status: t.status,
    priority: t.priority,
    attempt: t.attempt,
    dependsOn: t.dependsOn,
    readyAt: isoOrNull(t.readyAt),
    dispatchedAt: isoOrNull(t.dispatchedAt),
    startedAt: isoOrNull(t.startedAt),
    finishedAt: isoOrNull(t.finishedAt),
    rows: t.rows,
    rowsTotal: t.rowsTotal,
    bytes: t.bytes,
    seconds,
    rowsPerSecond: rowsPerSecond(t.rows, seconds),
    result: t.result,
    error: t.error,
  };
}
