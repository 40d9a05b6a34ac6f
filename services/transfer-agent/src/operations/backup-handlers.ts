import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@cutover/common';
import { EngineKind } from '@cutover/contracts';
import { AgentConfig } from '../config/agent.config';
import { ENGINE } from '../engines/engine.provider';
import { EngineInputError, type Engine } from '../engines/engine';
import type { RestoreDatabaseParamsDto } from './backup.dto';
import { BackupPathError, joinServerPath, nameInBackupDir, resolveLocalBackup } from './backup-paths';
import type { PreparedOperation } from './operation-handlers';

/**
 * backup-database and restore-database. Both work inside AGENT_BACKUP_DIR only. A restore is
 * checked before it is accepted: the file name (400), the file itself on PostgreSQL, where the
 * agent reads it (400 when it is not there), and the database (409 when it exists without
 * `replace`); the engine checks again when it runs.
 */
@Injectable()
export class BackupOperationHandlers {
  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    @Inject(AgentConfig) private readonly config: AgentConfig,
  ) {}

  backup(subdirectory: string | undefined): PreparedOperation {
    const base = this.config.backupDir;
    return {
      timeoutMs: null,
      run: async (ctx) => {
        if (!base) throw new EngineInputError('AGENT_BACKUP_DIR is not set: configure the directory backups are written to, then retry');
        const directory = subdirectory ? joinServerPath(base, subdirectory) : base;
        const result = await this.engine.backupDatabase(directory, ctx);
        return { backupDatabase: { ...result, name: nameInBackupDir(base, result.file) } };
      },
    };
  }

  async restore(p: RestoreDatabaseParamsDto): Promise<PreparedOperation> {
    const base = this.config.backupDir;
    if (!base)
      throw new ProblemException(409, 'AGENT_BACKUP_DIR is not set: restore-database reads backups from there; configure it, then retry');
    const path = await this.locate(base, p.file);
    const database = p.database ?? (await this.engine.info()).database;
    const replace = p.replace ?? false;
    let exists: boolean;
    try {
      exists = await this.engine.databaseExists(database);
    } catch (error) {
      if (error instanceof EngineInputError) throw new BadRequestException(`restoreDatabase.database: ${error.message}`);
      throw error;
    }
    if (exists && !replace)
      throw new ProblemException(
        409,
        `database ${database} exists: restore-database does not overwrite a database unless told; pass replace: true to replace it, or restore into a new database`,
        { database },
      );
    return {
      timeoutMs: null,
      run: async (ctx) => ({
        restoreDatabase: { file: p.file, ...(await this.engine.restoreDatabase({ path, database, replace }, ctx)) },
      }),
    };
  }

  /** PostgreSQL: the local file, confined to the directory. SQL Server: the path as the server sees it (the server reads it). */
  private async locate(base: string, name: string): Promise<string> {
    try {
      return this.engine.kind === EngineKind.Postgres ? await resolveLocalBackup(base, name) : joinServerPath(base, name);
    } catch (error) {
      if (error instanceof BackupPathError) throw new BadRequestException(`restoreDatabase.file: ${error.message}`);
      throw error;
    }
  }
}
