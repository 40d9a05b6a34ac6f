import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataUpgradePlan1795403556740 implements MigrationInterface {
  name = 'DataUpgradePlan1795403556740';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "data_upgrade_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "upgrade_id" uuid NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan" jsonb NOT NULL, CONSTRAINT "PK_41977707036911e299651c08ffe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_data_upgrade_plan_upgrade" ON "data_upgrade_plan"  ("upgrade_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_data_upgrade_plan_upgrade"`);
    await queryRunner.query(`DROP TABLE "data_upgrade_plan"`);
  }
}
