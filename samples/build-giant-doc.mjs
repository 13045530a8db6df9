// Regenerates samples/giant-doc.json from samples/giant-doc.ts: `node samples/build-giant-doc.mjs`.
import * as esbuild from 'esbuild';
import {writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const built = await esbuild.build({
  entryPoints: [join(here, 'giant-doc.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const module = {exports: {}};
new Function('module', 'exports', 'require', built.outputFiles[0].text)(
  module,
  module.exports,
  createRequire(import.meta.url),
);
const doc = module.exports.buildGiantDoc();
writeFileSync(
  join(here, 'giant-doc.json'),
  JSON.stringify(doc, null, 1) + '\n',
);
console.log(`samples/giant-doc.json: ${doc.body.length} blocks`);
