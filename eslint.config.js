// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // scripts/readme: ambient declarations for the README's examples, type-checked by check-readme.mjs.
  globalIgnores([
    'dist/',
    'storybook-static/',
    'coverage/',
    'test-results/',
    '*.tgz',
    'src/**/*.generated.ts',
    'scripts/readme/',
    '.scratch/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  storybook.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core runs in Node, edge functions and log pipelines: no React, no DOM.
    files: ['src/core/**', 'src/catalog/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@radix-ui/*', '../hooks/*', '../components/*'],
              message: 'The core stays free of React.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage'],
    },
  },
  {
    // The engine (queue, coordinator, retry policy, runner, placement, field registry) is plain
    // TypeScript that the hooks and components subscribe to: no React, no DOM.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@radix-ui/*', '../hooks/*', '../components/*', '../tanstack/*'],
              message: 'The engine stays free of React.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage'],
    },
  },
  {
    files: ['src/hooks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../components/*'], message: 'Hooks do not import components.' }] },
      ],
    },
  },
  {
    // Tests assert on mocks and loosely typed SDK objects.
    files: ['test/**', 'stories/**', 'demo/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/require-await': 'off',
      // Tests throw what SDKs and backends throw, which is not always an Error.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    // examples/next resolves `next` and the packed kit only in its own install: `next build` in
    // scripts/check-next.mjs type-checks it there.
    files: ['examples/next/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Plain JS scripts and configs: Node globals, no type-aware rules.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
]);
