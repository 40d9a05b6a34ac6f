import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { SystemsModule } from '../systems/systems.module';
import { CopyRangeHandler } from './copy-range.handler';
import { CopyReportService } from './copy-report.service';
import { FinishForeignKeysHandler, FinishTableHandler, PrepareTableHandler } from './table.handlers';
import { SyncSequencesHandler } from './sync-sequences.handler';
import { VerifyTableHandler } from './verify-table.handler';

/** The copy machinery shared by the data upgrade and the state transfer: task handlers, progress and report. */
@Module({
  imports: [RunsModule, SystemsModule],
  providers: [
    PrepareTableHandler,
    CopyRangeHandler,
    VerifyTableHandler,
    FinishTableHandler,
    FinishForeignKeysHandler,
    SyncSequencesHandler,
    CopyReportService,
  ],
  exports: [CopyReportService],
})
export class CopyModule {}
