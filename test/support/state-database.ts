import { createTestDatabases } from '@cutover/testing';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../services/orchestrator/src/database/data-source';

export interface MigratedState {
  url: string;
  ds: DataSource;
  drop(): Promise<void>;
}

/** A fresh state database on the harness's PostgreSQL with the checked-in migrations run, as an orchestrator leaves it at boot. */
export async function migratedStateDatabase(): Promise<MigratedState> {
  const dbs = await createTestDatabases(['state']);
  const ds = createDataSource(dbs.urls.state);
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (ds.isInitialized) await ds.destroy();
    await dbs.drop();
    throw error;
  }
  return {
    url: dbs.urls.state,
    ds,
    drop: async () => {
      if (ds.isInitialized) await ds.destroy();
      await dbs.drop();
    },
  };
}
