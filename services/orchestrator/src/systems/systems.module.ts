import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UpgradeEntity } from '../upgrades/upgrade.entity';
import { SystemEntity } from './system.entity';
import { AgentsModule } from '../agents/agents.module';
import { ChecklistModule } from '../checklist/checklist.module';
import { AgentGateway } from './agent-gateway';
import { SingleUserService } from './single-user.service';
import { SystemsController } from './systems.controller';
import { SystemsService } from './systems.service';

@Module({
  imports: [TypeOrmModule.forFeature([SystemEntity, UpgradeEntity]), AgentsModule, ChecklistModule],
  controllers: [SystemsController],
  providers: [SystemsService, SingleUserService, AgentGateway],
  exports: [SystemsService, SingleUserService, AgentGateway],
})
export class SystemsModule {}
