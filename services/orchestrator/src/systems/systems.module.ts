import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module';
import { ChecklistModule } from '../checklist/checklist.module';
import { SingleUserService } from './single-user.service';
import { SystemsController } from './systems.controller';
import { SystemsService } from './systems.service';

@Module({
  imports: [AgentsModule, ChecklistModule],
  controllers: [SystemsController],
  providers: [SystemsService, SingleUserService],
  exports: [SystemsService, SingleUserService],
})
export class SystemsModule {}
