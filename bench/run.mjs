// `npm run bench` entry: bundles the TypeScript bench (bench/main.ts) with esbuild and runs it in this Node process.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from '../scripts/run-ts.js';

loadTs(join(dirname(fileURLToPath(import.meta.url)), 'main.ts'), {
  target: 'node20',
  packages: 'external',
});
