import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataUpgradePlanEntity } from './data-upgrade-plan.entity';
import { ChecklistModule } from '../checklist/checklist.module';
import { CopyModule } from '../copy/copy.module';
import { PackagesModule } from '../packages/packages.module';
import { PreprocessingModule } from '../preprocessing/preprocessing.module';
import { RunsModule } from '../runs/runs.module';
import { SystemsModule } from '../systems/systems.module';
import { UpgradesModule } from '../upgrades/upgrades.module';
import { DataUpgradeRunsService } from './data-upgrade-runs.service';
import { DataUpgradeController } from './data-upgrade.controller';
import { DataUpgradeService } from './data-upgrade.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([DataUpgradePlanEntity]),
    UpgradesModule,
    PackagesModule,
    SystemsModule,
    RunsModule,
    CopyModule,
    PreprocessingModule,
    ChecklistModule,
  ],
  controllers: [DataUpgradeController],
  providers: [DataUpgradeService, DataUpgradeRunsService],
  exports: [DataUpgradeService],
})
export class DataUpgradeModule {}
