import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provenanceFindings, restoredAfterBackupPoint } from '../../services/orchestrator/src/state-transfer/provenance';
import type { StateTransferEntity, TestSystemRestore } from '../../services/orchestrator/src/state-transfer/state-transfer.entities';
import { watermarkCovers } from '../../services/orchestrator/src/state-transfer/watermarks';

describe('watermark order: does a backup’s watermark cover the backup point?', () => {
  it('PostgreSQL snapshots: every transaction visible at the point is visible in the backup', () => {
    assert.equal(watermarkCovers('postgres', '100:105:', '100:105:'), true, 'the same snapshot');
    assert.equal(watermarkCovers('postgres', '100:105:', '90:95:92'), true, 'later');
    assert.equal(watermarkCovers('postgres', '90:95:92', '100:105:'), false, 'earlier');
    // A long transaction (100) still running at both: nothing the point saw is missing.
    assert.equal(watermarkCovers('postgres', '100:120:100', '100:110:100,105'), true);
    // 105 committed before the point but was still running when the backup's snapshot was taken.
    assert.equal(watermarkCovers('postgres', '100:120:100,105', '100:110:100'), false);
    // The backup's xmax is lower, but everything in between was still running at the point.
    assert.equal(watermarkCovers('postgres', '100:103:', '100:105:103,104'), true);
    assert.equal(watermarkCovers('postgres', '100:103:', '100:105:103'), false);
    assert.equal(watermarkCovers('postgres', 'garbage', '100:105:'), null);
    assert.equal(watermarkCovers('postgres', '100:90:', '100:105:'), null, 'xmin above xmax is no snapshot');
    assert.equal(watermarkCovers('postgres', '100:105:99', '100:105:'), null, 'xip below xmin is no snapshot');
  });

  it('SQL Server Change Tracking versions are integers', () => {
    assert.equal(watermarkCovers('mssql', '12', '12'), true);
    assert.equal(watermarkCovers('mssql', '13', '12'), true);
    assert.equal(watermarkCovers('mssql', '11', '12'), false);
    assert.equal(watermarkCovers('mssql', '9223372036854775807', '9223372036854775806'), true, 'bigint, not float');
    assert.equal(watermarkCovers('mssql', '1:2:', '1'), null);
  });
});

describe('where the test system comes from, checked against the backup point', () => {
  const restore = (watermark: string | null, withManifest = true): TestSystemRestore => ({
    runId: 'r1',
    file: 'state-transfer/prod-1.dump',
    database: 'test',
    restoredAt: '2026-01-01T00:00:00Z',
    restoredBy: 'ops',
    backup: withManifest
      ? {
          sourceDatabase: 'prod',
          serverVersion: '15.18',
          watermark,
          takenAt: '2026-01-01T00:00:00Z',
          finishedAt: '2026-01-01T00:01:00Z',
          tool: 'pg_dump',
        }
      : null,
  });
  const state = (restored: TestSystemRestore | null): StateTransferEntity =>
    ({ upgradeId: 'u', backupWatermark: '100:105:', backupAt: new Date('2026-01-01T00:00:00Z'), restored }) as StateTransferEntity;

  it('a backup taken after the point passes; before it, or before change tracking, is a problem naming the backup', () => {
    assert.deepEqual(provenanceFindings('postgres', 'test', state(restore('100:110:')), null), { problems: [], advisories: [] });
    const early = provenanceFindings('postgres', 'test', state(restore('90:95:')), null);
    assert.equal(early.problems.length, 1);
    assert.match(
      early.problems[0],
      /restored from state-transfer\/prod-1\.dump \(taken 2026-01-01T00:00:00Z, watermark 90:95:\), taken before the backup point/,
    );
    assert.match(early.problems[0], /Back up production now/);
    assert.equal(restoredAfterBackupPoint('postgres', state(restore(null))), false);
    assert.equal(provenanceFindings('postgres', 'test', state(restore(null)), null).problems.length, 1);
  });

  it('unknown provenance is an advisory, not a refusal: restored by hand, a backup without manifest, an unreadable watermark', () => {
    const byHand = provenanceFindings('postgres', 'test', state(null), null);
    assert.deepEqual(byHand.problems, []);
    assert.match(
      byHand.advisories[0],
      /was not restored through POST \/v1\/upgrades\/\{id\}\/state-transfer\/restore\/runs.*make sure it does/,
    );
    const noManifest = provenanceFindings('postgres', 'test', state(restore(null, false)), null);
    assert.deepEqual(noManifest.problems, []);
    assert.match(noManifest.advisories[0], /has no manifest/);
    assert.match(provenanceFindings('postgres', 'test', state(restore('x')), null).advisories[0], /cannot be compared/);
  });

  it('a restore that failed is a problem; without a backup point there is nothing to compare', () => {
    const failed = provenanceFindings('postgres', 'test', state(null), { id: 'r2', status: 'error' });
    assert.match(failed.problems[0], /the last restore of the test system test \(run r2\) is error: its database may be empty/);
    const none = provenanceFindings('postgres', 'test', { ...state(restore('90:95:')), backupWatermark: null, backupAt: null }, null);
    assert.deepEqual(none, { problems: [], advisories: [] });
  });
});
