import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChecklistGate1796120086740 implements MigrationInterface {
  name = 'ChecklistGate1796120086740';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "checklist_task" ADD "blocked_reason" text`);
    await queryRunner.query(`ALTER TABLE "checklist_task" ADD "overrides" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "checklist_task" DROP COLUMN "overrides"`);
    await queryRunner.query(`ALTER TABLE "checklist_task" DROP COLUMN "blocked_reason"`);
  }
}
