// Jest's test environment: Node's, plus `__hostRequire` (Node's own require) through which the browser tests load playwright-core and the playground once per worker, not once per file.
'use strict';

const {TestEnvironment} = require('jest-environment-node');

/**
 * Jest evaluates every module afresh for each test file: playwright-core
 * alone costs about 0.45 CPU-s a file that way, and the playground its
 * in-memory bundles. Node's require, handed to the sandbox, keeps one copy
 * of each per worker. Neither keeps state a test could see: each file still
 * gets its own connection, context, page and playground.
 */
class PaperHaulEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__hostRequire = require;
  }
}

module.exports = PaperHaulEnvironment;
