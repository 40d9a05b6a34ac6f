import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What a log line and an outgoing agent call carry about the work in progress: the request that
 * caused it, and the run, task, attempt and agent operation it belongs to. Held in an
 * AsyncLocalStorage, so nothing threads it through signatures.
 */
export interface WorkContext {
  requestId: string;
  runId?: string;
  taskId?: string;
  attempt?: number;
  operationId?: string;
}

/** The headers that carry a WorkContext from the orchestrator to an agent. */
export const CONTEXT_HEADERS = {
  requestId: 'x-request-id',
  runId: 'x-cutover-run-id',
  taskId: 'x-cutover-task-id',
  attempt: 'x-cutover-attempt',
} as const;

const storage = new AsyncLocalStorage<WorkContext>();

/** A caller's request id is kept when it is short printable text (no spaces, nothing to inject into a log); otherwise a new one. */
const VALID_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validRequestId(value: unknown): string | undefined {
  return typeof value === 'string' && VALID_ID.test(value) ? value : undefined;
}

export function newRequestId(): string {
  return randomUUID();
}

export function currentContext(): WorkContext | undefined {
  return storage.getStore();
}

/** Runs `work` with `context` (merged over the current one) as the context of everything it causes. */
export function runWithContext<T>(context: Partial<WorkContext>, work: () => T): T {
  const merged: WorkContext = {
    ...storage.getStore(),
    ...context,
    requestId: context.requestId ?? storage.getStore()?.requestId ?? newRequestId(),
  };
  return storage.run(merged, work);
}

/** The context a request brings: its request id (or a new one), and the run/task/attempt headers the orchestrator sends agents. */
export function contextFromHeaders(headers: Record<string, string | string[] | undefined>): WorkContext {
  const one = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const context: WorkContext = { requestId: validRequestId(one(CONTEXT_HEADERS.requestId)) ?? newRequestId() };
  const runId = one(CONTEXT_HEADERS.runId);
  const taskId = one(CONTEXT_HEADERS.taskId);
  const attempt = one(CONTEXT_HEADERS.attempt);
  if (runId && UUID.test(runId)) context.runId = runId;
  if (taskId && UUID.test(taskId)) context.taskId = taskId;
  if (attempt && /^\d{1,9}$/.test(attempt)) context.attempt = Number(attempt);
  return context;
}

/** The headers an outgoing agent call carries for the current context (none outside one). */
export function contextHeaders(context = currentContext()): Record<string, string> {
  if (!context) return {};
  const headers: Record<string, string> = { [CONTEXT_HEADERS.requestId]: context.requestId };
  if (context.runId) headers[CONTEXT_HEADERS.runId] = context.runId;
  if (context.taskId) headers[CONTEXT_HEADERS.taskId] = context.taskId;
  if (context.attempt !== undefined) headers[CONTEXT_HEADERS.attempt] = String(context.attempt);
  return headers;
}
