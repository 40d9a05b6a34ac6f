import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';
import { SessionDto, SingleUserStatusDto } from './sessions.dto';
import { SingleUserWatchdog } from './single-user-watchdog';

@ApiTags('sessions')
@Controller('v1/sessions')
export class SessionsController {
  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    private readonly watchdog: SingleUserWatchdog,
  ) {}

  /** Sessions connected to this agent's database. */
  @Get()
  list(): Promise<SessionDto[]> {
    return this.engine.listSessions();
  }

  /**
   * Single-user mode as it holds: whether the watchdog is on, the sessions of other logins it
   * ended (attempts), and the writes of other logins the write guard recorded since entry.
   */
  @Get('single-user')
  async singleUser(): Promise<SingleUserStatusDto> {
    return { ...this.watchdog.status(), ...(await this.engine.singleUserWrites()) };
  }
}
