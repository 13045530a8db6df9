// `npm run eval:suggest`: the section suggestions on every corpus (sample doc, real reading lists, headings only, hand-written) next to two baselines, then timing.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from './run-ts.js';

// scripts/eval-suggest.ts is shared with test/core/classify-eval.test.ts.
const {evaluateAll, timeSuggestion, SURE} = loadTs(
  join(dirname(fileURLToPath(import.meta.url)), 'eval-suggest.ts'),
);
const results = evaluateAll();
const f = x => x.toFixed(2);
const columns = [
  ['corpus', 30, e => e.name],
  ['role', 6, e => e.role],
  ['n', 4, e => String(e.total)],
  ['top-1', 6, e => f(e.top1)],
  ['top-3', 6, e => f(e.top3)],
  ['ECE', 5, e => f(e.ece)],
  [`>=${SURE}`, 5, e => String(e.sure)],
  ['wrong', 6, e => (e.sure ? f(e.sureWrong) : '-')],
  ['Inbox', 5, e => String(e.inboxFirst)],
  ['lg-1', 5, e => f(e.largestTop1)],
  ['lg-3', 5, e => f(e.largestTop3)],
  ['nt-1', 5, e => f(e.nearestTop1)],
  ['nt-3', 5, e => f(e.nearestTop3)],
  ['x nt', 5, e => (e.nearestTop1 ? (e.top1 / e.nearestTop1).toFixed(1) : '-')],
];
const row = cells =>
  cells
    .map((c, i) => (i ? c.padStart(columns[i][1]) : c.padEnd(columns[i][1])))
    .join(' ');
console.log(row(columns.map(c => c[0])));
for (const e of results) console.log(row(columns.map(c => c[2](e))));
console.log(`
role: tuned = the weights were first fitted on it; fit = calibration fitted on it;
      check = no fit has seen it. >=${SURE}: suggestions that sure; wrong: share of them wrong.
Inbox: items whose first suggestion was the Inbox (counted wrong in top-1).
lg: baseline "largest section"; nt: baseline "section of the entry whose title
shares most words"; x nt: top-1 over the nearest-title baseline's.`);

console.log(
  "\nCalibration (best section's confidence vs how often it was right):",
);
const checked = results.filter(
  e =>
    e.name === 'reading lists, all' ||
    (e.role === 'check' && e.total >= 100) ||
    /^(headings|hand)/.test(e.name),
);
for (const e of checked) {
  console.log(`  ${e.name}`);
  for (const b of e.buckets) {
    const range = `${b.from.toFixed(1)}-${b.to.toFixed(1)}`;
    const mean = b.count ? b.meanConfidence.toFixed(2) : '   -';
    const acc = b.count ? b.accuracy.toFixed(2) : '   -';
    console.log(
      `    ${range.padEnd(8)} ${String(b.count).padStart(5)}  conf ${mean.padStart(5)}  right ${acc.padStart(5)}`,
    );
  }
}

console.log(
  '\nTime to suggest for one paper (classifier rebuilt from the outline each call, median):',
);
for (const size of ['sample', 2500, 5000]) {
  const t = timeSuggestion(size);
  console.log(
    `  ${String(t.entries).padStart(5)} entries (${size === 'sample' ? 'sample doc' : 'generated'}): ${t.suggestMs.toFixed(1)} ms suggest; ${t.outlineMs.toFixed(1)} ms outline; ${t.reuseMs.toFixed(2)} ms per paper with a built classifier`,
  );
}
