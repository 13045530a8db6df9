// `npm run eval`: the evaluation suites only (suggestions and Find on every corpus, with their floors and baselines).
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['**/*-eval.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
