import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SequenceScope1796130923269 implements MigrationInterface {
  name = 'SequenceScope1796130923269';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "number_sequence_application" ADD "scope" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "number_sequence_application" DROP COLUMN "scope"`);
  }
}
