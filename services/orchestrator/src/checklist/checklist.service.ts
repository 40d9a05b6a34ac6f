import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { ManualTaskDefinition } from '../packages/manifest';
import { ChecklistStatus, ChecklistTaskEntity } from './checklist-task.entity';
import { checklistTemplate } from './checklist-template';
import type { ChecklistTaskDto } from './checklist.dto';

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

  async completeAutomatic(upgradeId: string, key: string, actor: string, notes?: string): Promise<void> {
    await this.markDone(await this.require(upgradeId, key), actor, notes);
  }

  async reopen(upgradeId: string, keys: string[]): Promise<void> {
    await this.tasks.update({ upgradeId, key: In(keys) }, { status: ChecklistStatus.Open, completedBy: null, completedAt: null });
  }

  /** Open prerequisites of a task; a step that starts a run checks these first. */
  async openPrerequisites(upgradeId: string, key: string): Promise<string[]> {
    const task = await this.require(upgradeId, key);
    if (task.prerequisites.length === 0) return [];
    const prereqs = await this.tasks.find({ where: { upgradeId, key: In(task.prerequisites) } });
    return prereqs.filter((p) => p.status !== ChecklistStatus.Done).map((p) => p.key);
  }

  private async markDone(task: ChecklistTaskEntity, actor: string, notes?: string): Promise<ChecklistTaskEntity> {
    const open = await this.openPrerequisites(task.upgradeId, task.key);
    if (open.length > 0) throw new ConflictException(`checklist task ${task.key} cannot be completed before: ${open.join(', ')}`);
    Object.assign(task, { status: ChecklistStatus.Done, completedBy: actor, completedAt: new Date(), notes: notes ?? task.notes });
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
  };
}
