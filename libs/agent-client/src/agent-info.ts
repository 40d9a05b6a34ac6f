import type { components } from './transfer-agent.schema';

type AgentInfo = components['schemas']['InfoDto'];

/** What the orchestrator reads from an agent's `/v1/info`; other fields are passed through unchecked. */
const TEXT_FIELDS = ['agentName', 'agentVersion', 'serverVersion', 'database'] as const;
const ENGINES: readonly string[] = ['postgres', 'mssql'];
const MAX_TEXT = 1000;

/** The agent answered `/v1/info` with 200 but without fields the orchestrator needs. */
export class AgentInfoError extends Error {
  constructor(readonly problems: { field: string; message: string }[]) {
    super(`its /v1/info answer lacks what the orchestrator needs: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
  }
}

/** Checks an agent's `/v1/info` answer before anything is stored from it (a peer's answer is input too). */
export function checkAgentInfo(value: unknown): AgentInfo {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AgentInfoError([{ field: '(body)', message: 'is not a JSON object' }]);
  }
  const info = value as Record<string, unknown>;
  const problems: { field: string; message: string }[] = [];
  for (const field of TEXT_FIELDS) {
    const v = info[field];
    if (v === undefined || v === null) problems.push({ field, message: 'is missing' });
    else if (typeof v !== 'string' || v.trim() === '') problems.push({ field, message: 'must be a non-empty string' });
    else if (v.length > MAX_TEXT || v.includes('\0') || !v.isWellFormed()) {
      problems.push({ field, message: `must be text of at most ${MAX_TEXT} characters without NUL` });
    }
  }
  if (info.engine === undefined || info.engine === null) problems.push({ field: 'engine', message: 'is missing' });
  else if (typeof info.engine !== 'string' || !ENGINES.includes(info.engine)) {
    problems.push({ field: 'engine', message: `must be one of ${ENGINES.join(', ')}` });
  }
  if (problems.length > 0) throw new AgentInfoError(problems);
  return value as AgentInfo;
}
