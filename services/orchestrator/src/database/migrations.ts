import type { MigrationInterface } from 'typeorm';
import { AgentEvents1796119764776 } from './migrations/1796119764776-AgentEvents';
import { ChecklistGate1796120086740 } from './migrations/1796120086740-ChecklistGate';
import { TestSystemRestore1796127640940 } from './migrations/1796127640940-TestSystemRestore';
import { StateTransfer1795405642907 } from './migrations/1795405642907-StateTransfer';
import { DataUpgradePlan1795403556740 } from './migrations/1795403556740-DataUpgradePlan';
import { SingleUserMode1795402422909 } from './migrations/1795402422909-SingleUserMode';
import { DropSingleUserWatermark1796134697976 } from './migrations/1796134697976-DropSingleUserWatermark';
import { SingleUserRestoreState1796138000000 } from './migrations/1796138000000-SingleUserRestoreState';
import { Rehearsals1796148310103 } from './migrations/1796148310103-Rehearsals';
import { SequenceScope1796130923269 } from './migrations/1796130923269-SequenceScope';
import { ChangeRetention1796129377611 } from './migrations/1796129377611-ChangeRetention';
import { Preprocessing1795402175290 } from './migrations/1795402175290-Preprocessing';
import { RunCounters1795400326534 } from './migrations/1795400326534-RunCounters';
import { Initial1795398600155 } from './migrations/1795398600155-Initial';

/** Every migration, in order. A test fails when the entities want a migration that is not here. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795398600155,
  RunCounters1795400326534,
  Preprocessing1795402175290,
  SingleUserMode1795402422909,
  DataUpgradePlan1795403556740,
  StateTransfer1795405642907,
  AgentEvents1796119764776,
  ChecklistGate1796120086740,
  TestSystemRestore1796127640940,
  ChangeRetention1796129377611,
  SequenceScope1796130923269,
  DropSingleUserWatermark1796134697976,
  SingleUserRestoreState1796138000000,
  Rehearsals1796148310103,
];
