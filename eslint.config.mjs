// Lint rules, including the layer boundaries of ../DESIGN.md: shared/ is
// pure TypeScript, the engine never imports Electron, and the renderer and
// preload reach the engine only through the contract in shared/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnly = {
  paths: [{ name: 'electron', message: 'Only electron/main and electron/preload import Electron.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        require: 'readonly',
        module: 'writable',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // The command's entry point is plain CommonJS, so that it runs on any Node.
    files: ['bin/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/engine/**', 'electron/cli/**', 'electron/host/**'],
    rules: { 'no-restricted-imports': ['error', electronOnly] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronOnly.paths,
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'shared/ runs in the browser too.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing else.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/**', '**/electron/main/**', '**/electron/cli/**', '**/electron/host/**'], message: 'The UI reaches the engine only through shared/api.' },
            { group: ['node:*', 'better-sqlite3'], message: 'No Node in the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: { 'no-restricted-imports': ['error', { paths: electronOnly.paths, patterns: [{ group: ['**/engine/**', 'node:*', 'better-sqlite3'], message: 'The renderer reaches the engine only through shared/api.' }] }] },
  },
);
