import type { CopyRangePayload, FinishTablePayload, PrepareTablePayload, VerifyTablePayload } from '../copy/copy-tasks';
import type { SyncSequencesPayload } from '../copy/sync-sequences.handler';
import type { ReadinessPayload } from '../preprocessing/readiness.handler';
import type { SourceScriptPayload } from '../preprocessing/source-script.handlers';
import type { EnsureTablePayload } from '../state-transfer/transfer-tasks';
import type { AgentOperationPayload } from './agent-operation-task.handler';
import type { ScriptPayload } from './script.handler';

/**
 * Every task kind and the payload its tasks carry: the one map handlers (TaskRow<TaskPayload<K>>)
 * and the specs that create tasks are typed by. A kind here without a handler stops the boot.
 */
export interface TaskPayloads {
  script: ScriptPayload;
  'agent-operation': AgentOperationPayload;
  readiness: ReadinessPayload;
  'source-script': SourceScriptPayload;
  'delta-script': SourceScriptPayload;
  'single-user-guard': { upgradeId: string };
  'prepare-table': PrepareTablePayload;
  'copy-range': CopyRangePayload;
  'verify-table': VerifyTablePayload;
  'finish-table': FinishTablePayload;
  'finish-foreign-keys': FinishTablePayload;
  'sync-sequences': SyncSequencesPayload;
  'ensure-table': EnsureTablePayload;
}

export type TaskKind = keyof TaskPayloads;
export type TaskPayload<K extends TaskKind> = TaskPayloads[K];

/** The kinds at run time (checked against TaskPayloads both ways by the compiler). */
export const TASK_KINDS = [
  'script',
  'agent-operation',
  'readiness',
  'source-script',
  'delta-script',
  'single-user-guard',
  'prepare-table',
  'copy-range',
  'verify-table',
  'finish-table',
  'finish-foreign-keys',
  'sync-sequences',
  'ensure-table',
] as const satisfies readonly TaskKind[];

/** Fails to compile when a kind of TaskPayloads is missing from TASK_KINDS. */
export const EVERY_KIND_LISTED: Exclude<TaskKind, (typeof TASK_KINDS)[number]> extends never ? true : never = true;
