// `npm run bench`: runs the built dist/Code.js in the emulator on generated giant docs and reports calls, bytes, modelled seconds and time.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {performance} from 'node:perf_hooks';
import {generateDoc} from '../samples/generate-doc';
import {
  COST_MODEL,
  largestRealistic,
  measureActionCosts,
  measureGrowth,
} from './action-costs';
import {bundleComposition} from './bundle-composition';
import {measureBundle, measureCore} from './core-timings';
import {
  measureInserts,
  measureOnOpen,
  measurePreviews,
  measureReorganize,
  measureSearch,
  measureThrottledPreview,
} from './operations';
import {ROOT} from './project';
import {measureUserActions} from './user-actions';
import {render} from './render';
import {measureTabbedRead} from './tabbed-read';
import {replaceBetweenMarkers} from './report';
import {checkTargets} from './targets';
import type {Results} from './types';

const SEED = 20261126;
const BUNDLE_PARTS_SHOWN = 6;
/** Entries in each of the tabbed doc's three tabs. */
const TABBED_ENTRIES = 1000;
const RESULTS_FILE = path.join(ROOT, 'bench/results.json');
const DOC_FILE = path.join(ROOT, 'docs/PERFORMANCE.md');

async function main(): Promise<void> {
  const started = performance.now();
  const codeFile = path.join(ROOT, 'dist/Code.js');
  if (!fs.existsSync(codeFile)) {
    throw new Error('dist/Code.js is missing: run `npm run build` first.');
  }
  const code = fs.readFileSync(codeFile, 'utf8');
  // Sizes that exist: 5,000 entries of our format pass Google Docs' character limit.
  const largest = largestRealistic(SEED);
  const sizes = [100, 1000, largest.entries];
  const results: Results = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    },
    sizes,
    largestRealistic: largest,
    costModel: COST_MODEL,
    bundle: measureBundle(code),
    operations: [],
    actionCosts: [],
    userActions: [],
    growth: [],
    core: [],
    targets: [],
  };
  results.bundle.parts = (await bundleComposition(ROOT)).slice(
    0,
    BUNDLE_PARTS_SHOWN,
  );
  for (const entries of sizes) {
    const log = (what: string) =>
      process.stderr.write(
        `bench: ${((performance.now() - started) / 1000).toFixed(1)} s: ${entries} entries: ${what}\n`,
      );
    const tidy = generateDoc(entries, {seed: SEED});
    const shuffled = generateDoc(entries, {seed: SEED, shuffled: true});
    const onTidy = {code, doc: tidy, entries};
    log('per-action costs, both read paths');
    results.actionCosts.push(...measureActionCosts(code, tidy, entries));
    log('per user action, cold and warm, and before issue 27');
    results.userActions!.push(...measureUserActions(code, tidy, entries));
    log('onOpen');
    results.operations.push(...measureOnOpen(onTidy));
    log('previewPapers');
    results.operations.push(...measurePreviews(onTidy));
    log('previewPapers while arXiv answers 429');
    results.operations.push(measureThrottledPreview(onTidy, COST_MODEL));
    log('insertPapers');
    results.operations.push(...measureInserts(onTidy));
    log('searchEntries');
    results.operations.push(measureSearch(onTidy));
    log('reorganize (tidy)');
    results.operations.push(...measureReorganize(onTidy, 'tidy'));
    log('reorganize (shuffled)');
    results.operations.push(
      ...measureReorganize({code, doc: shuffled, entries}, 'shuffled'),
    );
  }
  process.stderr.write(
    'bench: three tabs with a table of contents and a table\n',
  );
  results.actionCosts.push(...measureTabbedRead(code, TABBED_ENTRIES, SEED));
  process.stderr.write('bench: growth from 72 to 1,155 blocks\n');
  results.growth = measureGrowth(code, SEED);
  process.stderr.write('bench: pure core\n');
  results.core = measureCore(largest.entries, SEED);
  results.totalSeconds = (performance.now() - started) / 1000;
  results.targets = checkTargets(results);

  const table = render(results);
  console.log(table);
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  const doc = fs.readFileSync(DOC_FILE, 'utf8');
  fs.writeFileSync(DOC_FILE, replaceBetweenMarkers(doc, 'results', table));
  console.log(
    `\nWritten to ${path.relative(ROOT, RESULTS_FILE)} and docs/PERFORMANCE.md.`,
  );
}

main().catch(err => {
  console.error(
    `Bench failed: ${err instanceof Error ? err.stack : String(err)}`,
  );
  process.exitCode = 1;
});
