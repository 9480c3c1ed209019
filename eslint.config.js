// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Files of utils/ that are browser glue, as their names say; the rest of utils/ is pure. */
const IDB_GLUE = 'utils/**/*-idb.ts';
const STORAGE_GLUE = 'utils/**/*-storage.ts';
const OTHER_GLUE = 'utils/**/*-glue.ts';
const GLUE = [IDB_GLUE, STORAGE_GLUE, OTHER_GLUE];

/** Browser globals the pure domain never reads: whatever it needs is passed in. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'browser',
  'chrome',
  'fetch',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'XMLHttpRequest',
  'self',
  'globalThis',
];

/** `no-restricted-globals` entries for those names, except the ones a kind of glue may read. */
function browserGlobals(allowed = /** @type {string[]} */ ([])) {
  return BROWSER_GLOBALS.filter((name) => !allowed.includes(name)).map((name) => ({
    name,
    message: `utils/ is browser-free: pass ${name} in, or read it in glue (utils/**/*-idb.ts, *-glue.ts, *-storage.ts).`,
  }));
}

/** The extension API and its storage wrapper. */
const API_MESSAGE = 'The extension API is read by entrypoints/ or by glue (*-storage.ts, *-glue.ts).';
const EXTENSION_API_PATHS = [
  { name: 'wxt/browser', message: API_MESSAGE },
  { name: '@wxt-dev/browser', message: API_MESSAGE },
  { name: 'webextension-polyfill', message: API_MESSAGE },
  { name: 'wxt/utils/storage', message: 'Extension storage is read by entrypoints/ or by *-storage.ts glue.' },
];

/** utils/ depends on nothing of the extension's shell. */
const NO_SHELL_PATTERNS = [
  { regex: '(^|/)(entrypoints|components)(/|$)', message: 'utils/ does not import entrypoints/ or components/.' },
];

/** utils/page/ runs inside every web page: it stays small and self-contained. */
const PAGE_PATTERNS = [
  {
    regex: '^\\.\\./(?!types(\\.ts)?$|language/lang-codes(\\.ts)?$)',
    message:
      'utils/page/ runs in web pages: it imports only utils/page/, utils/types.ts and utils/language/lang-codes.ts.',
  },
];

export default defineConfig(
  globalIgnores([
    '.output/',
    '.wxt/',
    'node_modules/',
    'tests/fixtures/',
    'tests/e2e/artifacts/',
    'artifacts/',
    'web-ext-artifacts/',
  ]),
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // The same convention as tsc's noUnusedParameters: a leading _ marks a deliberately unused name.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Props and fakes declare their callbacks in method shorthand and are destructured; nothing
      // here detaches a class method that reads `this`.
      '@typescript-eslint/unbound-method': 'off',
      // Async event handlers on JSX attributes are fine: Preact ignores their return value.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // Fakes and bench runners implement async interfaces with synchronous bodies; asymmetric
    // matchers (expect.any) are typed `any`; fake servers echo unknown input as text, as the
    // services they stand for do.
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },

  // utils/: the pure domain. No browser globals, no extension API, no shell.
  {
    files: ['utils/**/*.ts'],
    ignores: GLUE,
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals()],
      'no-restricted-imports': ['error', { paths: EXTENSION_API_PATHS, patterns: NO_SHELL_PATTERNS }],
    },
  },
  // Glue, by its name: IndexedDB (through idb) in *-idb.ts, extension storage in *-storage.ts,
  // other browser APIs (the global Translator, ...) in *-glue.ts.
  {
    files: [IDB_GLUE],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals(['indexedDB'])],
      'no-restricted-imports': ['error', { paths: EXTENSION_API_PATHS, patterns: NO_SHELL_PATTERNS }],
    },
  },
  {
    files: [STORAGE_GLUE],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals(['browser', 'chrome'])],
      'no-restricted-imports': ['error', { patterns: NO_SHELL_PATTERNS }],
    },
  },
  {
    files: [OTHER_GLUE],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals(['browser', 'chrome', 'navigator', 'self', 'globalThis'])],
      'no-restricted-imports': [
        'error',
        { paths: EXTENSION_API_PATHS.filter((path) => path.name !== 'wxt/browser'), patterns: NO_SHELL_PATTERNS },
      ],
    },
  },
  {
    files: ['utils/page/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: EXTENSION_API_PATHS, patterns: [...NO_SHELL_PATTERNS, ...PAGE_PATTERNS] },
      ],
    },
  },

  // The content script runs on every page: utils/page/ only, and the message types it sends.
  {
    files: ['entrypoints/page-probe/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(?!\\./|\\.\\./\\.\\./utils/page/|\\.\\./\\.\\./utils/messaging(\\.ts)?$|wxt/utils/define-unlisted-script$)',
              message:
                'The content script runs on every page: it imports only utils/page/ (and the types of utils/messaging.ts).',
            },
            {
              regex: '^\\.\\./\\.\\./utils/messaging(\\.ts)?$',
              allowTypeImports: true,
              message: 'The content script takes only types from utils/messaging.ts.',
            },
          ],
        },
      ],
    },
  },

  // components/: presentational. Data and actions come in as props.
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome', 'fetch', 'localStorage', 'sessionStorage', 'indexedDB', 'XMLHttpRequest'].map(
          (name) => ({ name, message: `components/ are presentational: ${name} belongs in entrypoints/.` }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['browser', 'chrome', 'fetch', 'localStorage', 'sessionStorage', 'indexedDB'].map((property) => ({
            object,
            property,
            message: `components/ are presentational: ${property} belongs in entrypoints/.`,
          })),
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...EXTENSION_API_PATHS,
            { name: 'idb', message: 'components/ are presentational: storage belongs in entrypoints/.' },
          ],
          patterns: [{ regex: '(^|/)entrypoints(/|$)', message: 'components/ do not import entrypoints/.' }],
        },
      ],
    },
  },
  prettier,
);
