import { Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('task_dependency')
@Index('IDX_task_dependency_depends_on', ['dependsOnId'])
export class TaskDependencyEntity {
  @PrimaryColumn('uuid')
  taskId: string;

  @PrimaryColumn('uuid')
  dependsOnId: string;
}
