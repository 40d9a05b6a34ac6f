import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { followRunStream, type RunEventView, type RunProgressEvent } from '@cutover/orchestrator-client';
import { useSession } from './session';

/**
 * Live progress and events of a run from its SSE stream (no reload, no polling): the latest
 * progress event, the events seen, and a refresh of the run's queries on every change.
 */
export function useRunStream(runId: string | null): { progress: RunProgressEvent | null; events: RunEventView[]; error: unknown } {
  const session = useSession();
  const queries = useQueryClient();
  const [progress, setProgress] = useState<RunProgressEvent | null>(null);
  const [events, setEvents] = useState<RunEventView[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setProgress(null);
    setEvents([]);
    setError(null);
    if (!runId) return;
    const abort = new AbortController();
    followRunStream({
      baseUrl: session.baseUrl,
      apiKey: session.apiKey,
      runId,
      signal: abort.signal,
      onEvent: (event) => {
        if (event.type === 'progress') setProgress(event.data as RunProgressEvent);
        else setEvents((seen) => [...seen, event.data as RunEventView]);
        void queries.invalidateQueries({ queryKey: ['run', runId] });
      },
    })
      .then(() => queries.invalidateQueries({ queryKey: ['run', runId] }))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e);
      });
    return () => abort.abort();
  }, [runId, session, queries]);
  return { progress, events, error };
}
