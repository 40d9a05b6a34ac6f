import { explainTlsError } from '@cutover/contracts';
import { tlsFetch } from '@cutover/orchestrator-client/node';
import {
  allPages,
  createOrchestratorClient,
  OrchestratorRequestError,
  unwrap,
  type OrchestratorApi,
  type UpgradeView,
} from '@cutover/orchestrator-client';

/** Options every command takes (flags override CUTOVER_URL, CUTOVER_API_KEY, CUTOVER_UPGRADE, CUTOVER_CA_FILE, …). */
export interface GlobalOptions {
  url?: string;
  apiKey?: string;
  upgrade?: string;
  json?: boolean;
  /** PEM CA bundle trusted for an HTTPS orchestrator (in place of Node's public CAs). */
  ca?: string;
  /** Client certificate and key (PEM) for an orchestrator that requires mutual TLS. */
  cert?: string;
  key?: string;
}

/** The TLS settings as the user names them: flag, then environment variable. */
export const TLS_NAMES = {
  ca: '--ca (CUTOVER_CA_FILE)',
  cert: '--cert (CUTOVER_CLIENT_CERT_FILE)',
  key: '--key (CUTOVER_CLIENT_KEY_FILE)',
} as const;

/** Exit codes: documented in `cutover --help` and the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2, runError: 3, runCanceled: 4 } as const;

/** A failure the user can act on: printed as one line (or as JSON), never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}

export class Context {
  readonly api: OrchestratorApi;
  readonly baseUrl: string;
  readonly apiKey: string;
  /** fetch with the CA and client certificate applied: the SSE stream (`runs watch`) goes through it too. */
  readonly fetch: typeof fetch;
  /** Whether a client certificate is presented (a TLS error then says what is wrong with it rather than that it is missing). */
  readonly clientCert: boolean;
  readonly json: boolean;
  private readonly upgradeFlag?: string;

  constructor(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env) {
    const url = options.url ?? env.CUTOVER_URL;
    const apiKey = options.apiKey ?? env.CUTOVER_API_KEY;
    if (!url) throw new CliError('no orchestrator URL: set CUTOVER_URL or pass --url', EXIT.usage);
    if (!apiKey) throw new CliError('no API key: set CUTOVER_API_KEY or pass --api-key', EXIT.usage);
    this.baseUrl = url.replace(/\/$/, '');
    this.apiKey = apiKey;
    this.json = options.json ?? false;
    this.upgradeFlag = options.upgrade ?? env.CUTOVER_UPGRADE;
    const tls = {
      caFile: options.ca ?? env.CUTOVER_CA_FILE,
      certFile: options.cert ?? env.CUTOVER_CLIENT_CERT_FILE,
      keyFile: options.key ?? env.CUTOVER_CLIENT_KEY_FILE,
    };
    this.clientCert = Boolean(tls.certFile);
    try {
      this.fetch = tlsFetch(tls, TLS_NAMES);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error), EXIT.usage);
    }
    this.api = createOrchestratorClient({ baseUrl: this.baseUrl, apiKey, fetch: this.fetch });
  }

  /** The upgrade named by --upgrade / CUTOVER_UPGRADE, else the only (or most recent) one. */
  async upgrade(): Promise<UpgradeView> {
    if (this.upgradeFlag) {
      return unwrap(await this.api.GET('/v1/upgrades/{id}', { params: { path: { id: this.upgradeFlag } } }));
    }
    const upgrades = await allPages((offset) => this.api.GET('/v1/upgrades', { params: { query: { offset, limit: 1000 } } }).then(unwrap));
    if (upgrades.length === 0) throw new CliError('the orchestrator has no upgrade yet (POST /v1/upgrades)');
    return upgrades.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
  }

  /** Machine output with --json, else the lines. */
  print(data: unknown, lines: () => string[]): void {
    if (this.json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    else for (const line of lines()) process.stdout.write(`${line}\n`);
  }
}

/** One line for an error, with the problem+json detail when the orchestrator sent one. */
export function describeError(
  error: unknown,
  ctx?: Pick<Context, 'baseUrl' | 'clientCert'>,
): { message: string; status?: number; exitCode: number } {
  if (error instanceof OrchestratorRequestError) return { message: error.detail, status: error.status, exitCode: EXIT.failed };
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  const tls = explainTlsError(error, ctx?.baseUrl ?? 'the orchestrator', {
    caVariable: TLS_NAMES.ca,
    clientCertVariables: `${TLS_NAMES.cert} and ${TLS_NAMES.key}`,
    clientCertConfigured: ctx?.clientCert,
  });
  if (tls) return { message: tls, exitCode: EXIT.failed };
  const cause = (error as { cause?: { code?: string } }).cause;
  if (error instanceof TypeError && cause?.code) return { message: `cannot reach the orchestrator (${cause.code})`, exitCode: EXIT.failed };
  return { message: error instanceof Error ? error.message : String(error), exitCode: EXIT.failed };
}

export const n = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : x.toLocaleString('en'));

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '-';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

/** Fixed-width columns for plain output (no escape codes: safe in logs and pipes). */
export function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}
