import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TestSystemRestore1796127640940 implements MigrationInterface {
  name = 'TestSystemRestore1796127640940';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "state_transfer" ADD "restored" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "state_transfer" DROP COLUMN "restored"`);
  }
}
