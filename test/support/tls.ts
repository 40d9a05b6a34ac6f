import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { Agent, type Dispatcher } from 'undici';

/**
 * Certificates for the TLS tests, made by the test: keys by node:crypto, X.509 signing by
 * node-forge (node:crypto cannot sign certificates). Everything lives in a temporary directory.
 */
export interface TestPki {
  dir: string;
  /** The CA the services trust, its leaf (server and client use, localhost + 127.0.0.1) and a client-only certificate. */
  caFile: string;
  certFile: string;
  keyFile: string;
  clientCertFile: string;
  clientKeyFile: string;
  /** Another CA, unrelated to the services' certificates, and a leaf it signed. */
  otherCaFile: string;
  otherCertFile: string;
  otherKeyFile: string;
}

interface Issued {
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  keyPem: string;
}

function keyPair(): { key: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; keyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return {
    key: forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()) as forge.pki.rsa.PublicKey,
    keyPem,
  };
}

function issue(commonName: string, issuer: Issued | null, usage: 'ca' | 'server-client' | 'client'): Issued {
  const { key, publicKey, keyPem } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  cert.setSubject([{ name: 'commonName', value: commonName }]);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : [{ name: 'commonName', value: commonName }]);
  const extensions: object[] =
    usage === 'ca'
      ? [
          { name: 'basicConstraints', cA: true, critical: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
        ]
      : [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
          { name: 'extKeyUsage', serverAuth: usage === 'server-client', clientAuth: true },
          {
            name: 'subjectAltName',
            altNames: [
              { type: 2, value: 'localhost' },
              { type: 7, ip: '127.0.0.1' },
            ],
          },
        ];
  cert.setExtensions([...extensions, { name: 'subjectKeyIdentifier' }]);
  cert.sign(issuer?.key ?? key, forge.md.sha256.create());
  return { cert, key, keyPem };
}

export function generatePki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-pki-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text, { mode: 0o600 });
    return file;
  };
  const pem = (i: Issued) => forge.pki.certificateToPem(i.cert);
  const ca = issue('Cutover test CA', null, 'ca');
  const leaf = issue('localhost', ca, 'server-client');
  const client = issue('cutover-client', ca, 'client');
  const other = issue('Some other CA', null, 'ca');
  const otherLeaf = issue('localhost', other, 'server-client');
  return {
    dir,
    caFile: write('ca.pem', pem(ca)),
    certFile: write('service.pem', pem(leaf)),
    keyFile: write('service.key', leaf.keyPem),
    clientCertFile: write('client.pem', pem(client)),
    clientKeyFile: write('client.key', client.keyPem),
    otherCaFile: write('other-ca.pem', pem(other)),
    otherCertFile: write('other.pem', pem(otherLeaf)),
    otherKeyFile: write('other.key', otherLeaf.keyPem),
  };
}

/** A fetch that trusts `ca` (and presents a client certificate when given), without touching the process's global dispatcher. */
export function tlsFetch(ca: string, client?: { cert: string; key: string }): typeof fetch & { dispatcher: Dispatcher } {
  const dispatcher = new Agent({
    connect: {
      ca: readFileSync(ca),
      ...(client ? { cert: readFileSync(client.cert), key: readFileSync(client.key) } : {}),
    },
  });
  const f = ((input: string | URL | Request, init: RequestInit = {}) =>
    fetch(input, { ...init, dispatcher } as RequestInit)) as typeof fetch & {
    dispatcher: Dispatcher;
  };
  f.dispatcher = dispatcher;
  return f;
}
