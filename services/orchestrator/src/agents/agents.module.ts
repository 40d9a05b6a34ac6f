import { Module } from '@nestjs/common';
import { AgentsController } from './agents.controller';
import { AgentRegistrationService } from './agent-registration.service';
import { AgentsService } from './agents.service';

@Module({ controllers: [AgentsController], providers: [AgentsService, AgentRegistrationService], exports: [AgentsService] })
export class AgentsModule {}
