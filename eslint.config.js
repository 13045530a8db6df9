// Lint setup: Google's gts rules plus the layer boundaries of docs/DESIGN.md.
const gts = require('gts');
const ignores = require('./eslint.ignores.js');
const globals = require('globals');

/** Forbids runtime imports of the given folders (type-only imports allowed where said). */
function boundary(files, groups, allowTypeImports, message) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {patterns: [{group: groups, allowTypeImports, message}]},
      ],
    },
  };
}

/** The same boundary for plain JavaScript tools: ESM imports and require() alike. */
function toolBoundary(files, patterns, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: patterns, message}]},
      ],
      'n/no-restricted-require': [
        'error',
        patterns.map(name => ({name, message})),
      ],
    },
  };
}

module.exports = [
  {ignores},
  ...gts,
  boundary(
    ['src/core/**/*.ts'],
    [
      '**/app/**',
      '**/gas/**',
      '**/server/**',
      '**/ui/**',
      '**/emulator/**',
      '../*',
      '!./*',
    ],
    false,
    'src/core is pure: it imports nothing of ours outside src/core.',
  ),
  // A folder inside core (src/core/classify/) reaches core's files one level up, and nothing above.
  boundary(
    ['src/core/*/**/*.ts'],
    [
      '**/app/**',
      '**/gas/**',
      '**/server/**',
      '**/ui/**',
      '**/emulator/**',
      '../../*',
    ],
    false,
    'src/core is pure: it imports nothing of ours outside src/core.',
  ),
  boundary(
    ['src/app/**/*.ts'],
    ['**/gas/**', '**/server/**', '**/ui/**', '**/emulator/**'],
    false,
    'src/app sees only the core and its own ports.',
  ),
  boundary(
    ['src/gas/**/*.ts'],
    ['**/server/**', '**/ui/**', '**/emulator/**'],
    false,
    'src/gas adapts Apps Script to the ports; it is wired by src/server.',
  ),
  boundary(
    ['src/server/**/*.ts'],
    ['**/ui/**', '**/emulator/**'],
    false,
    'The server bundle never contains UI or emulator code.',
  ),
  {
    // Browser code (the pages, the browser tests) is typed by its own tsconfig with the DOM library.
    files: ['src/ui/**/*.ts'],
    languageOptions: {parserOptions: {project: './src/ui/tsconfig.json'}},
  },
  {
    files: ['test/e2e/**/*.ts'],
    languageOptions: {parserOptions: {project: './test/e2e/tsconfig.json'}},
  },
  boundary(
    ['src/ui/**/*.ts'],
    [
      '**/server/**',
      '**/core/**',
      // Find searches its index in the page with the core's own search (issue 27).
      '!**/core/search-tabs',
      // A reorganize report reads the same in the sidebar and the menu (issue 25).
      '!**/core/reorganize-report-lines',
      '**/app/**',
      '**/gas/**',
      '**/emulator/**',
    ],
    true,
    'UI pages import only types from the server: they talk to it through google.script.run.',
  ),
  // The emulator stands beside src/: it reads and writes DocJson (src/core/doc-model) and nothing else of ours.
  boundary(
    ['emulator/**/*.ts'],
    [
      '**/src/app/**',
      '**/src/gas/**',
      '**/src/server/**',
      '**/src/ui/**',
      // Listed by level: a pattern that excluded src/core itself could not let doc-model back in.
      '**/src/core/*',
      '!**/src/core/doc-model',
      '**/test/**',
      '**/bench/**',
      '**/scripts/**',
      '**/dev/**',
    ],
    false,
    'The emulator imports only the DocJson types (src/core/doc-model) from src, and nothing of tests, bench, scripts or dev.',
  ),
  // Tools are not tests: what they share with tests lives in scripts/lib or samples/.
  boundary(
    ['scripts/**/*.ts', 'bench/**/*.ts'],
    ['**/test/**'],
    false,
    'scripts/ and bench/ do not import from test/: share through scripts/lib/ or samples/.',
  ),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {globals: {...globals.node}},
    rules: {
      'n/no-unpublished-require': 'off',
      'n/no-unpublished-import': 'off',
    },
  },
  toolBoundary(
    ['scripts/**/*.{js,mjs,cjs}', 'bench/**/*.{js,mjs,cjs}'],
    ['**/test/**'],
    'scripts/ and bench/ do not import from test/: share through scripts/lib/ or samples/.',
  ),
  toolBoundary(
    ['dev/**/*.{js,mjs,cjs}'],
    ['**/test/**', '**/src/**'],
    'The playground runs the built bundle (dist/, build/): it imports nothing of src/ or test/.',
  ),
  {
    rules: {
      'n/no-unpublished-import': 'off',
      'n/no-extraneous-import': 'off',
    },
  },
];
