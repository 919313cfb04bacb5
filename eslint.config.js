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
  // Everything (bench/, scripts/, root config files) gets the recommended set ...
  ...tseslint.configs.recommended,
  // ... and src/ and test/ strict-type-checked on top, with type information (ARCHITECTURE.md: lint/format).
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Fastify plugins, Operation.handle and the services' fakes are async by contract, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      // TypeScript enums are banned below (closed sets are string unions and zod enums), so the rule that guards
      // assignments to them has nothing to find; it was an eighth of the lint's time (15 s of 124, 2026-12-02).
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string union or z.enum, not a TypeScript enum' }],
      // Numbers (counts, ports, ids, durations) in messages and SQL/URLs render unambiguously; other types stay banned.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowRegExp: false },
      ],
    },
  },
  {
    // Vitest types its asymmetric matchers (expect.any, expect.stringContaining, ...) as `any`, so every expected object
    // that uses one is an "unsafe assignment". Only that rule is relaxed: member access, calls, returns and arguments
    // on `any` are still errors in tests.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
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
