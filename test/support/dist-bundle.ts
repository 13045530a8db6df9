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
import type {AnyDocJson, DocJson} from '../../src/core/doc-model';

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
export function loadDist<J extends AnyDocJson = DocJson>(
  options: EnvironmentOptions<J> = {},
): {
  env: Env<J>;
  fns: BundleFunctions;
} {
  const env = createEnvironment<J>(options);
  return {env, fns: loadBundle(distCode(), env)};
}
