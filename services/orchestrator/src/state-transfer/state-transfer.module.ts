import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NumberSequenceApplicationEntity, StateTransferEntity } from './state-transfer.entities';
import { ChecklistModule } from '../checklist/checklist.module';
import { CopyModule } from '../copy/copy.module';
import { PackagesModule } from '../packages/packages.module';
import { PreprocessingModule } from '../preprocessing/preprocessing.module';
import { RunsModule } from '../runs/runs.module';
import { SystemsModule } from '../systems/systems.module';
import { UpgradesModule } from '../upgrades/upgrades.module';
import { EnsureTableHandler } from './ensure-table.handler';
import { NumberSequencesService } from './number-sequences.service';
import { RestoreStepService } from './restore-step.service';
import { StateCarrier } from './state-carrier';
import { StateTransferController } from './state-transfer.controller';
import { StateTransferService } from './state-transfer.service';
import { StateTransferValidator } from './state-transfer.validator';

@Module({
  imports: [
    TypeOrmModule.forFeature([StateTransferEntity, NumberSequenceApplicationEntity]),
    UpgradesModule,
    PackagesModule,
    SystemsModule,
    RunsModule,
    CopyModule,
    ChecklistModule,
    PreprocessingModule,
  ],
  controllers: [StateTransferController],
  providers: [StateTransferValidator, StateTransferService, StateCarrier, NumberSequencesService, EnsureTableHandler, RestoreStepService],
})
export class StateTransferModule {}
