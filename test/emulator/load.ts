// Test helper: an environment with a tiny hand-written ES2019 script loaded into it.
import {
  createEnvironment,
  loadBundle,
  type BundleFunctions,
  type EnvironmentOptions,
  type Env,
} from '../../emulator';

/** Loads `code` (plain ES2019, the way dist/Code.js is) into a fresh environment. */
export function load(
  code: string,
  options: EnvironmentOptions = {},
): {env: Env; fns: BundleFunctions} {
  const env = createEnvironment({files: {}, ...options});
  return {env, fns: loadBundle(code, env)};
}
