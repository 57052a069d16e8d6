import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'events', 'stream', 'http', 'https', 'net', 'worker_threads', 'process'];
const noNode = [
  { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
  ...nodeBuiltins.map((n) => ({ group: [n, `${n}/*`], message: 'shared/ is pure: no Node built-ins.' })),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'docs/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Raw IPC only inside the two wrapper files.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcMain']", message: 'Use the IPC wrapper in electron/main/ipc.ts.' },
        { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Use the IPC wrapper in electron/preload/ipc.ts.' },
      ],
    },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/ipc.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ knows nothing of Electron.' },
            { name: 'react', message: 'shared/ knows nothing of React.' },
            { name: 'zustand', message: 'shared/ knows nothing of the UI state.' },
          ],
          patterns: [
            ...noNode,
            { group: ['react/*', 'react-dom', 'zustand/*', 'electron/*'], message: 'shared/ is pure.' },
            // shared/ stands alone, with no build's alias config: its files import each other relatively.
            { regex: '^#shared(/|$)', message: 'Inside shared/, import shared files by a relative path (../model), not #shared.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'shared/ is pure: no process.' },
        { name: 'require', message: 'shared/ is pure.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ takes `today` as an argument: no clock.' },
        { object: 'Math', property: 'random', message: 'shared/ is deterministic.' },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The backend is plain Node: main hands it what it needs.' }], patterns: [{ group: ['electron/*'], message: 'The backend is plain Node.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks only to window.api.' }],
          patterns: [
            { group: ['node:*', '**/electron/**'], message: 'The renderer talks only to window.api.' },
            // One door to the backend: components go through the store's actions.
            { regex: '(^|/)api$', message: 'Call the backend through the store (renderer/src/store): its actions apply the answer to the state.' },
          ],
        },
      ],
    },
  },
  {
    // The store is the one door: it alone imports the api (with electron kept out as above).
    files: ['renderer/src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The renderer talks only to window.api.' }], patterns: [{ group: ['node:*', '**/electron/**'], message: 'The renderer talks only to window.api.' }] },
      ],
    },
  },
);
