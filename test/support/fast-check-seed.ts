// Property tests on a fixed seed in CI (CI=true), random elsewhere: a landing must not hang on a rare counterexample found by chance.
import fc from 'fast-check';

/**
 * The seed every fast-check property runs from when CI is set. Local runs
 * stay random so they keep finding new counterexamples; a failure prints
 * its seed and path to replay it (`fc.assert(..., {seed, path})`).
 */
export const CI_SEED = 20261207;

if (process.env.CI) fc.configureGlobal({seed: CI_SEED});
