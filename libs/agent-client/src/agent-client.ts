import createClient, { type Client } from 'openapi-fetch';
import { contextHeaders, type TableRef } from '@cutover/contracts';
import { checkAgentInfo } from './agent-info';
import type { components, paths } from './transfer-agent.schema';

export type AgentSchemas = components['schemas'];
export type StartOperationRequest = AgentSchemas['StartOperationDto'];
export type AgentOperation = AgentSchemas['OperationDto'];
export type AgentInfo = AgentSchemas['InfoDto'];
export type AgentTableDefinition = AgentSchemas['TableDefinitionDto'];

/** The agent answered with an error (problem+json); `detail` is its message. */
export class AgentRequestError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly agentUrl: string,
    /** The whole problem document (extension members such as `sessions`). */
    readonly problem: Record<string, unknown> = {},
  ) {
    super(`agent ${agentUrl} answered ${status}: ${detail}`);
  }
}

/** The agent could not be reached (after retries on transient network errors). */
export class AgentUnreachableError extends Error {}

export interface AgentClientOptions {
  /** Per request; long-polls add their wait on top. */
  timeoutMs?: number;
  /** Retries on transient network errors only (never on an HTTP answer). */
  retries?: number;
  /** HTTPS to agents: the caller's CA bundle and client certificate (an undici dispatcher), and how it words TLS failures. */
  tls?: AgentClientTls;
}

/** The orchestrator's OutgoingTls, seen structurally (this client stays free of the services' libraries). */
export interface AgentClientTls {
  readonly dispatcher?: unknown;
  explain(error: unknown, target: string): Error;
}

/** A table as two path segments; openapi-fetch URL-encodes each, so no name is ever parsed from a dotted string. */
const pathOf = (t: TableRef) => ({ schema: t.schema, table: t.name });

const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

function isTransient(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return (error instanceof TypeError && cause?.code !== undefined && TRANSIENT.has(cause.code)) || (error as Error).name === 'TimeoutError';
}

/**
 * The one client the orchestrator uses to talk to transfer-agents, typed from
 * openapi/transfer-agent.json. Every call is idempotent on the agent side (operations carry their
 * own id), which is what makes retrying transient network errors safe.
 */
export class AgentClient {
  private readonly client: Client<paths>;

  constructor(
    readonly baseUrl: string,
    token: string,
    private readonly options: AgentClientOptions = {},
  ) {
    this.client = createClient<paths>({
      baseUrl: baseUrl.replace(/\/$/, ''),
      headers: { Authorization: `Bearer ${token}` },
      fetch: (request) => this.fetchWithRetry(request),
    });
    // Every call carries the caller's context: the X-Request-Id of the request (or task) that caused
    // it, and for task executions the run, task and attempt, so the agent's log lines name them.
    this.client.use({
      onRequest: ({ request }) => {
        for (const [name, value] of Object.entries(contextHeaders())) request.headers.set(name, value);
        return request;
      },
    });
  }

  /** The agent's info, checked: a 200 without the fields the orchestrator needs throws AgentInfoError. */
  async info(): Promise<AgentInfo> {
    return checkAgentInfo(this.unwrap(await this.client.GET('/v1/info')));
  }

  /** What the agent's login may do in its database. */
  async permissions(): Promise<AgentSchemas['PermissionsDto']> {
    return this.unwrap(await this.client.GET('/v1/info/permissions'));
  }

  /** Sessions on the agent's database; `ownLogin` marks the agent's own login. */
  async sessions(): Promise<AgentSchemas['SessionDto'][]> {
    return this.unwrap(await this.client.GET('/v1/sessions'));
  }

  /** The single-user watchdog: on or off, and the sessions of other logins it ended. */
  async singleUserStatus(): Promise<AgentSchemas['SingleUserStatusDto']> {
    return this.unwrap(await this.client.GET('/v1/sessions/single-user'));
  }

  async listTables(): Promise<AgentSchemas['TableSummaryDto'][]> {
    return this.unwrap(await this.client.GET('/v1/catalog/tables'));
  }

  /** A hash of each table's definition, to compare two databases' schemas. */
  async fingerprint(tables: TableRef[]): Promise<AgentSchemas['FingerprintDto']> {
    const body = { tables: tables.map((t) => ({ schema: t.schema, name: t.name })) };
    return this.unwrap(await this.client.POST('/v1/catalog/fingerprint', { body }));
  }

  /** Inner bounds (row values over `keyColumns`) splitting a table into `parts` key ranges of about equal rows. */
  async splitRanges(table: TableRef, keyColumns: string[], parts: number): Promise<AgentSchemas['RangesDto']> {
    return this.unwrap(
      await this.client.GET('/v1/catalog/tables/{schema}/{table}/ranges', {
        params: { path: pathOf(table), query: { keyColumns, parts } },
      }),
    );
  }

  /** Starts an operation and follows it to a final status (long polls). */
  async runOperation(body: StartOperationRequest, pollSeconds = 30): Promise<AgentOperation> {
    let op = await this.startOperation(body, pollSeconds);
    while (!['succeeded', 'failed', 'canceled'].includes(op.status)) {
      op = (await this.getOperation(body.id, pollSeconds)) ?? (await this.startOperation(body, pollSeconds));
    }
    return op;
  }

  async describeTable(table: TableRef, exactCount = false): Promise<AgentTableDefinition | null> {
    const res = await this.client.GET('/v1/catalog/tables/{schema}/{table}', { params: { path: pathOf(table), query: { exactCount } } });
    if (res.response.status === 404) return null;
    return this.unwrap(res);
  }

  /** Starts an operation, or returns the existing one with this id; waits up to `waitSeconds` for it to finish. */
  async startOperation(body: StartOperationRequest, waitSeconds = 0): Promise<AgentOperation> {
    return this.unwrap(await this.client.POST('/v1/operations', { body, params: { query: waitSeconds > 0 ? { waitSeconds } : {} } }));
  }

  /** The operation, or null when the agent does not know it (it restarted). Waits up to `waitSeconds` for it to finish. */
  async getOperation(id: string, waitSeconds = 0): Promise<AgentOperation | null> {
    const res = await this.client.GET('/v1/operations/{id}', { params: { path: { id }, query: waitSeconds > 0 ? { waitSeconds } : {} } });
    if (res.response.status === 404) return null;
    return this.unwrap(res);
  }

  /** Replaces the export grant of a queued copy-range; null when it no longer waits for one (started, finished or forgotten). */
  async renewGrant(id: string, grant: string): Promise<AgentOperation | null> {
    const res = await this.client.PUT('/v1/operations/{id}/grant', { params: { path: { id } }, body: { grant } });
    if (res.response.status === 404 || res.response.status === 409) return null;
    return this.unwrap(res);
  }

  async cancelOperation(id: string): Promise<AgentOperation | null> {
    const res = await this.client.POST('/v1/operations/{id}/cancel', { params: { path: { id } } });
    if (res.response.status === 404 || res.response.status === 409) return null;
    return this.unwrap(res);
  }

  private unwrap<T>(res: { data?: T; error?: unknown; response: Response }): T {
    if (res.data !== undefined && res.response.ok) return res.data;
    const problem = (res.error ?? {}) as Record<string, unknown>;
    const detail = typeof problem.detail === 'string' ? problem.detail : res.response.statusText;
    throw new AgentRequestError(res.response.status, detail, this.baseUrl, problem);
  }

  private async fetchWithRetry(request: Request): Promise<Response> {
    const retries = this.options.retries ?? 3;
    const wait = Number(new URL(request.url).searchParams.get('waitSeconds') ?? 0) * 1000;
    const dispatcher = this.options.tls?.dispatcher;
    for (let attempt = 0; ; attempt++) {
      try {
        const init = { signal: AbortSignal.timeout((this.options.timeoutMs ?? 30_000) + wait), ...(dispatcher ? { dispatcher } : {}) };
        return await fetch(request.clone(), init as RequestInit);
      } catch (error) {
        if (attempt >= retries || !isTransient(error)) {
          const explained = this.options.tls?.explain(error, this.baseUrl);
          const reason =
            explained && explained !== error
              ? explained.message
              : ((error as { cause?: Error }).cause?.message ?? (error as Error).message);
          throw new AgentUnreachableError(`agent at ${this.baseUrl} is unreachable: ${reason}`, { cause: error });
        }
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    }
  }
}
