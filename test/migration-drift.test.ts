import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, type TestDatabases } from '@cutover/testing';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../services/orchestrator/src/database/data-source';

/** Beside the OpenAPI drift test: the checked-in migrations build exactly the schema the entities describe. */
describe('checked-in migrations', () => {
  let dbs: TestDatabases<'state'>;
  let ds: DataSource;

  before(async () => {
    dbs = await createTestDatabases(['state']);
    ds = createDataSource(dbs.urls.state);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  });
  after(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dbs?.drop();
  });

  it('all run on an empty database', async () => {
    assert.equal(await ds.showMigrations(), false, 'every migration has run');
  });

  it('match the entities: after them TypeORM would generate nothing', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    assert.deepEqual(
      pending.upQueries.map((q) => q.query),
      [],
      'the entities need a migration: run `npm run migration:generate -- <Name>` and add it to MIGRATIONS',
    );
  });
});
