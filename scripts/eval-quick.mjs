// `node scripts/eval-quick.mjs [corpus-name-part ...]`: top-1/top-3/ECE beside the baselines on a few corpora, for tuning.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from './run-ts.js';

const {quick} = loadTs(
  join(dirname(fileURLToPath(import.meta.url)), 'eval-quick.ts'),
);
const f = x => x.toFixed(2);
for (const e of quick(process.argv.slice(2))) {
  console.log(
    `${e.name.padEnd(34)} n ${String(e.total).padStart(4)} top1 ${f(e.top1)} top3 ${f(e.top3)} ECE ${f(e.ece)} inbox ${String(e.inboxFirst).padStart(3)} (${e.inboxRight} right) sure ${e.sure} wrong ${f(e.sureWrong)} | svm ${f(e.svmTop1)}/${f(e.svmTop3)} cen ${f(e.centroidTop1)}/${f(e.centroidTop3)}`,
  );
}
