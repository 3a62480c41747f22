// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Node's built-in modules, with and without the `node:` prefix. */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Globals that only exist in a browser page: `shared/` must not touch them. */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
  'Blob',
  'File',
  'FileReader',
  'Worker',
  'HTMLElement',
  'Element',
  'Node',
  'crypto',
  'self',
  'alert',
  'confirm',
  'process',
  'Buffer',
  'require',
  '__dirname',
].map((name) => ({
  name,
  message: '`shared/` is pure TypeScript: pass this in from the host instead.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.reports/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', '.ci/*.mjs', 'build/*.mjs', 'build/*.cjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // shared/: pure domain code, the same in renderer, worker and command-line tools.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: '`shared/` must not import Electron.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: '`shared/` must not import Node modules.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: '`shared/` must not import Node modules.' },
            { group: ['electron/*', 'electron'], message: '`shared/` must not import Electron.' },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: '`shared/` cannot depend on an app layer.',
            },
            {
              group: ['react', 'react-dom', 'dexie', 'dexie-*'],
              message: '`shared/` holds no UI or storage code.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // renderer/: browser code. It reaches the main process only through the Host.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler, so "the compiler skipped this component" is noise.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to Electron only through the bridge (Host).',
            },
          ],
          patterns: [
            {
              group: ['**/electron/**', '../electron', '../../electron'],
              message: 'The renderer must not import `electron/`.',
            },
            { group: ['node:*'], message: 'The renderer runs sandboxed: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**'],
              message: 'The main process must not import renderer code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
