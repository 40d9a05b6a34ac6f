import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from './roles';

export class CreateApiKeyDto {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @IsEnum(Role)
  role: Role;
}

export class ApiKeyDto {
  id: string;
  name: string;
  role: Role;
  /** The first characters of the key, to recognise it. */
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  /** The key itself. Shown once: only its hash is stored. */
  key: string;
}
