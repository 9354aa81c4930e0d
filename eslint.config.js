// ESLint (flat config): TypeScript and React hooks rules, and the architecture's boundaries. Each room
// of the code may import only the rooms below it (see README, "How it works"); a break fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const ROOMS = {
  model: './data/model',
  store: './data/store',
  sync: './data/sync',
  browser: './data/browser',
  pipeline: './data/pipeline',
  dataset: './data/dataset',
  components: './components',
  hooks: './hooks',
  entrypoints: './entrypoints',
  scripts: './scripts',
  bench: './bench',
  test: './test',
};
const all = Object.values(ROOMS);
/** Everything but the rooms a target may import (and itself). */
const except = (...allowed) => all.filter((r) => !allowed.includes(r));
const zone = (target, allowed, why) => ({ target, from: except(target, ...allowed), message: why });

/** May use the browser's extension APIs (`browser.*`, WXT's browser and storage modules). */
const BROWSER_ROOMS = ['data/browser/**', 'entrypoints/**', 'hooks/**'];
/** May use Node's built-in modules. */
const NODE_ROOMS = ['data/pipeline/**', 'scripts/**', 'bench/**', 'test/**', '*.config.ts', '*.config.js'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.tmp/**', 'data/dataset/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.es2024 } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json', alwaysTryTypes: true })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(ROOMS.model, [], 'data/model is pure: it imports only zod, tldts (and tldts-core), papaparse and other model files.'),
            zone(ROOMS.store, [ROOMS.model], 'data/store (IndexedDB) builds on data/model only.'),
            zone(ROOMS.sync, [ROOMS.model, ROOMS.store], 'data/sync builds on data/model and data/store only.'),
            zone(
              ROOMS.browser,
              [ROOMS.model, ROOMS.store, ROOMS.sync],
              'data/browser builds on the data rooms below it, never on views or entrypoints.',
            ),
            zone(ROOMS.pipeline, [ROOMS.model, ROOMS.dataset], 'data/pipeline (Node) builds on data/model only.'),
            zone(ROOMS.components, [ROOMS.model, ROOMS.hooks], 'components are props-in views: no data/store, data/sync or data/browser.'),
            zone(ROOMS.hooks, [ROOMS.model, ROOMS.browser], 'hooks use data/browser and data/model.'),
            zone(
              ROOMS.entrypoints,
              [ROOMS.model, ROOMS.store, ROOMS.sync, ROOMS.browser, ROOMS.components, ROOMS.hooks],
              'entrypoints wire the rooms together.',
            ),
            zone(
              ROOMS.scripts,
              [ROOMS.model, ROOMS.store, ROOMS.sync, ROOMS.pipeline, ROOMS.dataset, ROOMS.test],
              'scripts run in Node: no entrypoints, views or browser code.',
            ),
            {
              // `npm run screenshots` drives the built extension in Chromium exactly as the e2e tests do.
              target: ROOMS.scripts,
              from: ROOMS.test,
              except: ['./e2e/harness.ts'],
              message: 'scripts may use only the end-to-end harness from test/.',
            },
            zone(
              ROOMS.bench,
              [ROOMS.model, ROOMS.store, ROOMS.sync, ROOMS.pipeline, ROOMS.dataset, ROOMS.scripts, ROOMS.test],
              'benchmarks run in Node.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['data/model/**'],
    rules: {
      // typescript-eslint's version of the rule, which can tell `import type` apart.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(zod/mini|zod/locales|tldts|tldts-core|papaparse|#i18n)$|\\./)',
              message: 'data/model imports only zod/mini (through ./zod), tldts (and tldts-core), papaparse and other model files.',
            },
            {
              // The message keys' types, generated from locales/en.yml; erased from the build, so the model stays pure.
              regex: '^#i18n$',
              allowTypeImports: true,
              message: 'data/model may import only the types of #i18n (the message keys), never its code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['data/store/**', 'data/sync/**', 'data/pipeline/**', 'components/**', 'scripts/**', 'bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt/browser', 'wxt/utils/storage', '#imports', 'webextension-polyfill'],
              message: 'Only data/browser, entrypoints and hooks use browser APIs.',
            },
            { group: ['fake-indexeddb', 'fake-indexeddb/*'], message: 'fake-indexeddb is for tests and benchmarks.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: BROWSER_ROOMS,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Only data/browser, entrypoints and hooks use browser APIs.' },
        { name: 'chrome', message: 'Only data/browser, entrypoints and hooks use browser APIs.' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: NODE_ROOMS,
    rules: { 'import-x/no-nodejs-modules': ['error', { allow: [] }] },
  },
  {
    files: NODE_ROOMS,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code passed to Playwright's evaluate() runs in the extension's service worker, where `chrome` exists.
    files: ['test/e2e/**', 'bench/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // data/model/psl.cjs: CommonJS for its one lazy `require` (see there why), and what the service worker's
    // build resolves that `require` to; nothing else is.
    files: ['data/model/psl.cjs', 'data/model/psl-absent.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': ['error', { allow: ['^tldts/dist/cjs/index\\.js$'] }] },
  },
  {
    // data/store/dexie.cjs: Dexie loaded on first use (see there why), and the service worker's version of it,
    // which imports Dexie's own script.
    files: ['data/store/dexie.cjs', 'data/store/dexie-script.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', importScripts: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': ['error', { allow: ['^dexie$'] }] },
  },
);
