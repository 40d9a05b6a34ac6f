import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeRetention1796129377611 implements MigrationInterface {
  name = 'ChangeRetention1796129377611';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "upgrade" ADD "change_retention_days" integer NOT NULL DEFAULT '30'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "upgrade" DROP COLUMN "change_retention_days"`);
  }
}
