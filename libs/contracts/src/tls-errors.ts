/**
 * Turns a TLS failure of an outgoing call into a sentence an operator can act on, naming the
 * variable to set. Node reports these as codes (UNABLE_TO_VERIFY_LEAF_SIGNATURE, …) on the error
 * or on its `cause` (fetch wraps them in "fetch failed").
 */
export interface TlsHints {
  /** The variable holding the CA bundle the caller trusts (e.g. AGENT_TLS_CA_FILE). */
  caVariable: string;
  /** The variables of the client certificate the caller presents (mutual TLS). */
  clientCertVariables: string;
  /** Whether the caller presents a client certificate at all. */
  clientCertConfigured?: boolean;
}

const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

/** The code and message of the innermost error that carries a code (fetch → cause → cause…). */
function innermost(error: unknown): { code: string; message: string } {
  let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  let found = { code: '', message: String((e as Error | undefined)?.message ?? error) };
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') found = { code: e.code, message: String(e.message ?? '') };
    e = e.cause as typeof e;
  }
  return found;
}

/** An operator's explanation of a TLS failure reaching `target`, or null when the error is not about TLS. */
export function explainTlsError(error: unknown, target: string, hints: TlsHints): string | null {
  const { code, message } = innermost(error);
  const origin = safeOrigin(target);
  if (UNTRUSTED.has(code))
    return `TLS: the certificate of ${origin} is not signed by a CA this service trusts (${code}: ${message}). Set ${hints.caVariable} to the PEM file of the CA that issued it`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return `TLS: the certificate of ${origin} does not name that host (${message}). Use the host name the certificate was issued for, or reissue it with this name`;
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID')
    return `TLS: the certificate of ${origin} is not valid now (${code}). Renew it`;
  if (
    /CERTIFICATE_REQUIRED|ALERT_HANDSHAKE_FAILURE|ALERT_BAD_CERTIFICATE|ALERT_UNKNOWN_CA/.test(code) ||
    /certificate required/i.test(message)
  )
    return `TLS: ${origin} requires a client certificate its CA signed (mutual TLS) and refused this one or its absence (${code || message}). Set ${hints.clientCertVariables}`;
  // undici loses a TLS 1.3 "certificate required" alert: the server just closed the socket after the handshake.
  if (code === 'UND_ERR_SOCKET' && target.startsWith('https:') && hints.clientCertConfigured === false)
    return `TLS: ${origin} closed the connection right after the handshake: it most likely requires a client certificate (mutual TLS) and this service presents none. Set ${hints.clientCertVariables}`;
  if (/WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG/.test(code) || /wrong version number/i.test(message))
    return `TLS: ${origin} does not answer TLS (${code || message}); is it served over plain http://?`;
  return null;
}

function safeOrigin(target: string): string {
  try {
    return new URL(target).origin;
  } catch {
    return target;
  }
}
