import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChecklistTaskEntity } from './checklist-task.entity';
import { ChecklistService } from './checklist.service';

@Module({
  imports: [TypeOrmModule.forFeature([ChecklistTaskEntity])],
  providers: [ChecklistService],
  exports: [ChecklistService],
})
export class ChecklistModule {}
