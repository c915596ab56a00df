import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The pure core (DESIGN.md "Dependency rule") must not reach for the UI or the renderer.
const uiModules = {
  paths: [
    { name: 'react', message: 'Pure core modules must not import React (DESIGN.md dependency rule).' },
    { name: 'react-dom', message: 'Pure core modules must not import React (DESIGN.md dependency rule).' },
    { name: 'zustand', message: 'Pure core modules must not import the store (DESIGN.md dependency rule).' },
    { name: 'cytoscape', message: 'Pure core modules must not import cytoscape (DESIGN.md dependency rule).' },
    { name: 'react-cytoscapejs', message: 'Pure core modules must not import cytoscape (DESIGN.md dependency rule).' },
  ],
  patterns: [
    {
      group: ['**/store/**', '**/components/**', '**/canvas/**'],
      message: 'Pure core modules must not import UI layers.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench-results', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'src/model/**',
      'src/table/**',
      'src/import/**',
      'src/graph/**',
      'src/layout/**',
      'src/analysis/**',
      'src/filters/**',
      'src/export/**',
      'src/persist/**',
      'src/presentation/**',
    ],
    ignores: ['src/export/image/**'],
    rules: { 'no-restricted-imports': ['error', uiModules] },
  },
  {
    // appearance may use cytoscape's types (DESIGN.md), never React or the store.
    files: ['src/appearance/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: uiModules.paths.filter((p) => p.name !== 'cytoscape'), patterns: uiModules.patterns },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
);
