import { migrateToLatest } from '../db/migrate';
import type { CliCommand } from './cli-io';
import { openConfiguredDatabase } from './with-store';

/** `luoshi db migrate`: brings the configured database's schema up to date. */
export const runDbMigrate: CliCommand = async (_args, io) => {
  const database = await openConfiguredDatabase(io);
  if (!database) return 1;
  try {
    const results = await migrateToLatest(database.db);
    io.stdout.write(
      results.length === 0
        ? 'The schema is up to date.\n'
        : results.map((r) => `${r.status === 'Success' ? 'applied' : r.status}: ${r.migrationName}`).join('\n') + '\n',
    );
    return 0;
  } finally {
    await database.close();
  }
};
