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
const columns = [
  ['baseline', k => k.baseline],
  ['doc only', k => k.docOnly],
  ['current', k => k.current],
];
console.log(
  '\n"baseline": the search before issue 18; "doc only": the current search without cached papers.',
);
console.log(
  `${'kind'.padEnd(14)} queries ${columns.map(([name]) => `${name.padStart(9)} R@1  R@3`).join(' ')}`,
);
const row = (label, queries, values) =>
  console.log(
    `${label.padEnd(14)} ${String(queries).padStart(7)} ${values.map(([a1, a3]) => `${' '.repeat(9)} ${f(a1)} ${f(a3)}`).join(' ')}`,
  );
let n = 0;
const sums = columns.map(() => [0, 0]);
for (const k of result.kinds) {
  const values = columns.map(([, pick]) => [pick(k).at1, pick(k).at3]);
  row(k.kind, k.queries, values);
  n += k.queries;
  values.forEach(([a1, a3], i) => {
    sums[i][0] += a1 * k.queries;
    sums[i][1] += a3 * k.queries;
  });
}
row(
  'all',
  n,
  sums.map(([a1, a3]) => [a1 / n, a3 / n]),
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
