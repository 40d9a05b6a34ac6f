import { Module } from '@nestjs/common';
import { ChecklistModule } from '../checklist/checklist.module';
import { PackagesModule } from '../packages/packages.module';
import { RunsModule } from '../runs/runs.module';
import { SystemsModule } from '../systems/systems.module';
import { UpgradesModule } from '../upgrades/upgrades.module';
import { PreprocessingController } from './preprocessing.controller';
import { PreprocessingStateService } from './preprocessing-state.service';
import { PreprocessingService } from './preprocessing.service';
import { ReadinessHandler } from './readiness.handler';
import { SingleUserGuardHandler } from './single-user-guard.handler';
import { RecoveryModelRevertService } from './recovery-model-revert.service';
import { WatermarkCheck } from './watermark-check';
import { DeltaScriptHandler, SourceScriptHandler } from './source-script.handlers';

@Module({
  imports: [RunsModule, SystemsModule, UpgradesModule, PackagesModule, ChecklistModule],
  controllers: [PreprocessingController],
  providers: [
    PreprocessingService,
    PreprocessingStateService,
    ReadinessHandler,
    SourceScriptHandler,
    DeltaScriptHandler,
    SingleUserGuardHandler,
    WatermarkCheck,
    RecoveryModelRevertService,
  ],
  exports: [PreprocessingService, WatermarkCheck],
})
export class PreprocessingModule {}
