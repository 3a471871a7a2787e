// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layering rule (ARCHITECTURE.md): the domain core and the parser are pure.
 * They may not reach the database, the HTTP layer, the file system or Kysely.
 */
const pureLayerRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'kysely', message: 'domain/ and parser/ are pure: no database access.' },
        { name: 'pg', message: 'domain/ and parser/ are pure: no database access.' },
        { name: '@electric-sql/pglite', message: 'domain/ and parser/ are pure: no database access.' },
        { name: 'fastify', message: 'domain/ and parser/ are pure: no HTTP.' },
        { name: 'fs', message: 'domain/ and parser/ are pure: bytes in, data out.' },
        { name: 'node:fs', message: 'domain/ and parser/ are pure: bytes in, data out.' },
        { name: 'fs/promises', message: 'domain/ and parser/ are pure: bytes in, data out.' },
        { name: 'node:fs/promises', message: 'domain/ and parser/ are pure: bytes in, data out.' },
      ],
      patterns: [
        { group: ['**/db', '**/db/**'], message: 'domain/ and parser/ may not import db/.' },
        { group: ['**/http', '**/http/**'], message: 'domain/ and parser/ may not import http/.' },
        { group: ['**/services', '**/services/**'], message: 'domain/ and parser/ may not import services/.' },
        { group: ['@fastify/*'], message: 'domain/ and parser/ are pure: no HTTP.' },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'e2e/artifacts/**', 'bench/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The web app may take the server's API types, never its code.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@server/*'], allowTypeImports: true, message: 'Import only types from the server (import type).' }] },
      ],
    },
    languageOptions: { globals: { window: 'readonly', document: 'readonly', localStorage: 'readonly', fetch: 'readonly' } },
  },
  { files: ['src/domain/**/*.ts', 'src/parser/**/*.ts'], rules: pureLayerRestrictions },
  {
    // Migrations are frozen in time: they take Kysely<any>, never the current schema types.
    files: ['src/db/migrations/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Only db/ talks to Kysely; everything else goes through repositories.
    files: ['src/**/*.ts'],
    // Tests may inspect the database directly.
    ignores: ['src/db/**', 'src/domain/**', 'src/parser/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'kysely', message: 'Only src/db talks to Kysely: use a repository.' },
            { name: 'pg', message: 'Only src/db talks to the database driver.' },
            { name: '@electric-sql/pglite', message: 'Only src/db talks to the database driver.' },
          ],
        },
      ],
    },
  },
);
