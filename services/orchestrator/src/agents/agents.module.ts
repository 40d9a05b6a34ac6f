import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentEventEntity } from './agent-event.entity';
import { AgentEntity } from './agent.entity';
import { AgentsController } from './agents.controller';
import { AgentRegistrationService } from './agent-registration.service';
import { AgentsService } from './agents.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgentEntity, AgentEventEntity])],
  controllers: [AgentsController],
  providers: [AgentsService, AgentRegistrationService],
  exports: [AgentsService],
})
export class AgentsModule {}
