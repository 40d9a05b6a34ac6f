import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactUrl } from '@cutover/common';

describe('redactUrl', () => {
  it('replaces the grant and token-like query values, keeping the rest', () => {
    assert.equal(
      redactUrl('/v1/export/ax/t?format=pg-binary&grant=eyJ0.c2ln&columns=a&columns=b'),
      '/v1/export/ax/t?format=pg-binary&grant=REDACTED&columns=a&columns=b',
    );
    assert.equal(
      redactUrl('http://h:1/x?token=abc&api_key=k&access-token=t&X=1&Signature=s#frag'),
      'http://h:1/x?token=REDACTED&api_key=REDACTED&access-token=REDACTED&X=1&Signature=REDACTED#frag',
    );
    assert.equal(redactUrl('/v1/x?%67rant=abc'), '/v1/x?%67rant=REDACTED', 'an encoded name is still a grant');
  });

  it('leaves URLs without a query, and harmless parameters, as they are', () => {
    assert.equal(redactUrl('/v1/operations/abc'), '/v1/operations/abc');
    assert.equal(redactUrl('/v1/runs?limit=10&offset=20'), '/v1/runs?limit=10&offset=20');
    assert.equal(redactUrl('/v1/x?grantee=bob'), '/v1/x?grantee=bob');
  });
});
