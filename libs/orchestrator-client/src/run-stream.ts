import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { RunEventView } from './orchestrator-client';
import { FINAL_RUN_STATUSES } from './orchestrator-client';

/** The `progress` event of a run's SSE stream (every 2 s); the spec cannot describe stream items. */
export interface RunProgressEvent {
  status: string;
  counts: Record<string, number>;
  rowsDone: number;
  rowsTotal: number | null;
  rowsPerSecond: number;
  etaSeconds: number | null;
}

export type RunStreamEvent = { type: 'progress'; id: number; data: RunProgressEvent } | { type: string; id: number; data: RunEventView };

export interface FollowRunOptions {
  baseUrl: string;
  apiKey: string;
  runId: string;
  onEvent(event: RunStreamEvent): void;
  /** Stop following (the returned promise then resolves with the last status seen). */
  signal?: AbortSignal;
  /** Reconnects after a dropped stream, resuming from the last event id (default 5). */
  reconnects?: number;
  fetch?: typeof globalThis.fetch;
}

/**
 * Follows `GET /v1/runs/{id}/events/stream` (EventSource cannot send an API key header, so this
 * reads the stream with fetch and eventsource-parser) until a progress event shows the run in a
 * final status with nothing executing. Resolves with that status; rejects on an HTTP error.
 */
export async function followRunStream(options: FollowRunOptions): Promise<string | null> {
  const fetchFn = options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  let lastId = 0;
  let final: string | null = null;
  let status: string | null = null;
  let drops = 0;
  const controller = new AbortController();
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const onMessage = (message: EventSourceMessage) => {
    const id = Number(message.id ?? lastId);
    if (Number.isFinite(id)) lastId = Math.max(lastId, id);
    const data = JSON.parse(message.data) as RunProgressEvent & RunEventView;
    const type = message.event ?? 'message';
    if (type === 'progress') {
      status = data.status;
      if (FINAL_RUN_STATUSES.includes(data.status) && !data.counts.executing) final = data.status;
    }
    options.onEvent({ type, id, data } as RunStreamEvent);
  };
  while (final === null && !controller.signal.aborted) {
    const url = `${options.baseUrl.replace(/\/$/, '')}/v1/runs/${encodeURIComponent(options.runId)}/events/stream?after=${lastId}`;
    try {
      const response = await fetchFn(url, {
        headers: { 'X-API-Key': options.apiKey, Accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new StreamHttpError(response.status, await response.text().catch(() => ''));
      await readUntil(response.body, createParser({ onEvent: onMessage }), () => final !== null);
    } catch (error) {
      if (error instanceof StreamHttpError || controller.signal.aborted) {
        if (controller.signal.aborted) break;
        throw error;
      }
      if (++drops > (options.reconnects ?? 5)) throw error;
      await new Promise((r) => setTimeout(r, 500 * drops));
    }
  }
  controller.abort();
  return final ?? status;
}

async function readUntil(body: ReadableStream<Uint8Array>, parser: { feed(chunk: string): void }, done: () => boolean): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    while (!done()) {
      const { value, done: ended } = await reader.read();
      if (ended) return;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** The stream was refused (bad key, unknown run): `detail` is the problem+json detail. */
export class StreamHttpError extends Error {
  readonly detail: string;
  constructor(
    readonly status: number,
    body: string,
  ) {
    let detail = body.slice(0, 500);
    try {
      detail = String((JSON.parse(body) as { detail?: unknown }).detail ?? detail);
    } catch {
      // not JSON: keep the text
    }
    super(`${status}: ${detail}`);
    this.detail = detail;
  }
}
