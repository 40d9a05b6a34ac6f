import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StateTransfer1795405642907 implements MigrationInterface {
  name = 'StateTransfer1795405642907';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "state_transfer" ("upgrade_id" uuid NOT NULL, "backup_watermark" text, "backup_at" TIMESTAMP WITH TIME ZONE, "backup_by" text, "tables" jsonb, "run_id" uuid, "run_watermark" text, "carried_at" TIMESTAMP WITH TIME ZONE, "carried" jsonb, CONSTRAINT "PK_30a6523bcff4198782d84333ab9" PRIMARY KEY ("upgrade_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "number_sequence_application" ("id" BIGSERIAL NOT NULL, "upgrade_id" uuid NOT NULL, "sequence_key" text NOT NULL, "test_next" text NOT NULL, "test_max" text NOT NULL, "production_next" text NOT NULL, "production_max" text NOT NULL, "next_set" text NOT NULL, "max_set" text NOT NULL, "changed" boolean NOT NULL, "applied_by" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0baa3526b74c5c14314697d8c84" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_number_sequence_application_upgrade" ON "number_sequence_application"  ("upgrade_id", "applied_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_number_sequence_application_upgrade"`);
    await queryRunner.query(`DROP TABLE "number_sequence_application"`);
    await queryRunner.query(`DROP TABLE "state_transfer"`);
  }
}
