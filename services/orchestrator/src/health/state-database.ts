import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { OrchestratorConfig } from '../config/orchestrator.config';

/** The orchestrator's own PostgreSQL (state and, with the core issue, TypeORM and pg-boss). */
@Injectable()
export class StateDatabase implements OnApplicationShutdown {
  readonly pool: Pool;

  constructor(@Inject(OrchestratorConfig) config: OrchestratorConfig) {
    this.pool = new Pool({ connectionString: config.databaseUrl, max: 4, application_name: 'cutover-orchestrator' });
    this.pool.on('error', () => undefined);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
