import { createQueryId, type KyselyPlugin, type RootOperationNode } from 'kysely';
import type { Database } from '../src/db/database';
import { createStore, type Store } from '../src/db/store';

/**
 * A store over `database` that records every statement it runs, and the tables those
 * statements name (after FROM or JOIN, in Kysely's queries and in raw SQL alike), so a test can
 * check what a use case reads.
 */
export function recordingStore(database: Database): { store: Store; tablesRead(): Set<string>; statements(): number; forget(): void } {
  const nodes: RootOperationNode[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      nodes.push(node);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const db = database.db.withPlugin(plugin);
  return {
    store: createStore({ ...database, db }),
    tablesRead: () => {
      const tables = new Set<string>();
      for (const node of nodes) {
        const { sql } = db.getExecutor().compileQuery(node, createQueryId());
        for (const match of sql.matchAll(/\b(?:from|join)\s+"?([a-z_][a-z0-9_]*)"?/gi)) tables.add(match[1]!.toLowerCase());
      }
      return tables;
    },
    statements: () => nodes.length,
    forget: () => void nodes.splice(0),
  };
}
