import { createContext, useContext } from 'react';
import { createOrchestratorClient, OrchestratorRequestError, unwrap, type OrchestratorApi } from '@cutover/orchestrator-client';

/** The API key lives in sessionStorage: kept for this tab only, gone when it closes. */
const KEY = 'cutover.apiKey';

export type Role = 'viewer' | 'operator' | 'admin';
const RANK: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };

export interface Session {
  api: OrchestratorApi;
  apiKey: string;
  /** '' in the page served by the orchestrator: same origin. */
  baseUrl: string;
  actor: string;
  role: Role;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('no session');
  return session;
}

/** Null when the role may use a control, else the reason (the orchestrator's own wording). */
export function refusal(session: Session, needed: Role): string | null {
  return RANK[session.role] >= RANK[needed] ? null : `this needs the ${needed} role; the key ${session.actor} has ${session.role}`;
}

export const storedKey = (): string | null => sessionStorage.getItem(KEY);
export const forgetKey = (): void => sessionStorage.removeItem(KEY);

/** Checks the key against the orchestrator (GET /v1/info/caller) and keeps it for the tab. */
export async function signIn(apiKey: string, baseUrl = ''): Promise<Omit<Session, 'signOut'>> {
  const api = createOrchestratorClient({ baseUrl: baseUrl || window.location.origin, apiKey });
  const caller = unwrap(await api.GET('/v1/info/caller'));
  sessionStorage.setItem(KEY, apiKey);
  return { api, apiKey, baseUrl: baseUrl || window.location.origin, actor: caller.actor, role: caller.role as Role };
}

/** What an error says to a person: the problem+json detail when there is one. */
export function errorText(error: unknown): string {
  if (error instanceof OrchestratorRequestError)
    return `${error.status} ${String(error.problem.title ?? '')}: ${error.detail}`.replace(' : ', ': ');
  return error instanceof Error ? error.message : String(error);
}
