import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type DatabaseKind, type DatabaseOptions } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { createStore } from '../../src/db/store';
import { databaseUrlFor, withAdmin } from '../../test/global-setup';
import { sessionCookies } from '../http/sessions';
import { prepareSubmissions, type Submission } from '../http/submission-pool';
import { generateData, type GenerateOptions, type GeneratedData } from '../synthetic/generate';
import { cleanUpIfInterrupted } from './interrupt';

/** A database of the benchmark's own, filled with synthetic data and closed again, ready for a server process. */
export interface BenchDatabase {
  kind: DatabaseKind;
  /** How the server process opens it. */
  options: DatabaseOptions;
  data: GeneratedData;
  /** The drafts of the quarter in progress, each with its reporter's session. */
  submissions: Submission[];
  /**
   * Sessions of the first county's office and of its busiest unit's reporter, one per
   * connection of a load run: as many people reading as connections, each with a session of
   * its own, so the server resolves as many different sessions as it would in use.
   */
  readers: { office: string[]; reporter: string[] };
  /** Creating, opening and migrating the empty database, in milliseconds. */
  setupMs: number;
  dispose(): Promise<void>;
}

/**
 * A fresh database: on PostgreSQL one with a random name next to the one `adminUrl` names
 * (which is never written to), on PGlite a data directory under the system's temp folder.
 * Both are thrown away by dispose().
 */
async function createEmpty(kind: DatabaseKind, adminUrl: string | null): Promise<{ options: DatabaseOptions; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-bench-'));
    return { options: { kind, dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (!adminUrl) throw new Error('PostgreSQL needs DATABASE_URL');
  const name = `luoshi_bench_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  return {
    options: { kind, url: databaseUrlFor(adminUrl, name) },
    drop: () => withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

export async function prepareBenchDatabase(
  kind: DatabaseKind,
  adminUrl: string | null,
  generate: Omit<GenerateOptions, 'onCounty'>,
  readerSessions: number,
): Promise<BenchDatabase> {
  const started = performance.now();
  const empty = await createEmpty(kind, adminUrl);
  const forget = cleanUpIfInterrupted(empty.drop);
  const dispose = async () => {
    await empty.drop();
    forget();
  };
  try {
    const database = await openDatabase(empty.options);
    try {
      await migrateToLatest(database.db);
      const setupMs = performance.now() - started;
      const data = await generateData(database, generate);
      // Fresh statistics, as PostgreSQL's autovacuum would have them shortly after such a load:
      // without them the planner scans whole tables it believes empty. (PGlite runs no
      // autovacuum at all; see docs/performance.md.)
      await sql`analyze`.execute(database.db);
      const store = createStore(database);
      const submissions = await prepareSubmissions(store, data.counties, generate.asOf);
      const first = data.counties[0]!;
      const readers = {
        office: await sessionCookies(store.repos, first.officeLogin, readerSessions, generate.asOf),
        reporter: await sessionCookies(store.repos, first.busiestReporter.login, readerSessions, generate.asOf),
      };
      return { kind, options: empty.options, data, submissions, readers, setupMs, dispose };
    } finally {
      await database.close();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
}
