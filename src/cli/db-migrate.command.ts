import { ConfigError, readConfig } from '../config';
import { DatabaseUnavailableError, openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import type { CliCommand } from './cli-io';

/** `luoshi db migrate`: brings the configured database's schema up to date. */
export const runDbMigrate: CliCommand = async (_args, io) => {
  try {
    const config = readConfig();
    const database = await openDatabase(config.database);
    try {
      const results = await migrateToLatest(database.db);
      io.stdout.write(
        results.length === 0
          ? 'The schema is up to date.\n'
          : results.map((r) => `${r.status === 'Success' ? 'applied' : r.status}: ${r.migrationName}`).join('\n') + '\n',
      );
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) io.stderr.write(`luoshi: ${error.message}\n`);
    else if (error instanceof DatabaseUnavailableError) io.stderr.write(`luoshi: ${error.setting}: ${error.message}\n`);
    else throw error;
    return 1;
  }
};
