import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
import type { DB } from './schema';
import { typeParsers } from './type-parsers';
import { acquireDataDirLock } from './data-dir-lock';
import { DatabaseUnavailableError } from './database-unavailable-error';

export { DatabaseUnavailableError };

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** dataDir null: in memory, optionally loaded from a dumped template (fast test databases). */
  | { kind: 'pglite'; dataDir: string | null; template?: Blob };

/** An open database: the Kysely instance, which engine is behind it, and how to close it. */
export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test templates, backups). */
  dumpDataDir?: () => Promise<Blob>;
}

/** Opens PGlite (embedded) or PostgreSQL, and proves it answers before returning. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'postgres' ? openPostgres(options.url, options.poolSize) : openPGlite(options);
}

async function openPostgres(url: string, poolSize = 20): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        typeParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError('DATABASE_URL', `cannot connect to ${redactUrl(url)}: ${describe(error)}`, {
      cause: error,
    });
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openPGlite(options: { dataDir: string | null; template?: Blob }): Promise<Database> {
  const releaseLock = options.dataDir ? await acquireDataDirLock(options.dataDir) : () => undefined;
  let pglite: PGlite;
  try {
    pglite = new PGlite({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.template ? { loadDataDir: options.template } : {}),
      parsers: typeParsers,
    });
    await pglite.waitReady;
  } catch (error) {
    releaseLock();
    throw new DatabaseUnavailableError('LUOSHI_DATA_DIR', `cannot open the embedded database: ${describe(error)}`, {
      cause: error,
    });
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: async () => {
      try {
        await db.destroy();
      } finally {
        releaseLock();
      }
    },
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}
