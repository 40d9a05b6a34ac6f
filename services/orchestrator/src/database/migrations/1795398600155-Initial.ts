import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795398600155 implements MigrationInterface {
  name = 'Initial1795398600155';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "base_url" text NOT NULL, "token_encrypted" text NOT NULL, "engine" text, "version" text, "registered_by" text NOT NULL, "last_heartbeat_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9a9b77c86fb1156b826d1b93c2a" UNIQUE ("name"), CONSTRAINT "PK_1000e989398c5d4ed585cf9a46f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "role" text NOT NULL, "key_hash" text NOT NULL, "prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_3c9751d2a6011ba13e27838105e" UNIQUE ("key_hash"), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "checklist_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "upgrade_id" uuid NOT NULL, "key" text NOT NULL, "section" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "position" integer NOT NULL, "required" boolean NOT NULL, "automatic" boolean NOT NULL, "prerequisites" text array NOT NULL, "status" text NOT NULL DEFAULT 'open', "completed_by" text, "completed_at" TIMESTAMP WITH TIME ZONE, "notes" text, CONSTRAINT "PK_bdd504dba276c1def2802495474" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_checklist_task_upgrade_key" ON "checklist_task"  ("upgrade_id", "key") `);
    await queryRunner.query(
      `CREATE TABLE "run_event" ("id" BIGSERIAL NOT NULL, "run_id" uuid NOT NULL, "task_id" uuid, "task_key" text, "actor" text NOT NULL, "type" text NOT NULL, "from_status" text, "to_status" text, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2287184bc447a7cb44cda679ae3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_run_event_run" ON "run_event"  ("run_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "script_package" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "version" text NOT NULL, "sha256" text NOT NULL, "manifest" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_script_package_name_version" UNIQUE ("name", "version"), CONSTRAINT "PK_43f8b5c4fbbbb4bc2d27f52e2d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "upgrade_id" uuid, "kind" text NOT NULL, "status" text NOT NULL, "threads" integer NOT NULL, "hold" boolean NOT NULL DEFAULT false, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_804c38ffba92002c6d2c646dd46" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fc8a4354a3f1d82f16d1032d85" ON "run"  ("upgrade_id") `);
    await queryRunner.query(
      `CREATE TABLE "task_dependency" ("task_id" uuid NOT NULL, "depends_on_id" uuid NOT NULL, CONSTRAINT "PK_a9e5031e52c7a0886bf39ab94dd" PRIMARY KEY ("task_id", "depends_on_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_task_dependency_depends_on" ON "task_dependency"  ("depends_on_id") `);
    await queryRunner.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "key" text NOT NULL, "kind" text NOT NULL, "system_id" uuid, "payload" jsonb NOT NULL, "priority" integer NOT NULL DEFAULT '0', "status" text NOT NULL, "attempt" integer NOT NULL DEFAULT '0', "dispatch_token" uuid, "ready_at" TIMESTAMP WITH TIME ZONE, "dispatched_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "rows" bigint NOT NULL DEFAULT '0', "rows_total" bigint, "bytes" bigint NOT NULL DEFAULT '0', "result" jsonb, "error" text, CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_task_run_status" ON "task"  ("run_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_task_run_key" ON "task"  ("run_id", "key") `);
    await queryRunner.query(
      `CREATE TABLE "system" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "role" text NOT NULL, "agent_id" uuid NOT NULL, "mode" text NOT NULL DEFAULT 'online', "engine" text NOT NULL, "server_version" text NOT NULL, "database" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_74996724856c168c26b99bd21c6" UNIQUE ("name"), CONSTRAINT "PK_6b1e6b6f88da9888fde62379945" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "upgrade" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "source_system_id" uuid NOT NULL, "target_system_id" uuid NOT NULL, "test_system_id" uuid, "package_id" uuid NOT NULL, "threads" integer NOT NULL, "range_rows" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6e1c47061bb7481458ccbaf7530" UNIQUE ("name"), CONSTRAINT "PK_855aca5df3eceff6e4fe49245c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "system" ADD CONSTRAINT "FK_e32a47ac34318cdbf5b751f2b69" FOREIGN KEY ("agent_id") REFERENCES "agent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system" DROP CONSTRAINT "FK_e32a47ac34318cdbf5b751f2b69"`);
    await queryRunner.query(`DROP TABLE "upgrade"`);
    await queryRunner.query(`DROP TABLE "system"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_task_run_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_run_status"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_task_dependency_depends_on"`);
    await queryRunner.query(`DROP TABLE "task_dependency"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc8a4354a3f1d82f16d1032d85"`);
    await queryRunner.query(`DROP TABLE "run"`);
    await queryRunner.query(`DROP TABLE "script_package"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_run_event_run"`);
    await queryRunner.query(`DROP TABLE "run_event"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_checklist_task_upgrade_key"`);
    await queryRunner.query(`DROP TABLE "checklist_task"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP TABLE "agent"`);
  }
}
