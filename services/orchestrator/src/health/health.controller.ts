import { createHealthController, HEALTH_PROBES, type HealthProbes } from '@cutover/common';
import type { Provider } from '@nestjs/common';
import { StatePool } from '../database/state-pool';
import { QueueName } from '../queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../queue/queue.driver';

export const HealthController = createHealthController({
  check: 'Liveness of the process and reachability of the state database. No key needed.',
  live: 'The process answers (a liveness probe: restart me when this fails). Touches nothing else. No key needed.',
  ready: 'Ready for traffic: the state database answers and the task queue (pg-boss) can be read. 503 otherwise. No key needed.',
});

/** The state database answers `SELECT 1`; the task queue (pg-boss) can be read. */
export const HEALTH_PROBES_PROVIDER: Provider = {
  provide: HEALTH_PROBES,
  inject: [StatePool, QUEUE_DRIVER],
  useFactory: (db: StatePool, queue: QueueDriver): HealthProbes => {
    const database = { name: 'database', check: async () => void (await db.query('SELECT 1')) };
    const tasks = { name: 'queue', check: async () => ({ pending: await queue.pending(QueueName.Tasks) }) };
    return { check: [database], ready: [database, tasks] };
  },
};
