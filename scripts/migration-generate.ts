/**
 * Writes a migration for whatever the entities need beyond the existing migrations:
 *
 *   npm run migration:generate -- <Name>
 *
 * It runs the existing migrations on a scratch database (embedded PostgreSQL unless DATABASE_URL
 * is set), asks TypeORM's schema builder what is missing, and writes
 * services/orchestrator/src/database/migrations/<timestamp>-<Name>.ts. Add it to MIGRATIONS.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabases, startEmbeddedPostgres } from '@cutover/testing';
import { createDataSource } from '../services/orchestrator/src/database/data-source';
import { repoRoot } from './openapi';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
  let server;
  let dir: string | undefined;
  if (!process.env.DATABASE_URL) {
    dir = mkdtempSync(join(tmpdir(), 'cutover-migration-'));
    server = await startEmbeddedPostgres({ dataDir: dir });
  }
  const dbs = await createTestDatabases(['migration'], process.env.DATABASE_URL ?? server!.url);
  const ds = createDataSource(dbs.urls.migration);
  try {
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('entities and migrations agree: nothing to generate');
      return;
    }
    const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const stamp = Date.now();
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => `    await queryRunner.query(${q(u.query)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((d) => `    await queryRunner.query(${q(d.query)});`)
  .join('\n')}
  }
}
`;
    const file = join(repoRoot(), 'services/orchestrator/src/database/migrations', `${stamp}-${name}.ts`);
    writeFileSync(file, body);
    console.log(`wrote ${file}: add ${name}${stamp} to MIGRATIONS in services/orchestrator/src/database/migrations.ts`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await dbs.drop();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
