import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RunCounters1795400326534 implements MigrationInterface {
  name = 'RunCounters1795400326534';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "run" ADD "active" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "task" ADD "pending" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "pending"`);
    await queryRunner.query(`ALTER TABLE "run" DROP COLUMN "active"`);
  }
}
