import type { RunView } from '@cutover/testing/services';
import { setAgentLink } from './network';
import type { Service } from './processes';
import type { PgServer, SmallDisk } from './servers';

export const FAULT_KINDS = ['source-agent', 'target-agent', 'orchestrator', 'state-db', 'target-db', 'network', 'disk'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number] | 'none';

/** What an injector can reach. */
export interface FaultScope {
  sourceAgent: Service;
  targetAgent: Service;
  orchestrators: Service[];
  state: PgServer;
  target: PgServer;
  disk: SmallDisk | null;
  random: () => number;
}

export interface Injection {
  /** The fault, at the random moment; returns once the faulted component is back (or, for a replica, gone for good). */
  inject(): Promise<void>;
  /** disk only: the run has stopped (failed, as it should); frees space. */
  afterFailure?(run: RunView): Promise<void>;
}

const seconds = (random: () => number, min: number, max: number) => Math.round((min + random() * (max - min)) * 1000);

/** Each kind of fault. Killed agents come back after 1–2 s (a supervisor restarting them); a killed replica does not. */
export const injectors: Record<FaultKind, (scope: FaultScope) => Injection> = {
  none: () => ({ inject: async () => undefined }),
  'source-agent': (s) => ({ inject: () => s.sourceAgent.kill(seconds(s.random, 1, 2)) }),
  'target-agent': (s) => ({ inject: () => s.targetAgent.kill(seconds(s.random, 1, 2)) }),
  orchestrator: (s) => ({ inject: () => s.orchestrators[Math.floor(s.random() * 2)].kill(null) }),
  'state-db': (s) => ({ inject: () => s.state.restart(seconds(s.random, 1, 3)) }),
  'target-db': (s) => ({ inject: () => s.target.restart(seconds(s.random, 1, 3)) }),
  network: (s) => ({
    inject: async () => {
      await setAgentLink(false);
      await new Promise((r) => setTimeout(r, seconds(s.random, 10, 30)));
      await setAgentLink(true);
    },
  }),
  disk: (s) => ({
    inject: async () => undefined,
    afterFailure: async () => {
      await s.disk?.resize(2048);
    },
  }),
};
