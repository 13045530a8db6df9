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
      '**/app/**',
      '**/gas/**',
      '**/emulator/**',
    ],
    true,
    'UI pages import only types from the server: they talk to it through google.script.run.',
  ),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {globals: {...globals.node}},
    rules: {
      'n/no-unpublished-require': 'off',
      'n/no-unpublished-import': 'off',
    },
  },
  {
    rules: {
      'n/no-unpublished-import': 'off',
      'n/no-extraneous-import': 'off',
    },
  },
];
