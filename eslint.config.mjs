// ESLint 9 flat config: `npm run lint` (eslint .) and `npm run lint:fix`. Formatting is Prettier's job
// (`npm run format`); nothing here overlaps with it. The scripts cache results in node_modules/.cache/eslint
// by file content; a type-aware finding caused by a change in another file can hide behind that cache
// until the file itself changes (CI lints a clean clone, so it never does): delete the folder to be sure.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import houqin from './tools/eslint/boundaries.cjs';

export default defineConfig(
  globalIgnores(['apps/console/src/graphql/', '**/node_modules/', '**/dist/', '**/data/', '**/coverage/', '**/tmp/', '.nx/']),
  {
    // An eslint-disable comment for a rule that never fires there is an error, so stale ones go.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // TypeScript: apps, libs and tools, tests included, with type information from tsconfig.json.
  // typescript-eslint's `recommended` plus the type-aware rules below; the whole recommendedTypeChecked
  // set reports ~1,700 problems, most of them no-unsafe-* on `any` GraphQL results in tests.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { houqin },
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        // type-graphql and TypeORM read the types of decorated members at runtime (emitDecoratorMetadata),
        // so consistent-type-imports leaves files with decorators alone: turning an import used there
        // into `import type` would erase the class the metadata refers to.
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
      },
    },
    rules: {
      'houqin/boundaries': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // The web console runs in the browser (React): browser globals and the rules of hooks. Its types come
  // from apps/console/tsconfig.json (DOM, JSX, bundler resolution), which the project service finds.
  {
    files: ['apps/console/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    // An async handler on a JSX attribute (a form's onFinish, a button's onClick) is how React code is written.
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, properties: false } }] },
  },

  // JavaScript: jest configs (CommonJS), scripts and this file (ES modules); all run on Node.
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
);
