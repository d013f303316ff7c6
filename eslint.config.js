import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['questionnaire', 'results', 'workshop'];
const featureImport = (name) => [`@/${name}/*`, `../${name}/*`, `../../${name}/*`];

/** Features never import each other; shared folders never import a feature (STYLE.md §3, §10). */
const featureRules = features.map((feature) => ({
  files: [`src/${feature}/**/*.{ts,tsx}`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features.filter((f) => f !== feature).flatMap(featureImport).concat(['@/app/*']),
            message: 'Features never import each other or the app: compose them in src/app.',
          },
        ],
      },
    ],
  },
}));

const pureRestrictions = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'react', message: 'The engine and rules stay pure: no React.' },
        { name: 'react-dom', message: 'The engine and rules stay pure: no DOM.' },
        { name: 'xstate', message: 'The engine and rules stay pure: no xstate.' },
        { name: 'jspdf', message: 'The engine and rules stay pure: no jsPDF.' },
      ],
      patterns: [
        {
          group: ['@/questionnaire/*', '@/results/*', '@/workshop/*', '@/app/*', '@/report/*', '@/cli/*', '@/ui/*', '@/i18n/*'],
          message: 'The engine and rules import nothing above them.',
        },
      ],
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
  ...featureRules,
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}', 'src/report/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: features.flatMap(featureImport).concat(['@/app/*']), message: 'Shared code never imports a feature.' }] },
      ],
    },
  },
);
