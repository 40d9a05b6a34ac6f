import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgentEvents1796119764776 implements MigrationInterface {
  name = 'AgentEvents1796119764776';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agent_event" ("id" BIGSERIAL NOT NULL, "agent_id" uuid NOT NULL, "kind" text NOT NULL, "actor" text NOT NULL, "remote_address" text, "from_url" text, "to_url" text, "token_changed" boolean NOT NULL DEFAULT false, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f1d143d81857816e720e9e119f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_agent_event_agent" ON "agent_event"  ("agent_id", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_agent_event_agent"`);
    await queryRunner.query(`DROP TABLE "agent_event"`);
  }
}
