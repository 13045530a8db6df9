// Jest as in Google's TypeScript template: ts-jest, tests under test/ mirroring src/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is done once by `npm run typecheck`; jest only transpiles.
    '^.+\\.ts$': [
      'ts-jest',
      {isolatedModules: true, tsconfig: 'tsconfig.json'},
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
};
