import { Injectable, NotFoundException, type MessageEvent } from '@nestjs/common';
import { Observable, of } from 'rxjs';
import { RunEventsRepository } from './run-events.repository';
import { etaSeconds, RateSampler } from '../progress/rates';
import type { RunDto, RunProgressEventDto, RunStreamErrorDto } from './runs.dto';
import { RunsService } from './runs.service';

/** A `progress` event at most this often. */
const PROGRESS_EVERY_MS = 2000;
/** How long the loop waits when it has read every event there is. */
const IDLE_MS = 250;
const BATCH = 500;

/** The progress event: the run's figures, with the rate over the stream's last interval (else the run's own). */
export function progressEvent(run: RunDto, intervalRate: number | undefined): RunProgressEventDto {
  const rate = intervalRate ?? run.progress.rowsPerSecond;
  return {
    status: run.status,
    counts: run.counts,
    rowsDone: run.progress.rowsDone,
    rowsTotal: run.progress.rowsTotal,
    rowsPerSecond: Math.max(0, rate),
    etaSeconds: etaSeconds(run.progress.rowsDone, run.progress.rowsTotal, rate),
  };
}

/**
 * A run's server-sent event stream: its events as they are recorded, oldest first from `after`,
 * and a `progress` event every 2 s. An unknown run is one `error` event, then the end (the
 * stream's 200 headers are sent before the run is looked up).
 */
@Injectable()
export class RunStreamService {
  constructor(
    private readonly runs: RunsService,
    private readonly events: RunEventsRepository,
  ) {}

  async stream(runId: string, after: number): Promise<Observable<MessageEvent>> {
    try {
      await this.runs.get(runId);
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
      const data: RunStreamErrorDto = { status: 404, title: 'Not Found', detail: error.message };
      return of({ type: 'error', data });
    }
    return new Observable<MessageEvent>((subscriber) => {
      let stopped = false;
      this.follow(
        runId,
        after,
        (event) => subscriber.next(event),
        () => stopped,
      ).catch((error: unknown) => subscriber.error(error));
      return () => {
        stopped = true;
      };
    });
  }

  /** The loop: events in batches, progress every PROGRESS_EVERY_MS, until the subscriber leaves. */
  private async follow(runId: string, from: number, emit: (event: MessageEvent) => void, stopped: () => boolean): Promise<void> {
    let after = from;
    let nextProgress = 0;
    // One series per stream: the rate is over this stream's last interval.
    const rates = new RateSampler({ minMs: 1, maxMs: Infinity, forgetMs: Infinity });
    while (!stopped()) {
      const batch = await this.events.list(runId, after, BATCH);
      for (const e of batch) {
        after = e.id;
        emit({ id: String(e.id), type: e.type, data: e });
      }
      if (Date.now() >= nextProgress) {
        nextProgress = Date.now() + PROGRESS_EVERY_MS;
        const run = await this.runs.get(runId);
        const rate = rates.take(runId, new Map([['rows', run.progress.rowsDone]])).get('rows');
        // Nest numbers events without an id itself; repeating the last real event's id keeps a
        // reconnect's Last-Event-ID meaningful.
        emit({ id: String(after), type: 'progress', data: progressEvent(run, rate) });
      }
      if (batch.length < BATCH) await new Promise((r) => setTimeout(r, IDLE_MS));
    }
  }
}
