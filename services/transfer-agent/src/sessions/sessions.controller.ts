import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';
import { SessionDto } from './sessions.dto';

@ApiTags('sessions')
@Controller('v1/sessions')
export class SessionsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  /** Sessions connected to this agent's database. */
  @Get()
  list(): Promise<SessionDto[]> {
    return this.engine.listSessions();
  }
}
