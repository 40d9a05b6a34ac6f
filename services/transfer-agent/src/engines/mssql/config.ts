import { readFileSync } from 'node:fs';
import type { ConnectionConfiguration } from 'tedious';
import { mssqlAuthentication } from './auth';

/** Written into sys.dm_exec_sessions.program_name, so sessions can tell the agent's connections apart. */
export const MSSQL_APPLICATION_NAME = 'cutover-transfer-agent';

/**
 * TDS packet size for the agent's connections. tedious defaults to 4 KB; SQL Server accepts up to
 * 32767 bytes, and bulk loads move far fewer packets (and round trips) with large ones.
 */
export const BULK_PACKET_SIZE = 32767;

/** SQL Server's largest packet size on an encrypted connection (a bigger one is refused or renegotiated). */
export const ENCRYPTED_PACKET_SIZE = 16383;

/** TLS settings from the agent's config; each overrides the connection string's. */
export interface MssqlTlsOptions {
  /** PEM file of the CA(s) that signed the server's certificate. */
  caFile?: string;
  /** The name the server's certificate must hold, when it differs from the address connected to. */
  serverName?: string;
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
  trustServerCertificate?: boolean;
}

export interface MssqlConnectionSettings {
  config: ConnectionConfiguration;
  database: string;
  /** Settings the agent logs as warnings at start (trustServerCertificate). */
  warnings: string[];
}

/**
 * Reads a connection URL or an ADO.NET-style connection string into tedious options.
 *
 * URL:    mssql://user:password@host[:port]/database?encrypt=true&trustServerCertificate=true
 *         (also sqlserver://; `domain=CORP` switches to NTLM; `instanceName=SQL2019`; `packetSize=`)
 * String: Server=host,1433;Database=AX;User Id=sa;Password=…;Encrypt=true;TrustServerCertificate=true
 *         (`Server=host\INSTANCE`; `Integrated Security=true` with `Domain=`, `User Id=` and
 *         `Password=` uses NTLM — tedious speaks NTLM with explicit credentials only, it cannot use
 *         the Windows logon session's Kerberos/SSPI ticket).
 */
export function parseMssqlConnection(text: string, tls: MssqlTlsOptions = {}): MssqlConnectionSettings {
  const trimmed = text.trim();
  const entries = /^(mssql|sqlserver):\/\//i.test(trimmed) ? fromUrl(trimmed) : fromConnectionString(trimmed);
  return withTls(build(entries), tls);
}

/**
 * Applies the agent's TLS settings, caps the packet size on encrypted connections (SQL Server
 * allows 16383 bytes there) and warns when the server's certificate is not checked.
 */
function withTls(settings: MssqlConnectionSettings, tls: MssqlTlsOptions): MssqlConnectionSettings {
  const options = settings.config.options!;
  if (tls.trustServerCertificate !== undefined) options.trustServerCertificate = tls.trustServerCertificate;
  if (tls.serverName) options.serverName = tls.serverName;
  const details: { ca?: string; minVersion?: 'TLSv1.2' | 'TLSv1.3' } = { minVersion: tls.minVersion ?? 'TLSv1.2' };
  if (tls.caFile) {
    try {
      details.ca = readFileSync(tls.caFile, 'utf8');
    } catch (error) {
      throw new Error(`SQL Server TLS: the CA file ${tls.caFile} cannot be read: ${(error as Error).message}`, { cause: error });
    }
  }
  options.cryptoCredentialsDetails = details;
  const warnings: string[] = [];
  if (options.encrypt !== false && (options.packetSize ?? BULK_PACKET_SIZE) > ENCRYPTED_PACKET_SIZE)
    options.packetSize = ENCRYPTED_PACKET_SIZE;
  if (options.encrypt !== false && options.trustServerCertificate)
    warnings.push(
      'SQL Server TLS: trustServerCertificate is on — the server certificate is NOT checked, so anyone between the agent and the server can read and change the traffic (credentials included). Set AGENT_MSSQL_TLS_CA_FILE (and AGENT_MSSQL_TLS_SERVER_NAME) instead',
    );
  if (options.encrypt === false) warnings.push('SQL Server TLS: encrypt is off — the traffic (login included) is not encrypted');
  return { ...settings, warnings };
}

/**
 * Names a TLS handshake failure: a server that offers only TLS 1.0/1.1 (SQL Server 2008 R2–2014
 * without the TLS 1.2 update) cannot talk to Node, which requires TLS 1.2.
 */
export function explainConnectError(error: Error): Error {
  const text = `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`;
  if (/unsupported protocol|wrong version number|no protocols available|protocol version|ERR_SSL_UNSUPPORTED_PROTOCOL/i.test(text)) {
    return new Error(
      `SQL Server TLS: the server offers TLS older than 1.2, which Node does not accept (${error.message}). Install the TLS 1.2 update for your SQL Server version (KB3135244 for 2008–2014) and enable TLS 1.2 in its Schannel settings, or connect through a TLS 1.2 proxy`,
      { cause: error },
    );
  }
  if (/self[- ]signed|unable to verify|certificate|altnames|hostname/i.test(text) && !/password|login failed/i.test(text)) {
    return new Error(
      `SQL Server TLS: the server certificate was not accepted (${error.message}). Give its CA in AGENT_MSSQL_TLS_CA_FILE and, when it names another host, AGENT_MSSQL_TLS_SERVER_NAME`,
      { cause: error },
    );
  }
  return error;
}

type Entries = Map<string, string>;

function fromUrl(text: string): Entries {
  const url = new URL(text.replace(/^sqlserver:/i, 'mssql:'));
  const e: Entries = new Map();
  e.set('server', decodeURIComponent(url.hostname));
  if (url.port) e.set('port', url.port);
  const db = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (db) e.set('database', db);
  if (url.username) e.set('user id', decodeURIComponent(url.username));
  if (url.password) e.set('password', decodeURIComponent(url.password));
  for (const [k, v] of url.searchParams) e.set(k.toLowerCase(), v);
  return e;
}

/** Key=value pairs separated by `;`; a value may be quoted with "…" or '…' (doubled to escape) or {…}. */
export function fromConnectionString(text: string): Entries {
  const e: Entries = new Map();
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf('=', i);
    if (eq === -1) {
      if (text.slice(i).trim()) throw new Error(`connection string: "${text.slice(i).trim()}" has no value`);
      break;
    }
    const key = text.slice(i, eq).trim().toLowerCase();
    i = eq + 1;
    while (text[i] === ' ') i++;
    let value = '';
    const open = text[i];
    if (open === '"' || open === "'" || open === '{') {
      const close = open === '{' ? '}' : open;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`connection string: unterminated quoted value for "${key}"`);
        if (text[i] === close) {
          if (text[i + 1] === close) {
            value += close;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      const semi = text.indexOf(';', i);
      i = semi === -1 ? text.length : semi + 1;
    } else {
      const semi = text.indexOf(';', i);
      value = (semi === -1 ? text.slice(i) : text.slice(i, semi)).trim();
      i = semi === -1 ? text.length : semi + 1;
    }
    if (key) e.set(key, value);
  }
  return e;
}

const ALIASES: Record<string, string> = {
  'data source': 'server',
  address: 'server',
  addr: 'server',
  'network address': 'server',
  host: 'server',
  'initial catalog': 'database',
  user: 'user id',
  uid: 'user id',
  username: 'user id',
  pwd: 'password',
  integratedsecurity: 'integrated security',
  trustservercertificate: 'trustservercertificate',
  'trust server certificate': 'trustservercertificate',
  instancename: 'instancename',
  'instance name': 'instancename',
  'packet size': 'packetsize',
  'connect timeout': 'connection timeout',
  'tenant id': 'tenantid',
  'client id': 'clientid',
  'application id': 'clientid',
  connecttimeout: 'connection timeout',
};

function truthy(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'sspi', 'strict', 'mandatory'].includes(v)) return true;
  if (['false', 'no', '0', 'optional'].includes(v)) return false;
  throw new Error(`connection string: "${value}" is not a boolean`);
}

function build(raw: Entries): MssqlConnectionSettings {
  const e: Entries = new Map();
  for (const [k, v] of raw) e.set(ALIASES[k] ?? k, v);
  let server = e.get('server') ?? '';
  let port: number | undefined = e.get('port') ? Number(e.get('port')) : undefined;
  let instanceName = e.get('instancename');
  // ADO forms: tcp:host,1433 and host\INSTANCE
  server = server.replace(/^tcp:/i, '');
  const comma = /^(.*),(\d+)$/.exec(server);
  if (comma) {
    server = comma[1];
    port = Number(comma[2]);
  }
  const named = /^([^\\]+)\\(.+)$/.exec(server);
  if (named) {
    server = named[1];
    instanceName = named[2];
  }
  if (!server) throw new Error('SQL Server connection: no server given');
  const database = e.get('database');
  if (!database) throw new Error('SQL Server connection: no database given (the agent serves exactly one database)');
  const authentication = mssqlAuthentication(e, truthy(e.get('integrated security')));
  const packetSize = e.get('packetsize') ? Number(e.get('packetsize')) : BULK_PACKET_SIZE;
  if (!Number.isInteger(packetSize) || packetSize < 512 || packetSize > 32767) {
    throw new Error(`SQL Server connection: packet size ${e.get('packetsize')} is outside 512..32767`);
  }
  if (port !== undefined && (!Number.isInteger(port) || port <= 0 || port > 65535)) throw new Error(`SQL Server connection: bad port`);
  const timeout = e.get('connection timeout');
  const config: ConnectionConfiguration = {
    server,
    authentication,
    options: {
      database,
      ...(instanceName ? { instanceName } : { port: port ?? 1433 }),
      encrypt: truthy(e.get('encrypt')) ?? true,
      trustServerCertificate: truthy(e.get('trustservercertificate')) ?? false,
      appName: MSSQL_APPLICATION_NAME,
      packetSize,
      // Values are read and written in UTC so a JS Date never shifts a wall-clock datetime.
      useUTC: true,
      // Exact bulk copies and checksums must not be cut at tedious's 2 GB default either way.
      textsize: 2147483647,
      // Long copies and index builds: operations are canceled through the abort signal instead.
      requestTimeout: 0,
      connectTimeout: timeout ? Number(timeout) * 1000 : 15_000,
      abortTransactionOnError: true,
      enableArithAbort: true,
      rowCollectionOnRequestCompletion: false,
      useColumnNames: false,
    },
  };
  return { config, database, warnings: [] };
}
