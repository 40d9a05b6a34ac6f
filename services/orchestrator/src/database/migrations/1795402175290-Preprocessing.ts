import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Preprocessing1795402175290 implements MigrationInterface {
  name = 'Preprocessing1795402175290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "script_state" ("upgrade_id" uuid NOT NULL, "system_id" uuid NOT NULL, "script_key" text NOT NULL, "package_sha256" text NOT NULL, "phase" text NOT NULL, "run_id" uuid NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_837386c358a2d01a0275dc82462" PRIMARY KEY ("upgrade_id", "system_id", "script_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "delta_watermark" ("upgrade_id" uuid NOT NULL, "system_id" uuid NOT NULL, "script_key" text NOT NULL, "watermark" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b28f511c6c480f48ad9b88c88af" PRIMARY KEY ("upgrade_id", "system_id", "script_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "readiness_result" ("id" BIGSERIAL NOT NULL, "upgrade_id" uuid NOT NULL, "run_id" uuid NOT NULL, "system_id" uuid, "check" text NOT NULL, "status" text NOT NULL, "message" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_403797bab29e03eb17eaddb7851" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_readiness_result_upgrade" ON "readiness_result"  ("upgrade_id", "run_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_readiness_result_upgrade"`);
    await queryRunner.query(`DROP TABLE "readiness_result"`);
    await queryRunner.query(`DROP TABLE "delta_watermark"`);
    await queryRunner.query(`DROP TABLE "script_state"`);
  }
}
