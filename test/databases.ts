import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database, type DatabaseKind } from '../src/db/database';
import { createStore, type Store } from '../src/db/store';
import { databaseUrlFor, withAdmin } from './global-setup';

export interface TestDatabase {
  kind: DatabaseKind;
  database: Database;
  store: Store;
}

/** The engines this run covers: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function availableKinds(): DatabaseKind[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database of the given kind, and how to throw it away. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase & { dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const template = new Blob([fs.readFileSync(inject('pgliteTemplatePath'))]);
    const database = await openDatabase({ kind: 'pglite', dataDir: null, template });
    return { kind, database, store: createStore(database), dispose: () => database.close() };
  }
  const template = inject('postgresTemplate');
  if (!template) throw new Error('PostgreSQL tests need DATABASE_URL');
  const name = `luoshi_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(template.adminUrl, (client) => client.query(`create database ${name} template ${template.name}`));
  const database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(template.adminUrl, name), poolSize: 5 });
  return {
    kind,
    database,
    store: createStore(database),
    dispose: async () => {
      await database.close();
      await withAdmin(template.adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * Declares the same tests once per database engine, each block on its own fresh database.
 * `get()` returns that block's database inside tests and hooks.
 */
export function describeEachDatabase(name: string, body: (get: () => TestDatabase) => void): void {
  for (const kind of availableKinds()) {
    describe(`${name} [${kind}]`, () => {
      let current: (TestDatabase & { dispose(): Promise<void> }) | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await current?.dispose();
      });
      body(() => {
        if (!current) throw new Error('the test database is not ready yet');
        return current;
      });
    });
  }
}
