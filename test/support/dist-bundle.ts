// Loads the built dist/Code.js (exactly what clasp pushes) into a fresh emulated environment.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createEnvironment,
  loadBundle,
  type BundleFunctions,
  type Env,
  type EnvironmentOptions,
} from '../../emulator';

const DIST = path.resolve(__dirname, '../../dist');

let cachedCode: string | undefined;

/** The built bundle; `npm test` builds before jest runs. */
export function distCode(): string {
  if (cachedCode === undefined) {
    const file = path.join(DIST, 'Code.js');
    if (!fs.existsSync(file)) {
      throw new Error('dist/Code.js is missing: run `npm run build` first.');
    }
    cachedCode = fs.readFileSync(file, 'utf8');
  }
  return cachedCode;
}

/** A fresh environment with dist/Code.js loaded: `fns` are its top-level functions. */
export function loadDist(options: EnvironmentOptions = {}): {
  env: Env;
  fns: BundleFunctions;
} {
  const env = createEnvironment(options);
  return {env, fns: loadBundle(distCode(), env)};
}
