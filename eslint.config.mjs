// Lint: recommended JS and TypeScript rules, a few type-aware promise rules, React hooks rules for the UI,
// and the house's import boundaries (eslint/boundaries.mjs). Formatting belongs to Prettier alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import candor from './eslint/boundaries.mjs';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'artifacts/', 'tests/fixtures/', 'lib/nlp/models/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { candor },
    rules: {
      'candor/boundaries': 'error',
      // Type-aware rules that catch real bugs at little cost: a dropped promise loses a write or an error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Ambient globals for lib/'s own tsconfig (tsconfig.lib.json); a global constructor is declared with var.
    files: ['types/**/*.d.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { 'no-var': 'off' },
  },
  {
    // lib/ is pure: the extension runtime is not there even as a global.
    files: ['lib/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ is pure: pass data in, do not reach the extension runtime.' },
        { name: 'chrome', message: 'lib/ is pure: pass data in, do not reach the extension runtime.' },
      ],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    // The two classic hook rules. The plugin's React Compiler rules (set-state-in-effect and kin) judge code
    // written for the compiler, which we do not use; resetting local state when a prop changes is deliberate.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  prettier,
);
