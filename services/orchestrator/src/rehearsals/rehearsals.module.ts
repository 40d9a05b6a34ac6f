import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RehearsalEntity } from './rehearsal.entity';
import { RunsModule } from '../runs/runs.module';
import { PackagesModule } from '../packages/packages.module';
import { SystemsModule } from '../systems/systems.module';
import { UpgradesModule } from '../upgrades/upgrades.module';
import { ForecastCapacity } from './forecast-capacity';
import { ForecastService } from './forecast.service';
import { RehearsalsController } from './rehearsals.controller';
import { RehearsalsRepository } from './rehearsals.repository';
import { RehearsalsService } from './rehearsals.service';

@Module({
  imports: [TypeOrmModule.forFeature([RehearsalEntity]), UpgradesModule, PackagesModule, SystemsModule, RunsModule],
  controllers: [RehearsalsController],
  providers: [RehearsalsRepository, RehearsalsService, ForecastCapacity, ForecastService],
})
export class RehearsalsModule {}
