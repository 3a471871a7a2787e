import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory, dumped: each test database loads it in ~0.4 s. */
    pgliteTemplatePath: string;
    /** With DATABASE_URL: a migrated PostgreSQL database to clone with CREATE DATABASE ... TEMPLATE. */
    postgresTemplate: { adminUrl: string; name: string } | null;
  }
}

export function databaseUrlFor(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Migrates one template per engine before any test runs; drops them afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-test-'));
  const templatePath = path.join(templateDir, 'pglite-template.tar');
  const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrateToLatest(pglite.db);
  const dump = await pglite.dumpDataDir!();
  fs.writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplatePath', templatePath);

  let postgresTemplate: { adminUrl: string; name: string } | null = null;
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `luoshi_template_${randomBytes(4).toString('hex')}`;
    await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
    const database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(adminUrl, name), poolSize: 1 });
    await migrateToLatest(database.db);
    await database.close();
    postgresTemplate = { adminUrl, name };
  }
  project.provide('postgresTemplate', postgresTemplate);

  return async () => {
    fs.rmSync(templateDir, { recursive: true, force: true });
    if (postgresTemplate) {
      const { name } = postgresTemplate;
      await withAdmin(postgresTemplate.adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    }
  };
}

export async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
