import { Module } from '@nestjs/common';
import { PackagesModule } from '../packages/packages.module';
import { SystemsModule } from '../systems/systems.module';
import { UpgradesModule } from '../upgrades/upgrades.module';
import { ForecastService } from './forecast.service';
import { RehearsalsController } from './rehearsals.controller';
import { RehearsalsRepository } from './rehearsals.repository';
import { RehearsalsService } from './rehearsals.service';

@Module({
  imports: [UpgradesModule, PackagesModule, SystemsModule],
  controllers: [RehearsalsController],
  providers: [RehearsalsRepository, RehearsalsService, ForecastService],
})
export class RehearsalsModule {}
