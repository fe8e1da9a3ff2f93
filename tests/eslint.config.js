// `npm run lint` (with `prettier --check`), part of `npm test`. Recommended sets only, with the few
// changes the code's own habits call for; formatting is Prettier's business, not ESLint's.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'tests/node_modules/',
      'geo/node_modules/',
      'geo/out/',
      'test-results/',
      'playwright-report/',
      'bench/out/',
      'tests/fixtures/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    // __APP_VERSION__ is Vite's `define` (vite.config.ts).
    languageOptions: { globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' } },
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away, a callback's slot).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
      ],
      // The code writes two-step branches as comma sequences (`if (x) (a = 1), b++;`), which this rule
      // reports even though every part has an effect.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Plain Map/Set/URL inside pure computations and non-reactive caches are not state.
      'svelte/prefer-svelte-reactivity': 'off'
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
  }
);
