import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * An export grant lets one agent pull one key range of one table from another agent without
 * holding that agent's token. The orchestrator mints it with the source agent's token; the
 * source agent verifies it with the same token. It is bound to table, key range, format and
 * expiry, so a leaked grant reads nothing else and not for long.
 */
export interface GrantClaims {
  /** Source table, `schema.table` in formatTableRef form. */
  table: string;
  keyColumn: string | null;
  from: string | null;
  to: string | null;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const PREFIX = 'cutover-grant-v1.';

function sign(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret)
    .update(PREFIX + payload)
    .digest();
}

export function mintGrant(secret: string, claims: GrantClaims): string {
  const canonical = JSON.stringify({
    exp: claims.exp,
    from: claims.from,
    keyColumn: claims.keyColumn,
    table: claims.table,
    to: claims.to,
  });
  const payload = Buffer.from(canonical, 'utf8').toString('base64url');
  return `${payload}.${sign(secret, payload).toString('base64url')}`;
}

export type GrantCheck = { ok: true; claims: GrantClaims } | { ok: false; reason: string };

/** Verifies signature and expiry, then that the grant covers exactly what is asked for. */
export function verifyGrant(
  secret: string,
  grant: string,
  wanted: Omit<GrantClaims, 'exp'>,
  nowSeconds = Math.floor(Date.now() / 1000),
): GrantCheck {
  const dot = grant.indexOf('.');
  if (dot <= 0) return { ok: false, reason: 'grant is malformed' };
  const payload = grant.slice(0, dot);
  const given = Buffer.from(grant.slice(dot + 1), 'base64url');
  const expected = sign(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'grant signature is not valid for this agent' };
  }
  let claims: GrantClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as GrantClaims;
  } catch {
    return { ok: false, reason: 'grant payload is not readable' };
  }
  if (typeof claims.exp !== 'number' || claims.exp < nowSeconds) {
    return { ok: false, reason: 'grant has expired' };
  }
  for (const key of ['table', 'keyColumn', 'from', 'to'] as const) {
    if ((claims[key] ?? null) !== (wanted[key] ?? null)) {
      return { ok: false, reason: `grant does not cover this request (${key} differs)` };
    }
  }
  return { ok: true, claims };
}
