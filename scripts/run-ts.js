// Runs a TypeScript module in this Node process: esbuild bundles it in memory, then it runs as CommonJS.
'use strict';
const esbuild = require('esbuild');
const {createRequire} = require('node:module');
const path = require('node:path');

/**
 * Bundles `entry` and runs it as if it were that file: its `require`,
 * `__filename` and `__dirname` are the entry's own, so paths it builds from
 * its folder and the packages it leaves external resolve as they would there.
 * @param {string} entry path of the TypeScript entry point
 * @param {import('esbuild').BuildOptions} [options] further esbuild options, e.g. `{packages: 'external'}`
 * @returns {Record<string, any>} the module's exports
 */
function loadTs(entry, options = {}) {
  const filename = path.resolve(entry);
  const built = esbuild.buildSync({
    entryPoints: [filename],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'warning',
    ...options,
  });
  const module = {exports: {}};
  const run = new Function(
    'module',
    'exports',
    'require',
    '__filename',
    '__dirname',
    built.outputFiles[0].text,
  );
  run(
    module,
    module.exports,
    createRequire(filename),
    filename,
    path.dirname(filename),
  );
  return module.exports;
}

module.exports = {loadTs};
