import { Injectable } from '@nestjs/common';
import { SystemsService } from '../systems/systems.service';
import { fitCapacity } from './capacity';
import { boundCapacity, coresBound, type BoundedCapacity, type SystemHost } from './capacity-bound';
import type { LoadedRehearsal } from './durations-source';
import type { RehearsalEntity } from './rehearsal.entity';
import { RehearsalsRepository, type RecordedRun, type RecordedTask } from './rehearsals.repository';

/** Rehearsals of the same rehearsal system that join the fit, newest first, besides the one forecast from. */
const MAX_FIT_REHEARSALS = 10;

/**
 * The capacity a forecast plays with: C fitted jointly from every rehearsal of the upgrade on the
 * same rehearsal system (the same hardware; up to MAX_FIT_REHEARSALS), bounded by the cores the
 * systems' agents report (capacity-bound.ts), read from the agents now.
 */
@Injectable()
export class ForecastCapacity {
  constructor(
    private readonly repo: RehearsalsRepository,
    private readonly systems: SystemsService,
  ) {}

  /** The rehearsal asked for first, then up to MAX_FIT_REHEARSALS others of the same upgrade and rehearsal system, newest first. */
  async load(
    rehearsal: RehearsalEntity,
    own: { runs: readonly RecordedRun[]; tasks: readonly RecordedTask[] },
  ): Promise<LoadedRehearsal[]> {
    const others = await this.repo.rehearsals.find({
      where: { upgradeId: rehearsal.upgradeId, systemId: rehearsal.systemId },
      order: { createdAt: 'DESC' },
      take: MAX_FIT_REHEARSALS + 1,
    });
    const fed: LoadedRehearsal[] = [{ entity: rehearsal, ...own }];
    for (const r of others.filter((x) => x.id !== rehearsal.id).slice(0, MAX_FIT_REHEARSALS)) {
      const [runs, tasks] = await Promise.all([this.repo.runs(r.runIds), this.repo.tasks(r.runIds)]);
      fed.push({ entity: r, runs, tasks });
    }
    return fed;
  }

  /** C fitted jointly over `fed` (from `load`), bounded by the cores of the systems' hosts. */
  async of(fed: readonly LoadedRehearsal[], systemIds: readonly string[]): Promise<BoundedCapacity> {
    const fit = fitCapacity(fed.map((f) => ({ tasks: f.tasks })));
    const hosts = await Promise.all([...new Set(systemIds)].map((id) => this.host(id)));
    return boundCapacity(
      fit,
      coresBound(hosts),
      fed.map((f) => ({ id: f.entity.id, label: f.entity.label, threads: [...new Set(f.runs.map((r) => r.threads))] })),
    );
  }

  /** The agent's host and cores (`GET /v1/info` → host); an agent that does not answer or say is left out, with why. */
  private async host(systemId: string): Promise<SystemHost> {
    let system = systemId;
    try {
      system = (await this.systems.require(systemId)).name;
      const info = (await (await this.systems.client(systemId)).info()) as { host?: { name?: unknown; cpus?: unknown } };
      const cpus = info.host?.cpus;
      const name = info.host?.name;
      return {
        systemId,
        system,
        host: typeof name === 'string' && name ? name : null,
        cpus: typeof cpus === 'number' && Number.isInteger(cpus) && cpus >= 1 ? cpus : null,
        ...(typeof cpus === 'number' ? {} : { error: 'its agent does not report its cores' }),
      };
    } catch (error) {
      return { systemId, system, host: null, cpus: null, error: `its agent did not answer: ${(error as Error).message}` };
    }
  }
}
