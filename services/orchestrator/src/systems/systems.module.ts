import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module';
import { SystemsController } from './systems.controller';
import { SystemsService } from './systems.service';

@Module({ imports: [AgentsModule], controllers: [SystemsController], providers: [SystemsService], exports: [SystemsService] })
export class SystemsModule {}
