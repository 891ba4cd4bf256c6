// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Page content is untrusted: these APIs would let it run or render as HTML. */
const unsafeHtml = [
  { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'Review text is never HTML: use textContent or Preact children.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Review text is never HTML: use DOM nodes.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Review text is never HTML.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...unsafeHtml],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Extension code talks to the browser through `wxt/browser` (webextension-polyfill), never the raw globals.
    files: ['utils/**', 'entrypoints/**', 'components/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: "Import { browser } from 'wxt/browser'." }],
    },
  },
  {
    // Adapters and analysis are pure: no browser APIs, no timers, no storage.
    files: ['utils/sites/**', 'utils/analysis/**', 'utils/reputation/**', 'utils/alerts/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'wxt/browser', message: 'Pure modules do not call browser APIs.' }] }],
    },
  },
);
