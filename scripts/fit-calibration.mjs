// `node scripts/fit-calibration.mjs`: fits RELIABILITY in src/core/classify/calibration.ts on the FIT reading lists and prints the result on the CHECK corpora.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from './run-ts.js';

const {fitCalibration} = loadTs(
  join(dirname(fileURLToPath(import.meta.url)), 'fit-calibration.ts'),
);
const {weights, fit, check} = fitCalibration();
const show = m =>
  `${m.n} items, ECE ${m.ece.toFixed(3)}, ${m.sure} at >= 0.8 of which ${(m.sureWrong * 100).toFixed(1)}% wrong`;
console.log(`RELIABILITY = ${JSON.stringify(weights)}`);
console.log(`  fit:   ${show(fit)}`);
console.log(`  check: ${show(check)}`);
