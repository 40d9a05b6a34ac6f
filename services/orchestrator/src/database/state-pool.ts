import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * Raw SQL on TypeORM's own pool, for the run executor's hot paths (claim, finish, dispatch),
 * where conditional updates and row locks are the point and an ORM would only hide them.
 */
@Injectable()
export class StatePool {
  readonly pool: Pool;

  constructor(@InjectDataSource() ds: DataSource) {
    this.pool = (ds.driver as PostgresDriver).master as Pool;
  }

  async query<T extends object = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(text, values)).rows;
  }

  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** A pg client or pool: both have query(). */
export type Queryable = Pick<Pool, 'query'>;
