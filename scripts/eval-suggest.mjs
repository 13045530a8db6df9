// `npm run eval:suggest`: leave-one-out accuracy, calibration and timing of the section suggestions on samples/giant-doc.json.
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from './run-ts.js';

// scripts/eval-suggest.ts is shared with test/core/classify-eval.test.ts.
const {evaluateLeaveOneOut, timeSuggestion} = loadTs(
  join(dirname(fileURLToPath(import.meta.url)), 'eval-suggest.ts'),
);
const result = evaluateLeaveOneOut();
const pct = x => `${(x * 100).toFixed(1)}%`;
console.log(
  `Leave-one-out on samples/giant-doc.json: ${result.total} entries outside the Inbox`,
);
console.log(
  `  top-1 accuracy: ${result.top1.toFixed(3)} (${pct(result.top1)})`,
);
console.log(
  `  top-3 accuracy: ${result.top3.toFixed(3)} (${pct(result.top3)})`,
);
console.log(
  `  top suggestion was the Inbox (nothing confident): ${result.inboxFirst}`,
);
console.log(
  '\nCalibration (confidence of the best section suggested vs how often it was right):',
);
console.log('  bucket      count  mean conf  accuracy');
for (const b of result.buckets) {
  const range = `${b.from.toFixed(1)}-${b.to.toFixed(1)}`;
  const mean = b.count ? b.meanConfidence.toFixed(2) : '   -';
  const acc = b.count ? b.accuracy.toFixed(2) : '   -';
  console.log(
    `  ${range.padEnd(10)} ${String(b.count).padStart(5)}  ${mean.padStart(9)}  ${acc.padStart(8)}`,
  );
}
console.log('\nPer section (top-1 right / entries):');
for (const [name, s] of Object.entries(result.perSection)) {
  console.log(`  ${name.padEnd(20)} ${s.right}/${s.total}`);
}
console.log(
  '\nTime to suggest for one paper (classifier rebuilt from the outline each call, median):',
);
for (const size of ['sample', 5000]) {
  const t = timeSuggestion(size);
  console.log(
    `  ${String(t.entries).padStart(5)} entries (${size === 'sample' ? 'sample doc' : 'generated'}): ${t.suggestMs.toFixed(1)} ms suggest; ${t.outlineMs.toFixed(1)} ms outline; ${t.reuseMs.toFixed(2)} ms per paper with a built classifier`,
  );
}
