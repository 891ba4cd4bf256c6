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
  // The layers, as rules (README "How it works"). `no-restricted-imports` keeps one config per
  // file group, so each group lists everything it may not import.
  {
    // Adapters and analysis are pure: no browser APIs, no storage, no store.
    files: ['utils/sites/**', 'utils/analysis/**', 'utils/reputation/**', 'utils/alerts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Pure modules do not call browser APIs.' },
            { name: 'wxt/utils/storage', message: 'Pure modules do not touch storage.' },
          ],
          patterns: [
            // The records' types are shared; the code that reads and writes them is not.
            {
              group: ['**/store/**', '@/utils/store/**', '**/storage-items'],
              message: 'Pure modules do not read or write stored data.',
              allowTypeImports: true,
            },
            { group: ['**/background/**', '@/utils/background/**'], message: 'Only the background entrypoint imports utils/background.' },
            { group: ['**/views/**', '**/components/**'], message: 'Pure modules know nothing of the views.' },
          ],
        },
      ],
    },
  },
  {
    // Only the background entrypoint wires utils/background; the store knows nothing of the views.
    files: ['utils/store/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/background/**', '@/utils/background/**'], message: 'Only the background entrypoint imports utils/background.' },
            { group: ['**/views/**', '@/utils/views/**', '**/components/**', '@/components/**'], message: 'The store imports no view.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**', 'entrypoints/popup/**', 'entrypoints/options/**', 'entrypoints/*.content/**', 'utils/**'],
    ignores: ['utils/background/**', 'utils/sites/**', 'utils/analysis/**', 'utils/reputation/**', 'utils/alerts/**', 'utils/store/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/background/**', '@/utils/background/**'], message: 'Only the background entrypoint imports utils/background.' }] },
      ],
    },
  },
);
