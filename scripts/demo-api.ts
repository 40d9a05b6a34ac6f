/** The demo's orchestrator client (libs/orchestrator-client, the admin key) and the run follower every demo step uses. */
import { createOrchestratorClient, unwrap, type OrchestratorApi } from '@cutover/orchestrator-client';

export type Api = OrchestratorApi;

/** What the preprocessing flow (direct or through a state transfer) leaves for the single-user and data-upgrade steps. */
export interface DemoFlow {
  upgradeId: string;
  sourceSystemId: string;
  targetSystemId: string;
}

export const log = (line: string) => console.log(`[demo] ${line}`);

export function demoApi(url: string, adminKey: string): Api {
  return createOrchestratorClient({ baseUrl: url, apiKey: adminKey });
}

/**
 * Follows a run to its end, printing a line when its task counts change (or, with `view`, what
 * that returns every second). A run that does not end well fails the demo with its task errors.
 */
export async function followRun(api: Api, runId: string, label: string, view?: () => Promise<string | null>): Promise<void> {
  let last = '';
  let lastView = 0;
  for (;;) {
    const r = unwrap(await api.GET('/v1/runs/{id}', { params: { path: { id: runId } } }));
    const line = `${r.counts.ended}/${r.counts.total} tasks ended, ${r.counts.executing} executing${r.counts.error ? `, ${r.counts.error} in error` : ''}`;
    if (r.status === 'running') {
      if (view && Date.now() - lastView >= 1000) {
        lastView = Date.now();
        const text = await view();
        if (text) log(`  ${label}: ${text}`);
      } else if (!view && line !== last) log(`  ${label}: ${line}`);
    }
    last = line;
    if (r.status !== 'running') {
      log(`${label} ${r.status} (${line})`);
      if (r.status !== 'ended') {
        const tasks = unwrap(await api.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId }, query: { status: 'error' } } }));
        throw new Error(`${label} ${r.status}: ${tasks.items.map((t) => `${t.key}: ${t.error}`).join('; ')}`);
      }
      return;
    }
    await new Promise((res) => setTimeout(res, 250));
  }
}

/** The body of a run start: with an admin's override of open checklist prerequisites, or none. */
export type RunStartBody = { override?: { reason: string } };

/**
 * The two preparations the seeds require before single-user work: back up the source, set its
 * recovery model to simple. PostgreSQL's backup needs a pg_dump at least as new as the server
 * (the embedded one is 18); where there is none it fails saying so, and the demo, whose data is
 * throwaway, goes on with an admin override that the checklist and the run's events record.
 */
export async function prepareForSingleUser(api: Api, upgradeId: string): Promise<RunStartBody> {
  let start: RunStartBody = {};
  try {
    const backup = unwrap(await api.POST('/v1/upgrades/{id}/backup/runs', { params: { path: { id: upgradeId } }, body: {} }));
    await followRun(api, backup.id, 'source backup');
  } catch (error) {
    const why = (error as Error).message.replace(/^source backup error: /, '');
    log(
      `  the backup is a prerequisite of the recovery model and single-user work; the demo overrides it (admin), recorded on the checklist: ${why}`,
    );
    start = { override: { reason: `demo on throwaway data: no backup possible here (${why})` } };
  }
  // After the backup: SIMPLE breaks the log-backup chain until the next full backup.
  const recovery = unwrap(await api.POST('/v1/upgrades/{id}/recovery-model/runs', { params: { path: { id: upgradeId } }, body: start }));
  await followRun(api, recovery.id, 'recovery model');
  return start;
}
