import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropSingleUserWatermark1796134697976 implements MigrationInterface {
  name = 'DropSingleUserWatermark1796134697976';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system" DROP COLUMN "single_user_watermark"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system" ADD "single_user_watermark" text`);
  }
}
