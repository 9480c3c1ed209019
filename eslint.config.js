// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

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
  prettier,
);
