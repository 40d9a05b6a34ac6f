import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { migratedStateDatabase, type MigratedState } from './support/state-database';

/** Beside the OpenAPI drift test: the checked-in migrations build exactly the schema the entities describe. */
describe('checked-in migrations', () => {
  let db: MigratedState;
  let ds: DataSource;

  before(async () => {
    db = await migratedStateDatabase();
    ds = db.ds;
  });
  after(() => db?.drop());

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
