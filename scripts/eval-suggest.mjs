// `npm run eval:suggest`: the section suggestions on every corpus (sample doc, real reading lists, headings only, hand-written) next to two baselines, then timing.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from './run-ts.js';

// scripts/eval-suggest.ts is shared with test/core/classify-eval.test.ts.
const {evaluateAll, evaluateOffTopic, timeSuggestion, bestBaseline, SURE} =
  loadTs(join(dirname(fileURLToPath(import.meta.url)), 'eval-suggest.ts'));
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
  ['svm-1', 5, e => f(e.svmTop1)],
  ['svm-3', 5, e => f(e.svmTop3)],
  ['cen-1', 5, e => f(e.centroidTop1)],
  ['cen-3', 5, e => f(e.centroidTop3)],
  // A corpus with no filed entries (headings only) gives the baselines nothing to learn from.
  ['best', 8, e => (e.svmTop3 || e.centroidTop3 ? bestBaseline(e).name : '-')],
  [
    'vs best',
    7,
    e => {
      if (!e.svmTop3 && !e.centroidTop3) return '-';
      const d = e.top1 - bestBaseline(e).top1;
      return (d >= 0 ? '+' : '') + f(d);
    },
  ],
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
shares most words"; svm: arxiv-sanity-lite's method (TF-IDF of title + abstract
+ authors, 1-2 grams, sublinear tf, L2; one linear SVM per section, squared hinge,
class_weight balanced, C = 0.1, ranked by decision function); cen: TF-IDF centroid
per section. Both read the filed papers' full text the condition has (titles; titles
and abstracts). best: the better baseline on top-1; vs best: top-1 minus its.`);

for (const e of results.filter(r => r.storedChars !== undefined)) {
  console.log(
    `\n${e.name}: enrichment stored ${(e.storedChars / 1000).toFixed(0)} KB in document properties for ${e.total} filed papers.`,
  );
}

const offTopic = evaluateOffTopic();
console.log(
  `\nOff-topic (recorded papers outside cs/stat/eess/math against the sample doc): ${offTopic.inboxFirst} of ${offTopic.total} get the Inbox first.`,
);

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
