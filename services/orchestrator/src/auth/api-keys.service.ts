import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { ApiKeyEntity } from './api-key.entity';
import { Role } from './roles';

export interface Caller {
  /** Who, for the event log: `key:<name>` or `bootstrap-admin`. */
  actor: string;
  role: Role;
}

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

@Injectable()
export class ApiKeysService {
  private readonly bootstrap: Buffer | null;

  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    @Inject(OrchestratorConfig) config: OrchestratorConfig,
  ) {
    this.bootstrap = config.bootstrapAdminKey ? Buffer.from(hash(config.bootstrapAdminKey), 'hex') : null;
  }

  /** Creates a key; the plain key is returned this once and only its hash is stored. */
  async create(name: string, role: Role): Promise<{ entity: ApiKeyEntity; key: string }> {
    const key = `cok_${randomBytes(24).toString('base64url')}`;
    const entity = await this.keys.save(this.keys.create({ name, role, keyHash: hash(key), prefix: key.slice(0, 10), revokedAt: null }));
    return { entity, key };
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.keys.find({ order: { createdAt: 'ASC' } });
  }

  async revoke(id: string): Promise<ApiKeyEntity> {
    const key = await this.keys.findOneBy({ id });
    if (!key) throw new NotFoundException(`API key ${id} does not exist`);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.keys.save(key);
    }
    return key;
  }

  async authenticate(key: string): Promise<Caller | null> {
    const digest = hash(key);
    if (this.bootstrap && timingSafeEqual(Buffer.from(digest, 'hex'), this.bootstrap))
      return { actor: 'bootstrap-admin', role: Role.Admin };
    const found = await this.keys.findOneBy({ keyHash: digest, revokedAt: IsNull() });
    return found ? { actor: `key:${found.name}`, role: found.role } : null;
  }
}
