import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rehearsals1796148310103 implements MigrationInterface {
  name = 'Rehearsals1796148310103';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rehearsal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "upgrade_id" uuid NOT NULL, "label" text NOT NULL, "system_id" uuid NOT NULL, "run_ids" uuid array NOT NULL, "tables" jsonb NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca4a0f52dc17f4eab53be428c7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_rehearsal_upgrade_label" ON "rehearsal"  ("upgrade_id", "label") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_rehearsal_upgrade_label"`);
    await queryRunner.query(`DROP TABLE "rehearsal"`);
  }
}
