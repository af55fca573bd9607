import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', 'docs/api/**', 'node_modules/**', '**/*.d.ts', 'packages/elements/src/generated/**', 'packages/elements/test-support/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', document: 'readonly', window: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', crypto: 'readonly',
        TextEncoder: 'readonly', TextDecoder: 'readonly', fetch: 'readonly',
      },
    },
    rules: {
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Core is pure: time and randomness come in as arguments (ARCHITECTURE.md, rules of the house).
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Core is pure: take the time as an argument.' },
        { object: 'Math', property: 'random', message: 'Core is pure: take an injected random source.' },
      ],
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'Core does no I/O.' },
        { name: 'localStorage', message: 'Core does no I/O.' },
        { name: 'document', message: 'Core has no DOM.' },
        { name: 'window', message: 'Core has no DOM.' },
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'Core runs unchanged in browsers: no Node APIs.' }] }],
    },
  },
  {
    // Config files at the top level export their configuration as the tools expect.
    files: ['*.config.js', '*.config.mjs', 'web-test-runner.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
