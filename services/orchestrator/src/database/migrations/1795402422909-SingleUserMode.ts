import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleUserMode1795402422909 implements MigrationInterface {
  name = 'SingleUserMode1795402422909';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system" ADD "single_user_acl" jsonb`);
    await queryRunner.query(`ALTER TABLE "system" ADD "single_user_watermark" text`);
    await queryRunner.query(`ALTER TABLE "system" ADD "single_user_since" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "system" ADD "single_user_by" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system" DROP COLUMN "single_user_by"`);
    await queryRunner.query(`ALTER TABLE "system" DROP COLUMN "single_user_since"`);
    await queryRunner.query(`ALTER TABLE "system" DROP COLUMN "single_user_watermark"`);
    await queryRunner.query(`ALTER TABLE "system" DROP COLUMN "single_user_acl"`);
  }
}
