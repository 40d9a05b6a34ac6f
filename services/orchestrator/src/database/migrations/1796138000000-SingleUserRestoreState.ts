import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * single_user_acl (jsonb: PostgreSQL's database ACL, null on SQL Server) becomes the engine's opaque
 * single_user_restore_state (text). A stored ACL is carried over as its JSON text, which is what
 * the PostgreSQL engine's restore state is; a null stays null (SQL Server: back to MULTI_USER).
 */
export class SingleUserRestoreState1796138000000 implements MigrationInterface {
  name = 'SingleUserRestoreState1796138000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system" ADD "single_user_restore_state" text`);
    await queryRunner.query(
      `UPDATE "system" SET "single_user_restore_state" = "single_user_acl"::text WHERE "single_user_acl" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "system" DROP COLUMN "single_user_acl"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system" ADD "single_user_acl" jsonb`);
    await queryRunner.query(
      `UPDATE "system" SET "single_user_acl" = "single_user_restore_state"::jsonb WHERE "single_user_restore_state" LIKE '[%'`,
    );
    await queryRunner.query(`ALTER TABLE "system" DROP COLUMN "single_user_restore_state"`);
  }
}
