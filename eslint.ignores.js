module.exports = [
  'build/',
  'dist/',
  'coverage/',
  '**/node_modules/',
  'test/fixtures/',
  '.playground/',
  'samples/**/*.json',
  // The evaluations' corpora are data (moved from test/fixtures/), kept as written.
  'samples/eval/',
];
