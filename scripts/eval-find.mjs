// `npm run eval:find`: recall@1/@3 of Find per kind of query beside the search before issue 18, and one keystroke's time at 2,500 entries.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from './run-ts.js';

// scripts/eval-find.ts is shared with test/core/find-eval.test.ts.
const {evaluateFind, timeFind} = loadTs(
  join(dirname(fileURLToPath(import.meta.url)), 'eval-find.ts'),
);
const result = evaluateFind();
const f = x => x.toFixed(2);
console.log(
  `Find on the evaluation doc: ${result.entries} papers, ${result.cached} with cached arXiv metadata`,
);
console.log('\nkind           queries   baseline R@1  R@3   current R@1  R@3');
let n = 0;
const sums = [0, 0, 0, 0];
for (const k of result.kinds) {
  console.log(
    `${k.kind.padEnd(14)} ${String(k.queries).padStart(7)}   ${f(k.baseline.at1).padStart(12)} ${f(k.baseline.at3).padStart(4)}   ${f(k.current.at1).padStart(11)} ${f(k.current.at3).padStart(4)}`,
  );
  n += k.queries;
  [k.baseline.at1, k.baseline.at3, k.current.at1, k.current.at3].forEach(
    (v, i) => (sums[i] += v * k.queries),
  );
}
console.log(
  `${'all'.padEnd(14)} ${String(n).padStart(7)}   ${f(sums[0] / n).padStart(12)} ${f(sums[1] / n).padStart(4)}   ${f(sums[2] / n).padStart(11)} ${f(sums[3] / n).padStart(4)}`,
);
if (result.misses.length) {
  console.log('\nNot in the current top 3:');
  for (const m of result.misses) {
    console.log(
      `  [${m.kind}] "${m.query}" -> ${m.top.join(', ') || '(nothing)'}`,
    );
  }
}
console.log(
  '\nOne keystroke at 2,500 entries, every abstract cached (outline and cache already read), median of 9, wall / CPU ms:',
);
for (const query of [
  'gpu nondeterminism changes accuracy',
  'adversarial robustness',
  'atari one in RL 2015',
  'flakey tests pyth',
]) {
  const {entries, current, baseline} = timeFind(2500, query);
  const ms = t => `${t.wallMs.toFixed(1)} / ${t.cpuMs.toFixed(1)}`;
  console.log(
    `  ${entries} entries, "${query}": ${ms(current)} (baseline ${ms(baseline)})`,
  );
}
