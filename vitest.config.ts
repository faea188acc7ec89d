import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';
import viteConfig from './vite.config.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// React 18 (the oldest supported major) lives in test/react18; these aliases swap it in.
const react18 = (subpath: string) => path.join(dirname, 'test/react18/node_modules', subpath);
const react18Aliases = [
  { find: /^react$/, replacement: react18('react/index.js') },
  { find: /^react\/(.*)$/, replacement: react18('react/$1') },
  { find: /^react-dom$/, replacement: react18('react-dom/index.js') },
  { find: /^react-dom\/(.*)$/, replacement: react18('react-dom/$1') },
  // Its CommonJS build would `require` the root React 19; the ESM build goes through the aliases.
  {
    find: /^@testing-library\/react$/,
    replacement: path.join(dirname, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
  },
];

// A fresh object per project: Vitest writes the project name into `instances`.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }],
});

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['test/**/*.test.{ts,tsx}'],
            exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/e2e/**'],
            setupFiles: ['test/setup.ts'],
          },
        },
        {
          // The demo console in system Chromium, driven by playwright-core.
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['test/e2e/**/*.e2e.test.ts'],
            testTimeout: 120_000,
            hookTimeout: 120_000,
          },
        },
        {
          extends: true,
          resolve: { alias: react18Aliases },
          test: {
            name: 'react18',
            environment: 'jsdom',
            include: ['test/hooks/**/*.test.tsx', 'test/components/**/*.test.tsx', 'test/tanstack/**/*.test.tsx'],
            exclude: ['test/**/*.browser.test.{ts,tsx}'],
            setupFiles: ['test/setup.ts', 'test/react18/assert-version.ts'],
            // Libraries that import React must be transformed to see the alias.
            server: { deps: { inline: [/@testing-library\/react/, /@radix-ui/, /@tanstack\/react-query/] } },
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/**/*.browser.test.{ts,tsx}'],
            setupFiles: ['test/setup.ts'],
            browser: browser(),
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
          test: {
            name: 'storybook',
            browser: browser(),
          },
        },
        {
          // Every story again with the toolbar in Chinese: its checks pass, and no English word
          // is left in the kit's text (the preview's afterEach).
          extends: true,
          plugins: [storybookTest({ configDir: path.join(dirname, '.storybook-zh') })],
          test: {
            name: 'storybook-zh',
            browser: browser(),
          },
        },
      ],
    },
  }),
);
