import { ForbiddenException, Injectable, NotFoundException, ConflictException } from '@nestjs/common';
import { ProblemException } from '@cutover/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { ManualTaskDefinition } from '../packages/manifest';
import type { Caller } from '../auth/api-keys.service';
import { Role } from '../auth/roles';
import { ChecklistStatus, ChecklistTaskEntity, type PrerequisiteOverride } from './checklist-task.entity';
import { checklistTemplate } from './checklist-template';
import type { ChecklistTaskDto, OpenPrerequisiteDto, OverrideRequestDto } from './checklist.dto';

/** Who starts a run, and an admin's override of open prerequisites if any. */
export interface RunStart {
  caller: Caller;
  override?: OverrideRequestDto;
}

@Injectable()
export class ChecklistService {
  constructor(@InjectRepository(ChecklistTaskEntity) private readonly tasks: Repository<ChecklistTaskEntity>) {}

  async createFor(em: EntityManager, upgradeId: string, manualTasks: ManualTaskDefinition[], withStateTransfer: boolean): Promise<void> {
    const rows = checklistTemplate(manualTasks, withStateTransfer).map((t, position) =>
      em.create(ChecklistTaskEntity, {
        ...t,
        upgradeId,
        position,
        status: ChecklistStatus.Open,
        completedBy: null,
        completedAt: null,
        notes: null,
        blockedReason: null,
        overrides: [],
      }),
    );
    await em.save(rows);
  }

  async list(upgradeId: string): Promise<ChecklistTaskDto[]> {
    return (await this.tasks.find({ where: { upgradeId }, order: { position: 'ASC' } })).map(toDto);
  }

  /** By hand (manual tasks) — a run calls completeAutomatic for its own. */
  async complete(upgradeId: string, key: string, actor: string, notes?: string): Promise<ChecklistTaskDto> {
    const task = await this.require(upgradeId, key);
    if (task.automatic) throw new ConflictException(`checklist task ${key} is completed by the run that performs it, not by hand`);
    return toDto(await this.markDone(task, actor, notes));
  }

  /**
   * A run completes the step it performed. When prerequisites are still open (and no override
   * covered them), the step is marked `blocked` with the reason instead of failing silently.
   */
  async completeAutomatic(upgradeId: string, key: string, actor: string, notes?: string): Promise<void> {
    const task = await this.require(upgradeId, key);
    const covered = new Set(task.overrides.flatMap((o) => o.skipped));
    const open = (await this.open(task)).filter((p) => !covered.has(p.key));
    if (open.length > 0) {
      const blockedReason = `${actor} performed it (${notes ?? 'no notes'}), but it cannot be completed before: ${describe(open)}`;
      await this.tasks.update({ id: task.id }, { status: ChecklistStatus.Blocked, blockedReason });
      return;
    }
    await this.saveDone(task, actor, notes);
  }

  async reopen(upgradeId: string, keys: string[], makeRequired = false): Promise<void> {
    await this.tasks.update(
      { upgradeId, key: In(keys) },
      {
        status: ChecklistStatus.Open,
        completedBy: null,
        completedAt: null,
        blockedReason: null,
        ...(makeRequired ? { required: true } : {}),
      },
    );
  }

  /** Open prerequisites of a task (an optional one that is open holds nothing up). */
  async openPrerequisites(upgradeId: string, key: string): Promise<string[]> {
    return (await this.open(await this.require(upgradeId, key))).map((p) => p.key);
  }

  /**
   * The gate at every run start: 409 listing each open prerequisite, unless an admin overrides
   * with a reason, which is recorded on the step (and returned, for the run's events).
   * Steps an upgrade's checklist does not have (e.g. number sequences without a test system) pass.
   */
  async requirePrerequisites(
    upgradeId: string,
    key: string,
    caller: Caller,
    override?: OverrideRequestDto,
  ): Promise<PrerequisiteOverride | undefined> {
    const task = await this.tasks.findOneBy({ upgradeId, key });
    if (!task) return undefined;
    const open = await this.open(task);
    if (open.length === 0) return undefined;
    if (!override)
      throw new ProblemException(
        409,
        `${task.title} (${key}) cannot start before: ${describe(open)}. Complete them first, or an admin may start it anyway with {"override": {"reason": "…"}}`,
        { openPrerequisites: open },
      );
    if (caller.role !== Role.Admin)
      throw new ForbiddenException(`overriding open prerequisites needs the admin role; the key ${caller.actor} has ${caller.role}`);
    const record: PrerequisiteOverride = {
      by: caller.actor,
      at: new Date().toISOString(),
      reason: override.reason,
      skipped: open.map((p) => p.key),
    };
    await this.tasks.update({ id: task.id }, { overrides: [...task.overrides, record] });
    return record;
  }

  private async open(task: ChecklistTaskEntity): Promise<OpenPrerequisiteDto[]> {
    if (task.prerequisites.length === 0) return [];
    const prereqs = await this.tasks.find({
      where: { upgradeId: task.upgradeId, key: In(task.prerequisites) },
      order: { position: 'ASC' },
    });
    return prereqs
      .filter((p) => p.status !== ChecklistStatus.Done && (p.required || p.status === ChecklistStatus.Blocked))
      .map((p) => ({ key: p.key, title: p.title, status: p.status }));
  }

  private async markDone(task: ChecklistTaskEntity, actor: string, notes?: string): Promise<ChecklistTaskEntity> {
    const open = await this.open(task);
    if (open.length > 0) throw new ConflictException(`checklist task ${task.key} cannot be completed before: ${describe(open)}`);
    return this.saveDone(task, actor, notes);
  }

  private saveDone(task: ChecklistTaskEntity, actor: string, notes?: string): Promise<ChecklistTaskEntity> {
    Object.assign(task, {
      status: ChecklistStatus.Done,
      completedBy: actor,
      completedAt: new Date(),
      notes: notes ?? task.notes,
      blockedReason: null,
    });
    return this.tasks.save(task);
  }

  private async require(upgradeId: string, key: string): Promise<ChecklistTaskEntity> {
    const task = await this.tasks.findOneBy({ upgradeId, key });
    if (!task) throw new NotFoundException(`upgrade ${upgradeId} has no checklist task ${key}`);
    return task;
  }
}

function toDto(t: ChecklistTaskEntity): ChecklistTaskDto {
  return {
    key: t.key,
    section: t.section,
    title: t.title,
    description: t.description,
    position: t.position,
    required: t.required,
    automatic: t.automatic,
    prerequisites: t.prerequisites,
    status: t.status,
    completedBy: t.completedBy,
    completedAt: t.completedAt?.toISOString() ?? null,
    notes: t.notes,
    blockedReason: t.blockedReason,
    overrides: t.overrides,
  };
}

const describe = (open: OpenPrerequisiteDto[]) =>
  open.map((p) => `${p.key} (${p.title}${p.status === ChecklistStatus.Open ? '' : `, ${p.status}`})`).join(', ');
