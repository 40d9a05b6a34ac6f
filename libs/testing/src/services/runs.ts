import { FINAL_RUN_STATUSES, allPages, unwrap, type RunView, type TaskView } from '@cutover/orchestrator-client';
import { eventually } from '../eventually';
import type { OrchestratorClient } from './orchestrator';

export type { RunView, TaskView };

/** Waits for a run to reach one of the given statuses with nothing executing. */
export async function waitForRun(
  o: Pick<OrchestratorClient, 'api'>,
  runId: string,
  statuses: readonly string[] = FINAL_RUN_STATUSES,
  timeoutMs = 120_000,
): Promise<RunView> {
  let last: RunView | undefined;
  return eventually(
    async () => {
      last = unwrap(await o.api.GET('/v1/runs/{id}', { params: { path: { id: runId } } }));
      return statuses.includes(last.status) && last.counts.executing === 0 && last;
    },
    {
      deadline: timeoutMs,
      intervalMs: 100,
      message: () => `run ${runId} to be ${statuses.join('|')} (still ${last?.status}: ${JSON.stringify(last?.counts)})`,
    },
  );
}

/** Every task of a run, page by page. */
export async function runTasks(o: Pick<OrchestratorClient, 'api'>, runId: string): Promise<TaskView[]> {
  return allPages(async (offset) =>
    unwrap(await o.api.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId }, query: { limit: 1000, offset } } })),
  );
}

export type SystemRole = 'production-source' | 'test-source' | 'target';

/** Registers an agent and a system for each test agent; returns system ids by name. */
export async function registerSystems(
  o: Pick<OrchestratorClient, 'api'>,
  systems: { name: string; role: SystemRole; agent: { url: string; token: string } }[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const s of systems) {
    const agent = unwrap(await o.api.POST('/v1/agents', { body: { name: `agent-${s.name}`, baseUrl: s.agent.url, token: s.agent.token } }));
    ids[s.name] = unwrap(await o.api.POST('/v1/systems', { body: { name: s.name, role: s.role, agentId: agent.id } })).id;
  }
  return ids;
}

/**
 * For tests of what comes after the checklist's earlier steps (e.g. the backup, which needs a
 * pg_dump as new as the embedded server): an admin's override, recorded like any other.
 */
export const SKIP_CHECKLIST = { override: { reason: 'test: the checklist steps before this one are not under test here' } };
