module.exports = [
  'build/',
  'dist/',
  'coverage/',
  '**/node_modules/',
  'test/fixtures/',
  '.playground/',
  'samples/**/*.json',
];
