import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { InvalidInputException, pageOf, type Page, type PageQueryDto } from '@cutover/common';
import { ChecklistKey } from '../checklist/checklist-template';
import { ChecklistService } from '../checklist/checklist.service';
import { missingSqlFor } from '../packages/manifest';
import { PackagesService } from '../packages/packages.service';
import { SystemRole, type SystemEntity } from '../systems/system.entity';
import { SystemsService } from '../systems/systems.service';
import { UpgradeEntity } from './upgrade.entity';
import type { CreateUpgradeDto, UpgradeDto } from './upgrades.dto';

@Injectable()
export class UpgradesService {
  constructor(
    @InjectRepository(UpgradeEntity) private readonly upgrades: Repository<UpgradeEntity>,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly systems: SystemsService,
    private readonly packages: PackagesService,
    private readonly checklist: ChecklistService,
  ) {}

  async create(dto: CreateUpgradeDto, actor: string): Promise<UpgradeDto> {
    if (await this.upgrades.existsBy({ name: dto.name })) throw new ConflictException(`an upgrade named ${dto.name} already exists`);
    const problems: { field: string; message: string }[] = [];
    const role = async (field: string, id: string | undefined, want: SystemRole): Promise<SystemEntity | undefined> => {
      if (!id) return undefined;
      const s = await this.systems.require(id);
      if (s.role !== want) problems.push({ field, message: `system ${s.name} has role ${s.role}, not ${want}` });
      return s;
    };
    const source = await role('sourceSystemId', dto.sourceSystemId, SystemRole.ProductionSource);
    const target = await role('targetSystemId', dto.targetSystemId, SystemRole.Target);
    const test = await role('testSystemId', dto.testSystemId, SystemRole.TestSource);
    const pkg = await this.packages.require(dto.packageId);
    const engines = [...new Set([source, target, test].filter((s): s is SystemEntity => !!s).map((s) => s.engine))];
    for (const message of missingSqlFor(pkg.manifest, engines)) problems.push({ field: 'packageId', message });
    if (problems.length > 0) throw new InvalidInputException(problems.map((p) => p.message).join('; '), problems);
    const upgrade = await this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(UpgradeEntity, {
          name: dto.name,
          sourceSystemId: dto.sourceSystemId,
          targetSystemId: dto.targetSystemId,
          testSystemId: dto.testSystemId ?? null,
          packageId: pkg.id,
          threads: dto.threads ?? 8,
          rangeRows: dto.rangeRows ?? 500_000,
          changeRetentionDays: dto.changeRetentionDays ?? 30,
        }),
      );
      await this.checklist.createFor(em, saved.id, pkg.manifest.manualTasks, !!dto.testSystemId);
      return saved;
    });
    await this.checklist.completeAutomatic(upgrade.id, ChecklistKey.RegisterSystems, actor);
    await this.checklist.completeAutomatic(upgrade.id, ChecklistKey.ImportPackage, actor, `${pkg.name} ${pkg.version} (${pkg.sha256})`);
    return this.toDto(upgrade, pkg.sha256);
  }

  async list(query: PageQueryDto): Promise<Page<UpgradeDto>> {
    const [rows, total] = await this.upgrades.findAndCount({ order: { createdAt: 'ASC' }, ...pageOf(query) });
    const items = await Promise.all(rows.map(async (u) => this.toDto(u, (await this.packages.require(u.packageId)).sha256)));
    return { items, total, limit: query.limit ?? 100, offset: query.offset ?? 0 };
  }

  async get(id: string): Promise<UpgradeDto> {
    const u = await this.require(id);
    return this.toDto(u, (await this.packages.require(u.packageId)).sha256);
  }

  async require(id: string): Promise<UpgradeEntity> {
    const u = await this.upgrades.findOneBy({ id });
    if (!u) throw new NotFoundException(`upgrade ${id} does not exist`);
    return u;
  }

  private toDto(u: UpgradeEntity, sha256: string): UpgradeDto {
    return {
      id: u.id,
      name: u.name,
      sourceSystemId: u.sourceSystemId,
      targetSystemId: u.targetSystemId,
      testSystemId: u.testSystemId,
      packageId: u.packageId,
      packageSha256: sha256,
      threads: u.threads,
      rangeRows: u.rangeRows,
      changeRetentionDays: u.changeRetentionDays,
      createdAt: u.createdAt.toISOString(),
    };
  }
}
