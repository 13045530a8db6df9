// Jest as in Google's TypeScript template: ts-jest, tests under test/ mirroring src/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is done once by `npm run typecheck`; jest only transpiles.
    // (tsconfig.json sets isolatedModules, which makes ts-jest transpile file by file.)
    '^.+\\.ts$': ['ts-jest', {tsconfig: 'tsconfig.json'}],
  },
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
};
