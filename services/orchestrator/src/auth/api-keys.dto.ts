import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from './roles';

export class CreateApiKeyDto {
  /** @example 'ops-lead' */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @IsEnum(Role)
  role: Role;
}

export class ApiKeyDto {
  /** @example 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' */
  id: string;
  /** @example 'ops-lead' */
  name: string;
  role: Role;
  /** The first characters of the key, to recognise it. @example 'cok_7Hq2Xb' */
  prefix: string;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
  /** Null while the key is valid. @example '2026-12-01T21:40:12.000Z' */
  revokedAt: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  /** The key itself. Shown once: only its hash is stored. @example 'cok_7Hq2Xb9LmT4vQ8rW2sY6pZ1nK5cJ3dF0aBc' */
  key: string;
}
