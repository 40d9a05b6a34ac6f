import { createHealthController, HEALTH_PROBES, type HealthProbes } from '@cutover/common';
import type { Provider } from '@nestjs/common';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';

export const HealthController = createHealthController({
  check: 'Liveness of the process and reachability of the database. No token needed.',
  live: 'The process answers (a liveness probe: restart me when this fails). Touches nothing else. No token needed.',
  ready: 'Ready for traffic: the database this agent serves answers. 503 otherwise. No token needed.',
});

/** The database this agent serves answers the engine's ping. */
export const HEALTH_PROBES_PROVIDER: Provider = {
  provide: HEALTH_PROBES,
  inject: [ENGINE],
  useFactory: (engine: Engine): HealthProbes => {
    const database = { name: 'database', details: { engine: engine.kind }, check: () => engine.ping() };
    return { check: [database, 'process'], ready: [database] };
  },
};
