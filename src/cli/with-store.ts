import { ConfigError, readConfig } from '../config';
import { DatabaseUnavailableError, openDatabase, type Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { createStore, type Store } from '../db/store';
import type { CliIo } from './cli-io';

/** Opens the configured database, or prints one line naming the bad setting and returns null. */
export async function openConfiguredDatabase(io: CliIo): Promise<Database | null> {
  try {
    return await openDatabase(readConfig().database);
  } catch (error) {
    if (error instanceof ConfigError) io.stderr.write(`luoshi: ${error.message}\n`);
    else if (error instanceof DatabaseUnavailableError) io.stderr.write(`luoshi: ${error.setting}: ${error.message}\n`);
    else throw error;
    return null;
  }
}

/** Opens the configured database (migrated), runs `work`, closes it; exit code 1 when it cannot open. */
export async function withStore(io: CliIo, work: (store: Store) => Promise<number>): Promise<number> {
  const database = await openConfiguredDatabase(io);
  if (!database) return 1;
  try {
    await migrateToLatest(database.db);
    return await work(createStore(database));
  } finally {
    await database.close();
  }
}
