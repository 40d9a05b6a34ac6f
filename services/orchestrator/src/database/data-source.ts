import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The orchestrator's state database. Migrations only: `synchronize` is never used. */
export function dataSourceOptions(url: string, options: { poolSize?: number } = {}): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // Pipelined: a query goes out at once even while the connection waits for an earlier one's
    // result, so a transaction's BEGIN travels with its first statement (StatePool.transaction).
    // Queries awaited one by one, as TypeORM's are, behave exactly as without.
    extra: { max: options.poolSize ?? 30, application_name: 'cutover-orchestrator', pipeline: true },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
