import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mintGrant, verifyGrant } from '@cutover/contracts';

const secret = 'a'.repeat(32);
const claims = { table: 'public.t', keyColumn: 'id', from: '1', to: '100' };
const now = 1_700_000_000;

describe('export grants', () => {
  it('verifies a grant for exactly what it was minted for', () => {
    const grant = mintGrant(secret, { ...claims, exp: now + 60 });
    assert.deepEqual(verifyGrant(secret, grant, claims, now), { ok: true, claims: { ...claims, exp: now + 60 } });
  });

  it('refuses another key, an expired grant, a tampered payload and another range', () => {
    const grant = mintGrant(secret, { ...claims, exp: now + 60 });
    assert.match(reason(verifyGrant('b'.repeat(32), grant, claims, now)), /signature/);
    assert.match(reason(verifyGrant(secret, grant, claims, now + 61)), /expired/);
    const [payload, sig] = grant.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), to: null })).toString(
      'base64url',
    );
    assert.match(reason(verifyGrant(secret, `${forged}.${sig}`, { ...claims, to: null }, now)), /signature/);
    assert.match(reason(verifyGrant(secret, grant, { ...claims, to: '101' }, now)), /to differs/);
    assert.match(reason(verifyGrant(secret, grant, { ...claims, table: 'public.u' }, now)), /table differs/);
    assert.match(reason(verifyGrant(secret, 'garbage', claims, now)), /malformed/);
  });
});

function reason(check: ReturnType<typeof verifyGrant>): string {
  assert.equal(check.ok, false);
  return check.ok ? '' : check.reason;
}
