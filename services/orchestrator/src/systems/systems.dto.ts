import { IsEnum, IsUUID, Matches } from 'class-validator';
import { SystemMode, SystemRole } from './system.entity';

export class CreateSystemDto {
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'name must be 1-100 letters, digits, . _ -' })
  name: string;

  @IsEnum(SystemRole)
  role: SystemRole;

  /** The agent next to this database. */
  @IsUUID()
  agentId: string;
}

export class SystemDto {
  id: string;
  name: string;
  role: SystemRole;
  agentId: string;
  mode: SystemMode;
  engine: string;
  serverVersion: string;
  database: string;
  createdAt: string;
}

export class SystemPageDto {
  items: SystemDto[];
  total: number;
  limit: number;
  offset: number;
}
