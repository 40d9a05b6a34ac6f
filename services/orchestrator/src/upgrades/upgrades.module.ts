import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UpgradeEntity } from './upgrade.entity';
import { ChecklistController } from '../checklist/checklist.controller';
import { ChecklistModule } from '../checklist/checklist.module';
import { PackagesModule } from '../packages/packages.module';
import { SystemsModule } from '../systems/systems.module';
import { UpgradesController } from './upgrades.controller';
import { UpgradesService } from './upgrades.service';

@Module({
  imports: [TypeOrmModule.forFeature([UpgradeEntity]), SystemsModule, PackagesModule, ChecklistModule],
  controllers: [UpgradesController, ChecklistController],
  providers: [UpgradesService],
  exports: [UpgradesService],
})
export class UpgradesModule {}
