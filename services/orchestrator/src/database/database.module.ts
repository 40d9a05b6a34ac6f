import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { StatePool } from './state-pool';

@Global()
@Module({})
export class DatabaseModule {
  /** Migrations run at start-up; `synchronize` is never used. */
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          migrationsTableName: 'migrations',
          migrationsTransactionMode: 'each',
          migrationsRun: true,
          namingStrategy: new SnakeNamingStrategy(),
          synchronize: false,
          uuidExtension: 'pgcrypto',
          extra: { max: 30, application_name: 'cutover-orchestrator' },
          retryAttempts: 3,
        }),
        TypeOrmModule.forFeature(ENTITIES),
      ],
      providers: [StatePool],
      exports: [TypeOrmModule, StatePool],
    };
  }
}
