import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InvalidInputException, pageOf, type Page, type PageQueryDto } from '@cutover/common';
import { tableRef, type TableRef } from '@cutover/contracts';
import { UpgradeEntity } from '../upgrades/upgrade.entity';
import { manifestHash, validateManifest, type PackageManifest } from './manifest';
import type { PackageDto, PackageSummaryDto, UploadPackageDto } from './packages.dto';
import { ScriptPackageEntity } from './script-package.entity';
import { tsqlAdvisories } from './tsql-advisories';

/** Plain `{schema, name}` objects (the DTO holds class instances). */
const refs = (list: TableRef[] | undefined): TableRef[] => (list ?? []).map(tableRef);

export function toManifest(dto: UploadPackageDto): PackageManifest {
  return {
    name: dto.name,
    version: dto.version,
    description: dto.description ?? '',
    scripts: dto.scripts.map((s) => ({
      key: s.key,
      phase: s.phase,
      description: s.description,
      dependsOn: s.dependsOn ?? [],
      reads: refs(s.reads),
      writes: refs(s.writes),
      sql: {
        ...(s.sql.postgres !== undefined ? { postgres: s.sql.postgres } : {}),
        ...(s.sql.mssql !== undefined ? { mssql: s.sql.mssql } : {}),
      },
    })),
    manualTasks: (dto.manualTasks ?? []).map((t) => ({
      key: t.key,
      title: t.title,
      description: t.description,
      required: t.required ?? true,
    })),
    frameworkTables: refs(dto.frameworkTables),
    ...(dto.sequences?.length ? { sequences: refs(dto.sequences) } : {}),
    numberSequences: (dto.numberSequences ?? []).map((n) => ({
      ...n,
      table: tableRef(n.table),
      keyColumns: n.keyColumns ?? [n.keyColumn],
    })),
    copyRules: {
      include: refs(dto.copyRules?.include),
      exclude: refs(dto.copyRules?.exclude),
      rename: (dto.copyRules?.rename ?? []).map((r) => ({ from: tableRef(r.from), to: tableRef(r.to) })),
    },
  };
}

@Injectable()
export class PackagesService {
  constructor(
    @InjectRepository(ScriptPackageEntity) private readonly packages: Repository<ScriptPackageEntity>,
    @InjectRepository(UpgradeEntity) private readonly upgrades: Repository<UpgradeEntity>,
  ) {}

  /**
   * Stores a manifest after naming every problem in it at once (400). The same name and version
   * again is accepted only with the same content (200, the stored package); packages are never
   * changed in place: a fix is a new version.
   */
  async upload(dto: UploadPackageDto): Promise<{ created: boolean; entity: ScriptPackageEntity }> {
    const manifest = toManifest(dto);
    const problems = validateManifest(manifest);
    if (problems.length > 0) {
      throw new InvalidInputException(
        `script package has ${problems.length} problem(s): ${problems.join('; ')}`,
        problems.map((message) => ({ field: 'scripts', message })),
      );
    }
    const sha256 = manifestHash(manifest);
    const existing = await this.packages.findOneBy({ name: dto.name, version: dto.version });
    if (existing) {
      if (existing.sha256 === sha256) return { created: false, entity: existing };
      const used = await this.upgrades.existsBy({ packageId: existing.id });
      throw new ConflictException(
        `package ${dto.name} ${dto.version} already exists with different content${used ? ' and is used by an upgrade' : ''}; packages are immutable: upload it as a new version`,
      );
    }
    return {
      created: true,
      entity: await this.packages.save(this.packages.create({ name: dto.name, version: dto.version, sha256, manifest })),
    };
  }

  async list(query: PageQueryDto): Promise<Page<PackageSummaryDto>> {
    const [rows, total] = await this.packages.findAndCount({ order: { name: 'ASC', createdAt: 'ASC' }, ...pageOf(query) });
    const used = await this.usedIds();
    return { items: rows.map((p) => this.summary(p, used)), total, limit: query.limit ?? 100, offset: query.offset ?? 0 };
  }

  async get(id: string): Promise<PackageDto> {
    const p = await this.require(id);
    return { ...this.summary(p, await this.usedIds()), manifest: p.manifest as unknown as UploadPackageDto };
  }

  async require(id: string): Promise<ScriptPackageEntity> {
    const p = await this.packages.findOneBy({ id });
    if (!p) throw new NotFoundException(`script package ${id} does not exist`);
    return p;
  }

  private async usedIds(): Promise<Set<string>> {
    return new Set((await this.upgrades.find({ select: { packageId: true } })).map((u) => u.packageId));
  }

  summary(p: ScriptPackageEntity, used: Set<string>): PackageSummaryDto {
    return {
      id: p.id,
      name: p.name,
      version: p.version,
      sha256: p.sha256,
      scripts: p.manifest.scripts.length,
      createdAt: p.createdAt.toISOString(),
      inUse: used.has(p.id),
      advisories: tsqlAdvisories(p.manifest),
    };
  }
}
