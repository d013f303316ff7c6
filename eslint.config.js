import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages the engine and rules never import, with any subpath (`react-dom/client` too). */
const impurePackages = [
  ['react', 'no React'],
  ['react-dom', 'no DOM'],
  ['react-hook-form', 'no forms'],
  ['xstate', 'no xstate'],
  ['@xstate', 'no xstate'],
  ['jspdf', 'no jsPDF'],
  ['jspdf-autotable', 'no jsPDF'],
  ['qrcode', 'no QR codes'],
  ['workbox-window', 'no service worker'],
];

const pureRestrictions = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: impurePackages.map(([name, what]) => ({ group: [name, `${name}/**`], message: `The engine and rules stay pure: ${what}.` })),
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded PRNG (pure-rand).' },
    { object: 'Date', property: 'now', message: 'The engine reads no clock.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'Date', message: 'The engine reads no clock.' },
    { name: 'window', message: 'The engine has no DOM.' },
    { name: 'document', message: 'The engine has no DOM.' },
    { name: 'localStorage', message: 'The engine has no storage.' },
    { name: 'sessionStorage', message: 'The engine has no storage.' },
    { name: 'fetch', message: 'The engine makes no request.' },
  ],
};

/**
 * The layers of DESIGN.md as folders: each zone names a folder and the folders it may never import
 * from, whatever the import is written as (`@/report/…`, `../report/…`). `test/lint/layers.test.ts`
 * feeds probe files to this config and expects each forbidden edge to be rejected.
 */
const layer = (name) => `./src/${name}`;
const above = {
  engine: ['app', 'questionnaire', 'results', 'workshop', 'packs', 'lib', 'report', 'cli', 'ui', 'i18n'],
  rules: ['app', 'questionnaire', 'results', 'workshop', 'packs', 'lib', 'report', 'cli', 'ui', 'i18n', 'engine'],
  report: ['app', 'questionnaire', 'results', 'workshop', 'packs', 'cli'],
  cli: ['app', 'questionnaire', 'results', 'workshop', 'packs', 'ui'],
  ui: ['app', 'questionnaire', 'results', 'workshop', 'packs', 'lib', 'report', 'cli', 'engine', 'rules'],
  i18n: ['app', 'questionnaire', 'results', 'workshop', 'packs', 'lib', 'report', 'cli', 'engine', 'rules', 'ui'],
  lib: ['app', 'questionnaire', 'results', 'workshop', 'packs', 'report', 'cli'],
  questionnaire: ['app', 'results', 'workshop', 'packs', 'cli'],
  results: ['app', 'questionnaire', 'workshop', 'packs', 'cli'],
  workshop: ['app', 'questionnaire', 'results', 'packs', 'cli'],
  packs: ['app', 'questionnaire', 'results', 'workshop', 'cli'],
  app: ['cli'],
};
const layerZones = Object.entries(above).map(([target, forbidden]) => ({
  target: layer(target),
  from: forbidden.map(layer),
  message: `DESIGN.md's layers: src/${target} never imports from ${forbidden.map((f) => `src/${f}`).join(', ')}.`,
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'check-file': checkFile },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-eval': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  { files: ['src/engine/**/*.ts', 'src/rules/**/*.ts'], ignores: ['**/*.test.ts'], rules: pureRestrictions },
  {
    // Type-aware rules on the product code (STYLE.md): floating and misused promises, unsafe `any`,
    // unbound methods. Tests are left to the fast syntactic rules.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...Object.assign({}, ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => config.rules ?? {})),
      // xstate's `types: {} as {…}` is the library's documented idiom, which this rule flags.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/**/test-*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
);
