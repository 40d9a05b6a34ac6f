import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';
import { StatePool } from './state-pool';

@Global()
@Module({})
export class DatabaseModule {
  /** Migrations run at start-up; `synchronize` is never used. */
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(url), migrationsRun: true, retryAttempts: 3 })],
      providers: [StatePool],
      // Each module registers the entities it reads (TypeOrmModule.forFeature); the pool is for the repositories' raw SQL.
      exports: [StatePool],
    };
  }
}
