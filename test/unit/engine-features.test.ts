import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EngineKind } from '@cutover/contracts';
import { engineSupport, parseVersion } from '../../services/transfer-agent/src/engines/features';
import { engineSupported } from '../../services/orchestrator/src/preprocessing/readiness-checks';

describe('engine versions and features', () => {
  it('parses the versions servers print', () => {
    assert.deepEqual(parseVersion('10.50.6000.34 Standard Edition (64-bit)'), [10, 50]);
    assert.deepEqual(parseVersion('18.1'), [18, 1]);
    assert.deepEqual(parseVersion('14'), [14, 0]);
    assert.equal(parseVersion('unknown'), null);
  });

  it('SQL Server 2008 R2 is supported without checksum verification; 2005 is not supported; 2016 has everything', () => {
    const r2 = engineSupport(EngineKind.Mssql, '10.50.6000.34 Standard Edition (64-bit)');
    assert.equal(r2.supported, true);
    assert.deepEqual(
      r2.features.filter((f) => !f.available).map((f) => f.feature),
      ['checksum verification'],
    );
    assert.equal(engineSupport(EngineKind.Mssql, '9.00.5000.00 Enterprise').supported, false);
    assert.ok(engineSupport(EngineKind.Mssql, '13.0.6300.2 Developer').features.every((f) => f.available));
    assert.equal(engineSupport(EngineKind.Postgres, '13.16').supported, false);
    assert.equal(engineSupport(EngineKind.Postgres, '18.1').supported, true);
    assert.equal(engineSupport(EngineKind.Mssql, 'garbage').supported, false);
  });

  it('readiness names the version, the floor and each missing feature', () => {
    const r2 = engineSupported('mssql', '10.50.6000.34', engineSupport(EngineKind.Mssql, '10.50.6000.34'));
    assert.deepEqual(
      r2.map((c) => [c.check, c.status]),
      [
        ['engine', 'pass'],
        ['engine-features', 'advisory'],
      ],
    );
    assert.match(r2[1].message, /checksum verification needs SQL Server 2016, and this server is 10\.50\.6000\.34/);
    const old = engineSupported('postgres', '13.16', engineSupport(EngineKind.Postgres, '13.16'));
    assert.equal(old[0].status, 'error');
    assert.match(old[0].message, /older than PostgreSQL 14, the oldest supported/);
  });
});
