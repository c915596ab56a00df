import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layers of src/, lowest first (docs/ARCHITECTURE.md, "Folders and layers"). A folder may import from the
// layers below its own, never from its own layer's other folders or from above: so no folder-level cycle can form.
const layers = [
  ['model', 'table'],
  ['domain'],
  ['analysis', 'import'],
  ['graph'],
  ['filters', 'layout', 'appearance', 'export'],
  ['persist', 'presentation', 'workers', 'offline'],
  ['store'],
  ['canvas'],
  ['components'],
  ['presenter'],
];

// The pure core must not reach for the UI or the renderer: its functions run in tests, in workers and in Node.
const pureLayers = 6;
const react = 'Pure core modules must not import React (docs/ARCHITECTURE.md, "Folders and layers").';
const cytoscapeMessage = 'Pure core modules must not import cytoscape (docs/ARCHITECTURE.md, "Folders and layers").';
const uiPaths = [
  { name: 'react', message: react },
  { name: 'react-dom', message: react },
  { name: 'zustand', message: 'Pure core modules must not import the store (docs/ARCHITECTURE.md).' },
  { name: 'cytoscape', message: cytoscapeMessage },
  { name: 'cytoscape-svg', message: cytoscapeMessage },
];
// appearance builds Cytoscape's elements and stylesheet, export/image draws from them: both may name its types.
const mayUseCytoscape = ['appearance', 'export/image'];

/** One no-restricted-imports block per folder: the UI paths for the pure core, the layers it may not reach. */
function layerRules() {
  return layers.flatMap((layer, level) =>
    layer.flatMap((folder) => {
      const above = layers
        .slice(level)
        .flat()
        .filter((other) => other !== folder);
      const patterns = [
        {
          regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
          message: `${folder}/ may import only from the layers below it (see the layers in eslint.config.js).`,
        },
      ];
      const rule = (paths) => ({
        'no-restricted-imports': [
          'error',
          { ...(paths.length > 0 && { paths }), ...(above.length > 0 && { patterns }) },
        ],
      });
      if (level >= pureLayers) return above.length > 0 ? [{ files: [`src/${folder}/**`], rules: rule([]) }] : [];
      const cytoscapeTypes = uiPaths.filter((p) => !p.name.startsWith('cytoscape'));
      return [
        { files: [`src/${folder}/**`], rules: rule(uiPaths) },
        ...mayUseCytoscape
          .filter((path) => path === folder || path.startsWith(`${folder}/`))
          .map((path) => ({ files: [`src/${path}/**`], rules: rule(cytoscapeTypes) })),
      ];
    }),
  );
}

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
  ...layerRules(),
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
);
