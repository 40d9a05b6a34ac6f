import { AgentEventEntity } from '../agents/agent-event.entity';
import { AgentEntity } from '../agents/agent.entity';
import { ApiKeyEntity } from '../auth/api-key.entity';
import { ChecklistTaskEntity } from '../checklist/checklist-task.entity';
import { DataUpgradePlanEntity } from '../data-upgrade/data-upgrade-plan.entity';
import { RunEventEntity } from '../runs/run-event.entity';
import { ScriptPackageEntity } from '../packages/script-package.entity';
import { DeltaWatermarkEntity, ReadinessResultEntity, ScriptStateEntity } from '../preprocessing/preprocessing.entities';
import { NumberSequenceApplicationEntity, StateTransferEntity } from '../state-transfer/state-transfer.entities';
import { RehearsalEntity } from '../rehearsals/rehearsal.entity';
import { RunEntity } from '../runs/run.entity';
import { TaskDependencyEntity } from '../runs/task-dependency.entity';
import { TaskEntity } from '../runs/task.entity';
import { SystemEntity } from '../systems/system.entity';
import { UpgradeEntity } from '../upgrades/upgrade.entity';

/** The explicit entity list (no globs: they break under bundlers and hide what is mapped). */
export const ENTITIES = [
  ApiKeyEntity,
  AgentEntity,
  AgentEventEntity,
  SystemEntity,
  ScriptPackageEntity,
  UpgradeEntity,
  ChecklistTaskEntity,
  RunEntity,
  TaskEntity,
  TaskDependencyEntity,
  RunEventEntity,
  ScriptStateEntity,
  DeltaWatermarkEntity,
  ReadinessResultEntity,
  DataUpgradePlanEntity,
  StateTransferEntity,
  NumberSequenceApplicationEntity,
  RehearsalEntity,
];
