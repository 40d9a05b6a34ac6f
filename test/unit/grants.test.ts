import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { grantExpiry, mintGrant, verifyGrant, type GrantRequest } from '@cutover/contracts';

const secret = 'a'.repeat(32);
const claims: GrantRequest = {
  table: { schema: 'weird', name: 'a.b' },
  keyColumns: ['dataareaid', 'id'],
  from: ['dat', '1'],
  to: ['dat', '100'],
  columns: ['id', 'name'],
  format: 'pg-binary',
  operation: 'task-1.1',
};
const now = 1_700_000_000;

describe('export grants', () => {
  it('verifies a grant for exactly what it was minted for', () => {
    const grant = mintGrant(secret, { ...claims, exp: now + 60 });
    assert.deepEqual(verifyGrant(secret, grant, claims, now), { ok: true, claims: { ...claims, exp: now + 60 } });
    assert.equal(grantExpiry(grant), now + 60);
  });

  it('refuses another key, an expired grant, a tampered payload and garbage', () => {
    const grant = mintGrant(secret, { ...claims, exp: now + 60 });
    assert.match(reason(verifyGrant('b'.repeat(32), grant, claims, now)), /signature/);
    assert.match(reason(verifyGrant(secret, grant, claims, now + 61)), /expired/);
    const [payload, sig] = grant.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), to: null })).toString(
      'base64url',
    );
    assert.match(reason(verifyGrant(secret, `${forged}.${sig}`, { ...claims, to: null }, now)), /signature/);
    assert.match(reason(verifyGrant(secret, 'garbage', claims, now)), /malformed/);
  });

  // Each bound field, changed alone, is refused, naming the field.
  const changed: [string, Partial<GrantRequest>][] = [
    ['table schema', { table: { schema: 'weirder', name: 'a.b' } }],
    ['table name', { table: { schema: 'weird', name: 'a' } }],
    // The dotted forms of two different tables must not collide.
    ['table schema', { table: { schema: 'weird.a', name: 'b' } }],
    ['keyColumns', { keyColumns: ['id'] }],
    ['keyColumns', { keyColumns: null }],
    ['keyColumns', { keyColumns: ['id', 'dataareaid'] }],
    ['from', { from: ['dat', '0'] }],
    ['from', { from: ['ceu', '1'] }],
    ['from', { from: ['dat'] }],
    ['from', { from: null }],
    ['to', { to: ['dat', '101'] }],
    ['to', { to: ['dat', '100', 'x'] }],
    ['to', { to: null }],
    // Values are not concatenated: ['da', 't1'] is not ['dat', '1'].
    ['from', { from: ['da', 't1'] }],
    ['columns', { columns: ['id'] }],
    ['columns', { columns: ['name', 'id'] }],
    ['columns', { columns: ['id', 'name', 'secret'] }],
    ['format', { format: 'mssql-rows-v1' }],
    ['operation', { operation: 'task-1.2' }],
  ];
  for (const [field, change] of changed) {
    it(`refuses a request whose ${field} differs (${JSON.stringify(change)})`, () => {
      const grant = mintGrant(secret, { ...claims, exp: now + 60 });
      assert.equal(
        reason(verifyGrant(secret, grant, { ...claims, ...change }, now)),
        `grant does not cover this request (${field} differs)`,
      );
    });
  }

  it('binds the whole table too: a null range grant does not cover a range', () => {
    const whole = { ...claims, keyColumns: null, from: null, to: null };
    const grant = mintGrant(secret, { ...whole, exp: now + 60 });
    assert.equal(verifyGrant(secret, grant, whole, now).ok, true);
    assert.match(reason(verifyGrant(secret, grant, { ...whole, keyColumns: ['id'] }, now)), /keyColumns differs/);
  });
});

function reason(check: ReturnType<typeof verifyGrant>): string {
  assert.equal(check.ok, false);
  return check.ok ? '' : check.reason;
}

describe('export grants: the edges a mutation found untested', () => {
  it('is valid through its expiry second and refused the second after', () => {
    const grant = mintGrant(secret, { ...claims, exp: now });
    assert.equal(verifyGrant(secret, grant, claims, now).ok, true, 'exp == now is still valid');
    assert.deepEqual(verifyGrant(secret, grant, claims, now + 1), { ok: false, reason: 'grant has expired' });
  });

  it('a grant without a payload before its dot, or without a dot, is malformed', () => {
    const grant = mintGrant(secret, { ...claims, exp: now + 60 });
    assert.deepEqual(verifyGrant(secret, grant.slice(grant.indexOf('.')), claims, now), { ok: false, reason: 'grant is malformed' });
    assert.deepEqual(verifyGrant(secret, 'nodot', claims, now), { ok: false, reason: 'grant is malformed' });
  });

  it('signed claims that are not JSON, or lack a numeric expiry, are refused with the reason', () => {
    const forge = (payloadText: string) => {
      const payload = Buffer.from(payloadText, 'utf8').toString('base64url');
      // Signed as the agent signs (HMAC-SHA256 over the versioned prefix and the payload), computed here independently.
      const mac = createHmac('sha256', secret).update(`cutover-grant-v3.${payload}`).digest('base64url');
      return `${payload}.${mac}`;
    };
    assert.deepEqual(verifyGrant(secret, forge('{not json'), claims, now), { ok: false, reason: 'grant payload is not readable' });
    assert.deepEqual(verifyGrant(secret, forge(JSON.stringify({ ...claims })), claims, now), { ok: false, reason: 'grant has expired' });
    assert.deepEqual(verifyGrant(secret, forge(JSON.stringify({ ...claims, exp: String(now + 60) })), claims, now), {
      ok: false,
      reason: 'grant has expired',
    });
  });

  it('a request without a table is compared as null, not as a crash', () => {
    const grant = mintGrant(secret, { ...claims, exp: now + 60 });
    const check = verifyGrant(secret, grant, { ...claims, table: undefined as unknown as GrantRequest['table'] }, now);
    assert.deepEqual(check, { ok: false, reason: 'grant does not cover this request (table schema differs)' });
  });

  it('the expiry of an unreadable grant is null', () => {
    assert.equal(grantExpiry('%%%.x'), null);
    assert.equal(grantExpiry(`${Buffer.from('{"exp":"soon"}').toString('base64url')}.x`), null);
    assert.equal(grantExpiry(mintGrant(secret, { ...claims, exp: now + 5 })), now + 5);
  });
});
