// Lint: typescript-eslint plus the layering rule from docs/ARCHITECTURE.md, enforced with import bans:
// web, api, cli -> services -> db, core; client -> core; core imports nothing of ours outside core.
import tseslint from 'typescript-eslint';

const ban = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map((g) => ({ group: [g], message: 'This import breaks the layering rule in docs/ARCHITECTURE.md' })) },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.test-data/', 'test-results/', 'public/build/', 'migrations/', 'bin/', 'src/web/public/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: ban(
      '**/db/**',
      '**/services/**',
      '**/web/**',
      '**/api/**',
      '**/cli/**',
      '**/client/**',
      '**/config.ts',
      'node:*',
      'fastify',
      'drizzle-orm',
      'drizzle-orm/*',
      'pg',
    ),
  },
  { files: ['src/db/**/*.ts'], ignores: ['**/*.test.ts'], rules: ban('**/services/**', '**/web/**', '**/api/**', '**/cli/**') },
  { files: ['src/services/**/*.ts'], ignores: ['**/*.test.ts'], rules: ban('**/web/**', '**/api/**', '**/cli/**', 'fastify') },
  {
    files: ['src/web/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: ban('**/db/repositories/**', '**/db/schema/**', '**/db/connection.ts', 'drizzle-orm', 'drizzle-orm/*', '**/cli/**'),
  },
  {
    files: ['src/api/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: ban('**/db/repositories/**', '**/db/schema/**', 'drizzle-orm', 'drizzle-orm/*', '**/cli/**', '**/web/routes/**'),
  },
  { files: ['src/client/**/*.ts'], ignores: ['**/*.test.ts'], rules: ban('**/db/**', '**/services/**', '**/web/**', '**/api/**', '**/cli/**') },
  { files: ['src/demo/**/*.ts'], ignores: ['**/*.test.ts'], rules: ban('**/db/**', '**/services/**', '**/web/**', '**/api/**', '**/cli/**', 'node:*') },
);
