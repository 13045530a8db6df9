// Jest as in Google's TypeScript template: ts-jest, tests under test/ mirroring src/.
// The evaluation suites (*-eval.test.ts: minutes of leave-one-out) run in `npm run eval` (jest.eval.config.js);
// the unit run keeps a quick floor check of each (classify-floor, find-floor).
/** @type {import('jest').Config} */
module.exports = {
  // Node's, plus Node's own require for the browser tests' heavy modules (test/support/environment.js).
  testEnvironment: '<rootDir>/test/support/environment.js',
  roots: ['<rootDir>/test'],
  // fast-check on a fixed seed when CI is set (test/support/fast-check-seed.ts).
  setupFiles: ['<rootDir>/test/support/fast-check-seed.ts'],
  // One Chromium for all the browser test files, launched only if one runs (test/support/browser-server.js).
  globalSetup: '<rootDir>/test/support/browser-setup.js',
  globalTeardown: '<rootDir>/test/support/browser-teardown.js',
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '-eval\\.test\\.ts$'],
  transform: {
    // Type checking is done once by `npm run typecheck`; jest only transpiles.
    // (tsconfig.json sets isolatedModules, which makes ts-jest transpile file by file.)
    '^.+\\.ts$': ['ts-jest', {tsconfig: 'tsconfig.json'}],
  },
  // Jest's default on two cores is one worker (cores - 1): the run is CPU-bound (the bundle in the emulator,
  // Chromium) and a browser test's node side mostly waits on Chromium, so one worker per core keeps both busy.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
};
