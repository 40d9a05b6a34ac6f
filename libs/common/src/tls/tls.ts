import { readFileSync } from 'node:fs';
import { Agent as HttpsAgent } from 'node:https';
import { isIP } from 'node:net';
import type { FactoryProvider, NestApplicationOptions } from '@nestjs/common';
import { Agent as UndiciAgent, type Dispatcher } from 'undici';
import { explainTlsError, type TlsHints } from '@cutover/contracts';
import type { TlsSettings } from './tls-config';

const MIN_VERSION = 'TLSv1.2';

/** Nest hands these to https.createServer as they are (minVersion included, which its type omits). */
type HttpsOptions = NonNullable<NestApplicationOptions['httpsOptions']> & { minVersion: typeof MIN_VERSION };

/** Options for Nest's HTTPS listener, or undefined for plain HTTP (no certificate configured). */
export function httpsOptions(config: TlsSettings): HttpsOptions | undefined {
  if (!config.tlsCertFile || !config.tlsKeyFile) return undefined;
  const options: HttpsOptions = {
    cert: readFileSync(config.tlsCertFile),
    key: readFileSync(config.tlsKeyFile),
    minVersion: MIN_VERSION,
  };
  if (config.tlsClientCaFile) {
    // Mutual TLS: the handshake fails without a certificate signed by this CA (health checks included).
    options.ca = readFileSync(config.tlsClientCaFile);
    options.requestCert = true;
    options.rejectUnauthorized = true;
  }
  return options;
}

/** `http` or `https`, as the listener serves. */
export const listenerScheme = (config: TlsSettings): 'http' | 'https' => (config.tlsCertFile ? 'https' : 'http');

/** True for addresses only this machine reaches (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/** The warning to log when a listener serves plain HTTP on an address other machines reach; null otherwise. */
export function plainHttpWarning(config: TlsSettings & { host: string }, variables: { cert: string; key: string }): string | null {
  if (config.tlsCertFile || isLoopback(config.host)) return null;
  return `serving plain HTTP on ${config.host}: tokens, API keys, grants and copied rows cross the network unencrypted. Set ${variables.cert} and ${variables.key} to serve HTTPS`;
}

/**
 * How this service calls out over HTTPS: the trusted CA bundle and the client certificate, as an
 * undici dispatcher (for fetch) and as a node:https agent (for node:http-style streaming requests).
 * Built once per service; with nothing configured, both use Node's defaults.
 */
export class OutgoingTls {
  readonly dispatcher: Dispatcher | undefined;
  readonly httpsAgent: HttpsAgent | undefined;

  readonly hints: TlsHints;

  constructor(config: TlsSettings, hints: TlsHints) {
    this.hints = { ...hints, clientCertConfigured: config.tlsClientCertFile !== undefined };
    const connect = {
      ...(config.tlsCaFile ? { ca: readFileSync(config.tlsCaFile) } : {}),
      ...(config.tlsClientCertFile && config.tlsClientKeyFile
        ? { cert: readFileSync(config.tlsClientCertFile), key: readFileSync(config.tlsClientKeyFile) }
        : {}),
      minVersion: MIN_VERSION,
    } as const;
    const configured = config.tlsCaFile !== undefined || config.tlsClientCertFile !== undefined;
    this.dispatcher = configured ? new UndiciAgent({ connect }) : undefined;
    this.httpsAgent = configured ? new HttpsAgent({ ...connect, keepAlive: true }) : undefined;
  }

  /** fetch with this service's TLS settings; a TLS failure becomes an error naming the variable to set. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetch(url, { ...init, ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}) } as RequestInit);
    } catch (error) {
      throw this.explain(error, String(url));
    }
  }

  /** The error itself, or one that explains a TLS failure (the original as its cause). */
  explain(error: unknown, target: string): Error {
    const text = explainTlsError(error, target, this.hints);
    return text ? new Error(text, { cause: error }) : (error as Error);
  }

  /** Nest calls this at shutdown when the instance is a provider. */
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  /** Ends its connections at once: a long poll still open must not hold the shutdown (its task is retried). */
  async close(): Promise<void> {
    this.httpsAgent?.destroy();
    await this.dispatcher?.destroy();
  }
}

/** The OutgoingTls provider of a service whose variables start with `prefix` (ORCHESTRATOR, AGENT): the one place its calls out get their CA bundle and client certificate. */
export function outgoingTlsProvider(config: TlsSettings, prefix: string): FactoryProvider<OutgoingTls> {
  return {
    provide: OutgoingTls,
    useFactory: () =>
      new OutgoingTls(config, {
        caVariable: `${prefix}_TLS_CA_FILE`,
        clientCertVariables: `${prefix}_TLS_CLIENT_CERT_FILE and ${prefix}_TLS_CLIENT_KEY_FILE`,
      }),
  };
}
