import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TableRef } from './identifiers';
import type { KeyBounds } from './key-ranges';

/**
 * An export grant lets one agent pull one key range of one table from another agent without
 * holding that agent's token. The orchestrator mints it with the source agent's token; the
 * source agent verifies it with the same token. It binds everything the export returns — table,
 * key columns, bounds, columns (and their order), wire format — and the operation it was minted
 * for, and it lives minutes: a leaked grant reads nothing else, for nobody else, and not for long.
 */
export interface GrantClaims extends KeyBounds {
  table: TableRef;
  /** The columns the range is taken on (the copy key, maybe composite); null exports the whole table. */
  keyColumns: string[] | null;
  /** Columns exported, in order. */
  columns: string[];
  format: string;
  /** The target agent's operation (copy-range) the grant was minted for. */
  operation: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export type GrantRequest = Omit<GrantClaims, 'exp'>;

/** v3: bounds are row values (arrays), for composite copy keys. */
const PREFIX = 'cutover-grant-v3.';

function sign(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret)
    .update(PREFIX + payload)
    .digest();
}

/** Fixed key order, so the signed bytes do not depend on how the claims object was built. */
function canonical(c: GrantClaims): string {
  return JSON.stringify({
    table: { schema: c.table.schema, name: c.table.name },
    keyColumns: c.keyColumns,
    from: c.from,
    to: c.to,
    columns: c.columns,
    format: c.format,
    operation: c.operation,
    exp: c.exp,
  });
}

export function mintGrant(secret: string, claims: GrantClaims): string {
  const payload = Buffer.from(canonical(claims), 'utf8').toString('base64url');
  return `${payload}.${sign(secret, payload).toString('base64url')}`;
}

export type GrantCheck = { ok: true; claims: GrantClaims } | { ok: false; reason: string };

/** Each bound field, compared as JSON: arrays element by element in order; an absent value counts as null. */
const BOUND: { field: string; of: (c: GrantRequest) => unknown }[] = [
  { field: 'table schema', of: (c) => c.table?.schema },
  { field: 'table name', of: (c) => c.table?.name },
  { field: 'keyColumns', of: (c) => c.keyColumns },
  { field: 'from', of: (c) => c.from },
  { field: 'to', of: (c) => c.to },
  { field: 'columns', of: (c) => c.columns },
  { field: 'format', of: (c) => c.format },
  { field: 'operation', of: (c) => c.operation },
];

/** Verifies signature and expiry, then that the grant covers exactly what is asked for. */
export function verifyGrant(secret: string, grant: string, wanted: GrantRequest, nowSeconds = Math.floor(Date.now() / 1000)): GrantCheck {
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
  for (const { field, of } of BOUND) {
    if (JSON.stringify(of(claims) ?? null) !== JSON.stringify(of(wanted) ?? null)) {
      return { ok: false, reason: `grant does not cover this request (${field} differs)` };
    }
  }
  return { ok: true, claims };
}

/** When a grant expires (seconds since the epoch), read without verifying; null when unreadable. */
export function grantExpiry(grant: string): number | null {
  try {
    const exp = (JSON.parse(Buffer.from(grant.slice(0, grant.indexOf('.')), 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}
