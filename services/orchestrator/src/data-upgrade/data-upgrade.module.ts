import { Module } from '@nestjs/common';
import { PackagesModule } from '../packages/packages.module';
import { SystemsModule } from '../systems/systems.module';
import { UpgradesModule } from '../upgrades/upgrades.module';
import { DataUpgradeController } from './data-upgrade.controller';
import { DataUpgradeService } from './data-upgrade.service';

@Module({ imports: [UpgradesModule, PackagesModule, SystemsModule], controllers: [DataUpgradeController], providers: [DataUpgradeService] })
export class DataUpgradeModule {}
