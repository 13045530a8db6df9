// `npm run bench` entry: bundles the TypeScript bench (bench/main.ts) with esbuild and runs it in this Node process.
import * as esbuild from 'esbuild';
import {createRequire} from 'node:module';
import * as path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'build/bench.js');

await esbuild.build({
  entryPoints: [path.join(root, 'bench/main.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
createRequire(import.meta.url)(outfile);
