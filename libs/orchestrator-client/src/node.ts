/**
 * The orchestrator client in Node (CLI, scripts, tests) reaching an HTTPS orchestrator whose
 * certificate a private CA signed, and presenting a client certificate where the orchestrator
 * requires mutual TLS (ORCHESTRATOR_TLS_CLIENT_CA_FILE). Node only: imported as
 * `@cutover/orchestrator-client/node`, never by the cockpit.
 */
import { readFileSync } from 'node:fs';
import { Agent } from 'undici';
import { createOrchestratorClient, type OrchestratorApi, type OrchestratorClientOptions } from './orchestrator-client';

/** PEM files: the CA bundle to trust (in place of Node's public CAs) and a client certificate with its key. */
export interface ClientTlsFiles {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

/** A file named for TLS could not be read: `option` says which setting named it. */
export class TlsFileError extends Error {
  constructor(
    readonly option: string,
    file: string,
    cause: unknown,
  ) {
    super(`${option}: cannot read ${file} (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
  }
}

function read(option: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new TlsFileError(option, file, error);
  }
}

/**
 * A fetch that trusts `caFile` and presents `certFile`/`keyFile`, without touching the process's
 * global dispatcher; plain `fetch` when no file is given. A certificate without its key (or the
 * reverse) is refused here rather than at the first handshake.
 */
export function tlsFetch(files: ClientTlsFiles, names = { ca: 'CA file', cert: 'client certificate', key: 'client key' }): typeof fetch {
  if (!files.caFile && !files.certFile && !files.keyFile) return (input, init) => globalThis.fetch(input, init);
  if (Boolean(files.certFile) !== Boolean(files.keyFile)) {
    throw new TlsFileError(
      files.certFile ? names.key : names.cert,
      '(not given)',
      'a client certificate needs both the certificate and its key',
    );
  }
  const dispatcher = new Agent({
    connect: {
      ...(files.caFile ? { ca: read(names.ca, files.caFile) } : {}),
      ...(files.certFile && files.keyFile ? { cert: read(names.cert, files.certFile), key: read(names.key, files.keyFile) } : {}),
    },
  });
  return (input, init) => globalThis.fetch(input, { ...init, dispatcher } as RequestInit);
}

/** `createOrchestratorClient` with the TLS files applied. */
export function createNodeOrchestratorClient(
  options: Omit<OrchestratorClientOptions, 'fetch'> & { tls?: ClientTlsFiles },
): OrchestratorApi {
  return createOrchestratorClient({ ...options, fetch: tlsFetch(options.tls ?? {}) });
}
