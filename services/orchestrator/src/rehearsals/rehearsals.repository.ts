import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RunRepository } from '../runs/run.repository';
import { TaskRepository } from '../runs/task.repository';
import type { TaskStatus } from '../runs/statuses';
import { RehearsalEntity } from './rehearsal.entity';

/** A run a rehearsal includes, as recorded. */
export interface RecordedRun {
  id: string;
  upgradeId: string | null;
  kind: string;
  status: string;
  threads: number;
  createdAt: Date;
  finishedAt: Date | null;
}

/** One task of a recorded run, with what it measured. */
export interface RecordedTask {
  runId: string;
  runKind: string;
  key: string;
  kind: string;
  status: TaskStatus;
  priority: number;
  dependsOn: string[];
  payload: Record<string, unknown>;
  dispatchedAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  rows: number;
  bytes: number;
}

/** The rehearsal rows, and reads of the runs and tasks they point to (the state database only). */
@Injectable()
export class RehearsalsRepository {
  constructor(
    @InjectRepository(RehearsalEntity) readonly rehearsals: Repository<RehearsalEntity>,
    private readonly runRows: RunRepository,
    private readonly taskRows: TaskRepository,
  ) {}

  async runs(ids: string[]): Promise<RecordedRun[]> {
    return (await this.runRows.findMany(ids)).map((r) => ({
      id: r.id,
      upgradeId: r.upgradeId,
      kind: r.kind,
      status: r.status,
      threads: r.threads,
      createdAt: r.createdAt,
      finishedAt: r.finishedAt,
    }));
  }

  /** Every task of the runs, with its dependencies by key (within its run); a script's SQL left out. */
  async tasks(runIds: string[]): Promise<RecordedTask[]> {
    return (await this.taskRows.ofRuns(runIds)).map((t) => {
      const { sql: _sql, ...payload } = t.payload;
      return {
        runId: t.runId,
        runKind: t.runKind,
        key: t.key,
        kind: t.kind,
        status: t.status,
        priority: t.priority,
        dependsOn: t.dependsOn,
        payload,
        dispatchedAt: t.dispatchedAt,
        startedAt: t.startedAt,
        finishedAt: t.finishedAt,
        rows: t.rows,
        bytes: t.bytes,
      };
    });
  }
}
