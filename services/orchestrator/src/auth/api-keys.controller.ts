import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ApiKeyEntity } from './api-key.entity';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-keys.dto';
import { ApiKeysService } from './api-keys.service';
import { RequireRole, Role } from './roles';

const toDto = (k: ApiKeyEntity): ApiKeyDto => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.prefix,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

@ApiTags('api-keys')
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /** Create an API key with a role: viewer (read), operator (start, pause, complete), admin (agents, keys, packages). */
  @Post()
  @RequireRole(Role.Admin)
  async create(@Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const { entity, key } = await this.keys.create(dto.name, dto.role);
    return { ...toDto(entity), key };
  }

  /** List the API keys: name, role and prefix, never the key itself. */
  @Get()
  @RequireRole(Role.Admin)
  async list(): Promise<ApiKeyDto[]> {
    return (await this.keys.list()).map(toDto);
  }

  /** Revoke an API key: it is refused from then on. */
  @Post(':id/revoke')
  @HttpCode(200)
  @RequireRole(Role.Admin)
  async revoke(@Param('id', ParseUUIDPipe) id: string): Promise<ApiKeyDto> {
    return toDto(await this.keys.revoke(id));
  }
}
