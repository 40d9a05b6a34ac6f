import type { StartOperationRequest } from '@cutover/agent-client';

/**
 * An agent that restarts forgets its operations. Starting a forgotten operation again under the
 * same id is right for work that converges (a range load replaces its range, a read reads, a
 * prepare or a sequence set reaches the same state) and wrong for a script: it may have committed
 * before the agent died, and a second run could do harm. What to do with each kind:
 * - `start-again`: safe to run from the start;
 * - `check-status`: a script that records its status in its own transaction — the source's
 *   cutover.script_status row for this run says whether it committed;
 * - `unknown`: nothing can tell; a person must look before it runs again.
 */
export type ForgottenVerdict = 'start-again' | 'check-status' | 'unknown';

/** Operation types whose second run may differ from their first (arbitrary SQL). */
const NOT_SAFE_TWICE: ReadonlySet<string> = new Set(['execute-script', 'run-delta-script']);

/** Seconds of slack between the agent's uptime and the task's age (clocks, the time to start). */
const SLACK_SECONDS = 5;

export interface ForgottenContext {
  /** The orchestrator followed the operation on the agent before (not only resumed after a crash). */
  seenBefore: boolean;
  /** Seconds the task's attempt has executed; the agent's uptime, when known. */
  executingSeconds?: number;
  agentUptimeSeconds?: number;
}

export function forgottenVerdict(request: Pick<StartOperationRequest, 'type' | 'executeScript'>, ctx: ForgottenContext): ForgottenVerdict {
  if (!NOT_SAFE_TWICE.has(request.type)) return 'start-again';
  if (request.type === 'execute-script' && request.executeScript?.recordStatus && request.executeScript.transaction !== false) {
    return 'check-status';
  }
  // Resumed after an orchestrator crash: an agent that has been up longer than the attempt has
  // existed never received the operation (it would know it), so starting it is its first run.
  if (!ctx.seenBefore && ctx.executingSeconds !== undefined && ctx.agentUptimeSeconds !== undefined) {
    return ctx.agentUptimeSeconds > ctx.executingSeconds + SLACK_SECONDS ? 'start-again' : 'unknown';
  }
  return 'unknown';
}

/** The task's error when a forgotten operation cannot be started again by itself. */
export function unknownOutcomeMessage(operationId: string, type: string, runId: string): string {
  return (
    `the agent restarted while operation ${operationId} (${type}) may have been running, so whether it took effect is unknown; ` +
    `Cutover does not run a script operation (${type}) twice by itself. Check the database, then rerun the task (POST /v1/runs/${runId}/rerun-failed)`
  );
}
