// `npm run bench`: runs the built dist/Code.js in the emulator on generated giant docs and reports calls, arXiv requests, bytes and time.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {performance} from 'node:perf_hooks';
import type {
  Block,
  BlockSummary,
  DocJson,
  Outline,
} from '../src/core/doc-model';
import {DEFAULT_SETTINGS, Settings} from '../src/core/settings';
import type {Paper, PreviewResult, ReorganizeReport} from '../src/core/types';
import type {XmlParserPort} from '../src/app/ports';
import type {XmlElementLike} from '../src/core/xml-element';
import {
  CallSummary,
  childVisits,
  summarizeCalls,
  timeIt,
  timeOnce,
  Timing,
} from './measure';
import {BundlePart, bundleComposition} from './bundle-composition';
import {orderReport} from './order';
import {
  exported,
  firstLine,
  loadBuilt,
  loadPiece,
  Missing,
  ROOT,
} from './pieces';
import {
  formatBytes,
  formatMs,
  markdownTable,
  replaceBetweenMarkers,
} from './report';
import {
  syntheticArxiv,
  syntheticEntry,
  SyntheticArxiv,
} from './synthetic-arxiv';

const SIZES = [100, 1000, 5000];
const SEED = 20261126;
const CORE_SIZE = 5000;
const AUTH_MODES = ['NONE', 'LIMITED', 'FULL'];
const SEARCH_QUERY = 'adversarial robustness';
const MAX_REORGANIZE_RUNS = 10;
const BUNDLE_PARTS_SHOWN = 6;
const RESULTS_FILE = path.join(ROOT, 'bench/results.json');
const DOC_FILE = path.join(ROOT, 'docs/PERFORMANCE.md');

// What the bench needs of the emulator (emulator/index.ts), checked at run time since it lands in parallel.
type Fns = Record<string, (...args: unknown[]) => unknown>;
interface Env {
  calls: {total(): number; byMethod(): Record<string, number>; reset(): void};
  clock: {now(): number};
  document: {toJSON(): DocJson};
  simpleTrigger(fns: Fns, name: string, authMode: string): unknown;
  scriptRun(fns: Fns, name: string, ...args: unknown[]): unknown;
}
interface Emulator {
  createEnvironment(options: {
    document?: DocJson;
    fetch?: SyntheticArxiv['handler'];
    now?: number;
    callLatencyMs?: number;
  }): Env;
  loadBundle(code: string, env: Env): Fns;
}

type GenerateDoc = (
  entries: number,
  options: {seed?: number; shuffled?: boolean},
) => DocJson;
type Summarize = (blocks: Block[]) => BlockSummary[];
type BuildOutline = (
  blocks: BlockSummary[],
  options?: {sectionLevel?: number; inboxName?: string},
) => Outline;
type ParseFeed = (root: XmlElementLike) => {papers: Paper[]} | {error: string};
type Suggest = (paper: Paper, outline: Outline, settings: Settings) => unknown;
type BuildClassifier = (
  outline: Outline,
  settings: Settings,
) => {suggest(paper: Paper, limit?: number): unknown};
type PlanReorganize = (blocks: BlockSummary[], settings: Settings) => unknown;

/** One measured server call (or a reason it could not be measured). */
interface OpResult {
  op: string;
  entries: number | null;
  /** Body children of the document before the call. */
  blocks?: number;
  status: 'ok' | 'n/a' | 'error';
  note?: string;
  calls?: CallSummary;
  wallMs?: number;
  arxiv?: {
    requests: number;
    virtualSeconds: number;
    idsPerRequest: number[];
    /** Shortest virtual time between two requests (arXiv asks for 3 s); null with fewer than two. */
    minGapSeconds: number | null;
  };
  detail?: Record<string, unknown>;
}

interface CoreResult {
  name: string;
  status: 'ok' | 'n/a' | 'error';
  note?: string;
  timing?: Timing;
  /** Counted in the 100 ms target (the pure-core timings the issue names). */
  targeted: boolean;
}

interface TargetResult {
  target: string;
  measured: string;
  met: boolean | null;
}

interface Results {
  generatedAt: string;
  machine: {node: string; cpus: number; cpuModel: string};
  sizes: number[];
  bundle: {
    codeBytes?: number;
    pages: Record<string, number>;
    loadMs?: Timing;
    /** The largest contributors to dist/Code.js. */
    parts?: BundlePart[];
    note?: string;
  };
  operations: OpResult[];
  core: CoreResult[];
  targets: TargetResult[];
  totalSeconds?: number;
}

const pieces = {
  emulator: loadBuilt<Emulator>('build/emulator.js'),
  generateDoc: exported<GenerateDoc>(
    loadPiece('samples/generate-doc.ts'),
    'generateDoc',
    'samples/generate-doc.ts',
  ),
  summarize: exported<Summarize>(
    loadPiece('src/core/outline.ts'),
    'summarizeBlocks',
    'src/core/outline.ts',
  ),
  buildOutline: exported<BuildOutline>(
    loadPiece('src/core/outline.ts'),
    'buildOutline',
    'src/core/outline.ts',
  ),
  parseFeed: exported<ParseFeed>(
    loadPiece('src/core/atom.ts'),
    'parseFeed',
    'src/core/atom.ts',
  ),
  xmlParser: exported<() => XmlParserPort>(
    loadPiece('test/support/xmldom-parser.ts'),
    'xmldomParser',
    'test/support/xmldom-parser.ts',
  ),
  suggest: exported<Suggest>(
    loadPiece('src/core/classify.ts'),
    'suggestSections',
    'src/core/classify.ts',
  ),
  buildClassifier: exported<BuildClassifier>(
    loadPiece('src/core/classify.ts'),
    'buildClassifier',
    'src/core/classify.ts',
  ),
  planReorganize: exported<PlanReorganize>(
    loadPiece('src/core/reorganize.ts'),
    'planReorganize',
    'src/core/reorganize.ts',
  ),
};

function available<T>(value: T | Missing): value is T {
  return !(value instanceof Missing);
}

function reasonOf(...values: unknown[]): string {
  const missing = values.find(v => v instanceof Missing) as Missing | undefined;
  return missing ? missing.reason : 'not available yet';
}

/** New-scheme ids from a month no generated doc reaches, so previews find nothing already filed. */
function freshIds(count: number, offset: number): string[] {
  return Array.from(
    {length: count},
    (_, i) => `2612.${String(10001 + offset + i).padStart(5, '0')}`,
  );
}

/** What a user pastes: a list of links copied from open tabs, in the forms people use. */
function pasteOf(ids: string[]): string {
  const forms = [
    (id: string) => `https://arxiv.org/abs/${id}`,
    (id: string) => `https://arxiv.org/pdf/${id}v2`,
    (id: string) => `arXiv:${id}`,
    (id: string) => `https://www.alphaxiv.org/abs/${id}`,
  ];
  return ids.map((id, i) => forms[i % forms.length](id)).join('\n');
}

function minGapSeconds(times: number[]): number | null {
  if (times.length < 2) return null;
  let gap = Infinity;
  for (let i = 1; i < times.length; i++) {
    gap = Math.min(gap, times[i] - times[i - 1]);
  }
  return gap / 1000;
}

/** Runs one server call with counting reset before it; never throws. */
function measureCall(
  env: Env,
  arxiv: SyntheticArxiv,
  base: Pick<OpResult, 'op' | 'entries'>,
  call: () => unknown,
): OpResult & {result?: unknown} {
  const blocks = env.document.toJSON().body.length;
  env.calls.reset();
  const requestsBefore = arxiv.requests.length;
  const clockBefore = env.clock.now();
  const t0 = performance.now();
  try {
    const result = call();
    const wallMs = performance.now() - t0;
    const requests = arxiv.requests.slice(requestsBefore);
    return {
      ...base,
      blocks,
      status: 'ok',
      calls: summarizeCalls(env.calls.byMethod()),
      wallMs,
      arxiv: {
        requests: requests.length,
        virtualSeconds: (env.clock.now() - clockBefore) / 1000,
        idsPerRequest: requests.map(r => r.ids.length),
        minGapSeconds: minGapSeconds(requests.map(r => r.at)),
      },
      result,
    };
  } catch (err) {
    return {
      ...base,
      blocks,
      status: 'error',
      note: firstLine(err),
      calls: summarizeCalls(env.calls.byMethod()),
      wallMs: performance.now() - t0,
    };
  }
}

/** A fresh emulated project bound to `doc`, with the bundle loaded and arXiv stood in for. */
function openProject(emulator: Emulator, code: string, doc: DocJson) {
  const clockRef: {env?: Env} = {};
  const arxiv = syntheticArxiv({now: () => clockRef.env?.clock.now() ?? 0});
  const env = emulator.createEnvironment({
    document: doc,
    fetch: arxiv.handler,
    callLatencyMs: 0,
  });
  clockRef.env = env;
  const fns = emulator.loadBundle(code, env);
  return {env, fns, arxiv};
}

function notAvailable(
  op: string,
  entries: number | null,
  note: string,
): OpResult {
  return {op, entries, status: 'n/a', note};
}

/** The sections an insert files into: the top suggestion when it names an existing section. */
function chooseSections(preview: PreviewResult, ids: string[]): string[] {
  const sections = preview.sections.length ? preview.sections : ['Inbox'];
  return ids.map((id, i) => {
    const item = preview.items.find(it => it.id === id);
    const top = item?.suggestions?.find(s => !s.isNew);
    return top ? top.section : sections[i % sections.length];
  });
}

function outlineOf(doc: DocJson): Outline | null {
  if (!available(pieces.summarize) || !available(pieces.buildOutline)) {
    return null;
  }
  return pieces.buildOutline(pieces.summarize(doc.body), {
    sectionLevel: DEFAULT_SETTINGS.sectionLevel,
    inboxName: DEFAULT_SETTINGS.inboxName,
  });
}

/** Entries a minimal sort must move in `doc` (outside a longest ordered subsequence per run), or null. */
function expectedMoves(doc: DocJson): number | null {
  const outline = outlineOf(doc);
  return outline
    ? orderReport(outline, DEFAULT_SETTINGS.sortOrder).outside
    : null;
}

function measureOnOpen(
  emulator: Emulator,
  code: string,
  doc: DocJson,
  entries: number,
): OpResult[] {
  const {env, fns, arxiv} = openProject(emulator, code, doc);
  return AUTH_MODES.map(mode => {
    const op = `onOpen (${mode})`;
    if (typeof fns.onOpen !== 'function') {
      return notAvailable(op, entries, 'not available yet (onOpen)');
    }
    const measured = measureCall(env, arxiv, {op, entries}, () =>
      env.simpleTrigger(fns, 'onOpen', mode),
    );
    if (measured.status === 'ok') {
      // One call is dominated by JIT warm-up; the median of repeats is the steady cost.
      measured.wallMs = timeIt(() => env.simpleTrigger(fns, 'onOpen', mode), {
        budgetMs: 100,
      }).medianMs;
    }
    delete measured.result;
    return measured;
  });
}

function measurePreviews(
  emulator: Emulator,
  code: string,
  doc: DocJson,
  entries: number,
): OpResult[] {
  return [20, 250].map((count, n) => {
    const op = `previewPapers (${count} ids)`;
    const {env, fns, arxiv} = openProject(emulator, code, doc);
    if (typeof fns.previewPapers !== 'function') {
      return notAvailable(op, entries, 'not available yet (previewPapers)');
    }
    const ids = freshIds(count, n * 1000);
    const measured = measureCall(env, arxiv, {op, entries}, () =>
      env.scriptRun(fns, 'previewPapers', pasteOf(ids)),
    );
    if (measured.status === 'ok') {
      const preview = measured.result as PreviewResult;
      const ready = preview.items.filter(i => i.status === 'ready').length;
      measured.detail = {ready, items: preview.items.length};
      if (ready !== count) {
        measured.note = `${ready} of ${count} ready`;
      }
    }
    delete measured.result;
    return measured;
  });
}

/** Inserts 1 then 20 papers after a preview of them, as the dialog does. */
function measureInserts(
  emulator: Emulator,
  code: string,
  doc: DocJson,
  entries: number,
): OpResult[] {
  const {env, fns, arxiv} = openProject(emulator, code, doc);
  const ops = ['insertPapers (1)', 'insertPapers (20)'];
  if (
    typeof fns.insertPapers !== 'function' ||
    typeof fns.previewPapers !== 'function'
  ) {
    return ops.map(op =>
      notAvailable(op, entries, 'not available yet (insertPapers)'),
    );
  }
  const ids = freshIds(21, 5000);
  let preview: PreviewResult;
  try {
    preview = env.scriptRun(
      fns,
      'previewPapers',
      pasteOf(ids),
    ) as PreviewResult;
  } catch (err) {
    return ops.map(op =>
      notAvailable(op, entries, `preview failed: ${firstLine(err)}`),
    );
  }
  const sections = chooseSections(preview, ids);
  const requests = ids.map((id, i) => ({
    id,
    section: sections[i],
    note: `Gist of ${id}: why this paper matters to me.`,
  }));
  return [requests.slice(0, 1), requests.slice(1)].map((batch, i) => {
    const measured = measureCall(env, arxiv, {op: ops[i], entries}, () =>
      env.scriptRun(fns, 'insertPapers', batch),
    );
    if (measured.status === 'ok') {
      const results = measured.result as {status: string}[];
      const inserted = results.filter(r => r.status === 'inserted').length;
      measured.detail = {inserted};
      if (inserted !== batch.length) {
        measured.note = `${inserted} of ${batch.length} inserted`;
      }
    }
    delete measured.result;
    return measured;
  });
}

function measureSearch(
  emulator: Emulator,
  code: string,
  doc: DocJson,
  entries: number,
): OpResult {
  const op = `searchEntries ("${SEARCH_QUERY}")`;
  const {env, fns, arxiv} = openProject(emulator, code, doc);
  if (typeof fns.searchEntries !== 'function') {
    return notAvailable(op, entries, 'not available yet (searchEntries)');
  }
  const measured = measureCall(env, arxiv, {op, entries}, () =>
    env.scriptRun(fns, 'searchEntries', SEARCH_QUERY),
  );
  if (measured.status === 'ok') {
    measured.detail = {hits: (measured.result as unknown[]).length};
  }
  delete measured.result;
  return measured;
}

/**
 * Dry run, then apply (repeated while a run reports itself incomplete), then
 * a second apply that must change nothing; checks the moves against the
 * entries outside a longest ordered subsequence, computed here from the doc.
 */
function measureReorganize(
  emulator: Emulator,
  code: string,
  doc: DocJson,
  entries: number,
  shape: 'tidy' | 'shuffled',
): OpResult[] {
  const ops = ['dry run', 'apply', 'again'].map(
    step => `reorganize ${step} (${shape})`,
  );
  const {env, fns, arxiv} = openProject(emulator, code, doc);
  if (typeof fns.reorganize !== 'function') {
    return ops.map(op =>
      notAvailable(op, entries, 'not available yet (reorganize)'),
    );
  }
  const expected = expectedMoves(doc);
  const results: OpResult[] = [];
  const run = (op: string, dryRun: boolean) => {
    const measured = measureCall(env, arxiv, {op, entries}, () => {
      const reports: ReorganizeReport[] = [];
      do {
        reports.push(
          env.scriptRun(fns, 'reorganize', {dryRun}) as ReorganizeReport,
        );
      } while (
        !dryRun &&
        !reports[reports.length - 1].complete &&
        reports.length < MAX_REORGANIZE_RUNS
      );
      return reports;
    });
    if (measured.status === 'ok') {
      const reports = measured.result as ReorganizeReport[];
      const moves = reports.reduce((sum, r) => sum + r.moves, 0);
      measured.detail = {
        moves,
        expectedMoves: op.includes('again') ? 0 : expected,
        runs: reports.length,
        complete: reports[reports.length - 1].complete,
        filed: reports.reduce((sum, r) => sum + r.filed.length, 0),
        merged: reports.reduce((sum, r) => sum + r.mergedSections.length, 0),
      };
    }
    delete measured.result;
    results.push(measured);
  };
  run(ops[0], true);
  run(ops[1], false);
  const after = expectedMoves(env.document.toJSON());
  if (after !== null && results[1].detail) {
    results[1].detail.outsideAfter = after;
  }
  run(ops[2], false);
  return results;
}

function measureBundle(
  emulator: Emulator | Missing,
  code: string | null,
): Results['bundle'] {
  const dist = path.join(ROOT, 'dist');
  const pages: Record<string, number> = {};
  if (fs.existsSync(dist)) {
    for (const file of fs.readdirSync(dist).sort()) {
      if (file.endsWith('.html')) {
        pages[file] = fs.statSync(path.join(dist, file)).size;
      }
    }
  }
  if (code === null) return {pages, note: 'dist/Code.js not built'};
  const bundle: Results['bundle'] = {codeBytes: Buffer.byteLength(code), pages};
  if (!available(emulator)) {
    bundle.note = emulator.reason;
    return bundle;
  }
  // Each load gets a fresh environment, as every Apps Script execution loads the bundle anew.
  const samples: number[] = [];
  for (let i = 0; i < 21; i++) {
    const env = emulator.createEnvironment({});
    samples.push(timeOnce(() => emulator.loadBundle(code, env)).ms);
  }
  const measured = samples.slice(1).sort((a, b) => a - b);
  bundle.loadMs = {
    medianMs: measured[Math.floor(measured.length / 2)],
    minMs: measured[0],
    runs: measured.length,
  };
  return bundle;
}

function timeCore(
  name: string,
  targeted: boolean,
  prerequisites: unknown[],
  fn: (() => unknown) | null,
): CoreResult {
  if (fn === null || prerequisites.some(p => p instanceof Missing)) {
    return {name, targeted, status: 'n/a', note: reasonOf(...prerequisites)};
  }
  try {
    return {name, targeted, status: 'ok', timing: timeIt(fn)};
  } catch (err) {
    return {name, targeted, status: 'error', note: firstLine(err)};
  }
}

function measureCore(): CoreResult[] {
  const results: CoreResult[] = [];
  const {parseFeed, xmlParser, generateDoc, summarize, buildOutline} = pieces;
  const feedXml = fs.readFileSync(
    path.join(
      ROOT,
      '../shared/fixtures/arxiv/arxivpy-2026_search_all-testing_100-entries_with-doi.xml',
    ),
    'utf8',
  );
  const parsable = available(xmlParser) && available(parseFeed);
  const root = parsable ? xmlParser().parse(feedXml) : null;
  results.push(
    timeCore(
      'parseFeed: 100-entry feed (XML already parsed)',
      true,
      [parseFeed, xmlParser],
      root && available(parseFeed) ? () => parseFeed(root) : null,
    ),
    timeCore(
      'XML parse (xmldom) + parseFeed: 100-entry feed',
      false,
      [parseFeed, xmlParser],
      parsable ? () => parseFeed(xmlParser().parse(feedXml)) : null,
    ),
  );

  const docReady = available(generateDoc) && available(summarize);
  const tidy = docReady ? generateDoc(CORE_SIZE, {seed: SEED}) : null;
  const shuffled = docReady
    ? generateDoc(CORE_SIZE, {seed: SEED, shuffled: true})
    : null;
  const blocks = tidy && available(summarize) ? summarize(tidy.body) : null;
  results.push(
    timeCore(
      `summarizeBlocks: ${CORE_SIZE}-entry doc`,
      false,
      [generateDoc, summarize],
      tidy && available(summarize) ? () => summarize(tidy.body) : null,
    ),
    timeCore(
      `buildOutline: ${CORE_SIZE}-entry doc`,
      true,
      [generateDoc, summarize, buildOutline],
      blocks && available(buildOutline) ? () => buildOutline(blocks, {}) : null,
    ),
  );
  const outline =
    blocks && available(buildOutline) ? buildOutline(blocks, {}) : null;
  const paperFeed = parsable
    ? parseFeed(
        xmlParser().parse(
          `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">${syntheticEntry('2612.10001')}</feed>`,
        ),
      )
    : null;
  const paper = paperFeed && 'papers' in paperFeed ? paperFeed.papers[0] : null;
  const {suggest, planReorganize} = pieces;
  results.push(
    timeCore(
      `suggestSections: one paper, ${CORE_SIZE}-entry doc`,
      true,
      [suggest, generateDoc, buildOutline, parseFeed],
      outline && paper && available(suggest)
        ? () => suggest(paper, outline, DEFAULT_SETTINGS)
        : null,
    ),
  );
  const {buildClassifier} = pieces;
  const classifier =
    outline && available(buildClassifier)
      ? buildClassifier(outline, DEFAULT_SETTINGS)
      : null;
  results.push(
    timeCore(
      `classifier.suggest: one paper, classifier of a ${CORE_SIZE}-entry doc already built`,
      false,
      [buildClassifier, generateDoc, buildOutline, parseFeed],
      classifier && paper ? () => classifier.suggest(paper, 3) : null,
    ),
  );
  const shuffledBlocks =
    shuffled && available(summarize) ? summarize(shuffled.body) : null;
  results.push(
    timeCore(
      `planReorganize: ${CORE_SIZE}-entry shuffled doc`,
      true,
      [planReorganize, generateDoc, summarize],
      shuffledBlocks && available(planReorganize)
        ? () => planReorganize(shuffledBlocks, DEFAULT_SETTINGS)
        : null,
    ),
  );
  return results;
}

function findOp(
  results: Results,
  op: string,
  entries: number,
): OpResult | undefined {
  return results.operations.find(r => r.op === op && r.entries === entries);
}

/**
 * A target checked on every run that measured it, each run described once
 * (identical descriptions are listed once); not measured when none did.
 */
function runsTarget<R>(
  target: string,
  runs: R[],
  describe: (run: R) => string,
  separator: string,
  meets: (run: R) => boolean,
): TargetResult {
  return {
    target,
    measured: runs.length
      ? runs
          .map(describe)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join(separator)
      : 'not measured',
    met: runs.length ? runs.every(meets) : null,
  };
}

/** Checks each target of issue 8 against the measurements; null when it could not be measured. */
function checkTargets(results: Results): TargetResult[] {
  const targets: TargetResult[] = [];
  const ok = (r: OpResult | undefined): r is OpResult & {calls: CallSummary} =>
    r?.status === 'ok' && r.calls !== undefined;

  for (const mode of AUTH_MODES) {
    const runs = SIZES.map(n => findOp(results, `onOpen (${mode})`, n));
    const done = runs.filter(ok);
    targets.push(
      runsTarget(
        `onOpen (${mode}): no document reads, at most 5 calls`,
        done,
        r => `${r.calls.reads} reads, ${r.calls.total} calls`,
        '; ',
        r => r.calls.reads === 0 && r.calls.total <= 5,
      ),
    );
  }

  const inserts = SIZES.map(n => findOp(results, 'insertPapers (1)', n)).filter(
    ok,
  );
  targets.push({
    target: 'insertPapers (1): writes independent of doc size',
    measured: inserts.length
      ? inserts.map(r => `${r.calls.writes} @ ${r.entries}`).join(', ')
      : 'not measured',
    met:
      inserts.length === SIZES.length
        ? inserts.every(r => r.calls.writes === inserts[0].calls.writes)
        : null,
  });
  targets.push(
    runsTarget(
      'insertPapers (1): reads at most one pass over the body (body children fetched at most once)',
      inserts,
      r =>
        `${childVisits(r.calls)} fetches of ${r.blocks} children, ${(r.calls.reads / (r.blocks ?? 1)).toFixed(1)} reads each @ ${r.entries}`,
      ', ',
      r => childVisits(r.calls) <= (r.blocks ?? 0),
    ),
  );

  const tidy = SIZES.map(n =>
    findOp(results, 'reorganize apply (tidy)', n),
  ).filter(ok);
  targets.push(
    runsTarget(
      'reorganize on a tidy doc: zero writes',
      tidy,
      r =>
        `${r.calls.writes} writes, ${String(r.detail?.moves)} moves @ ${r.entries}`,
      '; ',
      r => r.calls.writes === 0 && r.detail?.moves === 0,
    ),
  );
  const shuffled = SIZES.flatMap(n => [
    findOp(results, 'reorganize dry run (shuffled)', n),
    findOp(results, 'reorganize apply (shuffled)', n),
  ]).filter(ok);
  targets.push(
    runsTarget(
      'reorganize on a shuffled doc: moves = entries outside a longest ordered subsequence',
      shuffled,
      r =>
        `${String(r.detail?.moves)}/${String(r.detail?.expectedMoves)} @ ${r.entries}${r.op.includes('dry') ? ' dry' : ''}`,
      ', ',
      r => r.detail?.moves === r.detail?.expectedMoves,
    ),
  );

  const big = SIZES.map(n =>
    findOp(results, 'previewPapers (250 ids)', n),
  ).filter(ok);
  targets.push(
    runsTarget(
      'previewPapers (250 ids): at most 3 arXiv requests',
      big,
      r => `${r.arxiv?.requests ?? '?'} @ ${r.entries}`,
      ', ',
      r => (r.arxiv?.requests ?? Infinity) <= 3,
    ),
  );

  const spaced = results.operations.filter(
    r => r.status === 'ok' && r.arxiv && r.arxiv.minGapSeconds !== null,
  );
  targets.push({
    target: 'arXiv requests of one execution at least 3 s apart',
    measured: spaced.length
      ? `shortest gap ${Math.min(...spaced.map(r => r.arxiv?.minGapSeconds ?? 0))} s`
      : 'not measured',
    met: spaced.length
      ? spaced.every(r => (r.arxiv?.minGapSeconds ?? 0) >= 3)
      : null,
  });

  const {codeBytes} = results.bundle;
  targets.push({
    target: 'dist/Code.js under 200 KB (200,000 bytes)',
    measured: codeBytes === undefined ? 'not built' : formatBytes(codeBytes),
    met: codeBytes === undefined ? null : codeBytes < 200000,
  });
  for (const core of results.core.filter(c => c.targeted)) {
    targets.push({
      target: `${core.name}: under 100 ms`,
      measured: core.timing
        ? `${formatMs(core.timing.medianMs)} ms median`
        : (core.note ?? 'not measured'),
      met: core.timing ? core.timing.medianMs < 100 : null,
    });
  }
  if (results.totalSeconds !== undefined) {
    targets.push({
      target: 'the bench itself: under 5 minutes (after the build)',
      measured: `${results.totalSeconds.toFixed(0)} s`,
      met: results.totalSeconds < 300,
    });
  }
  return targets;
}

/** The notes column: what the call reported that the targets look at. */
function describeDetail(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if ('moves' in detail) {
    parts.push(
      `moves ${String(detail.moves)}, outside LIS ${String(detail.expectedMoves ?? '?')}`,
    );
  }
  if ('outsideAfter' in detail) {
    parts.push(`outside LIS after ${String(detail.outsideAfter)}`);
  }
  if (typeof detail.runs === 'number' && detail.runs > 1) {
    parts.push(`${detail.runs} runs`);
  }
  if ('ready' in detail) parts.push(`${String(detail.ready)} ready`);
  if ('inserted' in detail) parts.push(`${String(detail.inserted)} inserted`);
  if ('hits' in detail) parts.push(`${String(detail.hits)} hits`);
  return parts.join(', ');
}

function callsCell(r: OpResult): (string | number)[] {
  if (r.status === 'n/a' || !r.calls)
    return ['-', '-', '-', '-', '-', '-', r.note ?? r.status];
  const top = r.calls.top
    .map(([m, n]) => `${m.replace(/^DocumentApp\./, '')} ${n}`)
    .join(', ');
  const arxiv =
    r.arxiv && r.arxiv.requests
      ? `${r.arxiv.requests} req, ${r.arxiv.virtualSeconds.toFixed(1)} s`
      : '-';
  const detail = r.detail ? describeDetail(r.detail) : '';
  const note = [r.status === 'error' ? `error: ${r.note}` : r.note, detail]
    .filter(Boolean)
    .join('; ');
  return [
    r.calls.total,
    r.calls.reads,
    r.calls.writes,
    formatMs(r.wallMs),
    arxiv,
    top,
    note,
  ];
}

/** The whole report as Markdown: service calls per doc size, arXiv, bundle, core timings, targets. */
function render(results: Results): string {
  const parts: string[] = [];
  parts.push(
    `Measured ${results.generatedAt} on ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}; bench took ${results.totalSeconds?.toFixed(0) ?? '?'} s.`,
  );
  parts.push('### Service calls per server function');
  parts.push(
    markdownTable(
      [
        'operation',
        'entries',
        'blocks',
        'calls',
        'reads',
        'writes',
        'wall ms',
        'arXiv',
        'top methods',
        'notes',
      ],
      results.operations.map(r => [
        r.op,
        r.entries ?? '-',
        r.blocks ?? '-',
        ...callsCell(r).slice(0, 6),
        callsCell(r)[6],
      ]),
    ),
  );
  parts.push('### arXiv requests');
  const previewRows = results.operations.filter(
    r => r.op.startsWith('previewPapers') || r.op.startsWith('insertPapers'),
  );
  parts.push(
    markdownTable(
      [
        'operation',
        'entries',
        'requests',
        'ids per request',
        'virtual s',
        'min gap s',
      ],
      previewRows.map(r => [
        r.op,
        r.entries ?? '-',
        r.arxiv ? r.arxiv.requests : '-',
        r.arxiv ? r.arxiv.idsPerRequest.join(' + ') || '-' : (r.note ?? '-'),
        r.arxiv ? r.arxiv.virtualSeconds : '-',
        r.arxiv?.minGapSeconds ?? '-',
      ]),
    ),
  );
  parts.push('### Bundle');
  const b = results.bundle;
  parts.push(
    markdownTable(
      ['file', 'bytes', 'note'],
      [
        ['dist/Code.js', b.codeBytes ?? '-', b.note ?? ''],
        ...(b.parts ?? []).map(part => [
          `  of which ${part.source}`,
          part.bytes,
          '',
        ]),
        ...Object.entries(b.pages).map(([f, n]) => [`dist/${f}`, n, '']),
        [
          'load dist/Code.js (median ms)',
          b.loadMs ? formatMs(b.loadMs.medianMs) : '-',
          b.loadMs
            ? `min ${formatMs(b.loadMs.minMs)} ms over ${b.loadMs.runs} fresh environments`
            : '',
        ],
      ],
    ),
  );
  parts.push('### Pure core');
  parts.push(
    markdownTable(
      ['computation', 'median ms', 'min ms', 'runs', 'note'],
      results.core.map(c => [
        c.name,
        c.timing ? formatMs(c.timing.medianMs) : '-',
        c.timing ? formatMs(c.timing.minMs) : '-',
        c.timing ? c.timing.runs : '-',
        c.status === 'ok'
          ? c.targeted
            ? ''
            : 'context, not a target'
          : (c.note ?? c.status),
      ]),
    ),
  );
  parts.push('### Targets');
  parts.push(
    markdownTable(
      ['target', 'measured', 'met'],
      results.targets.map(t => [
        t.target,
        t.measured,
        t.met === null ? 'not measured' : t.met ? 'yes' : 'NO',
      ]),
    ),
  );
  return parts.join('\n\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const codeFile = path.join(ROOT, 'dist/Code.js');
  const code = fs.existsSync(codeFile)
    ? fs.readFileSync(codeFile, 'utf8')
    : null;
  const {emulator, generateDoc} = pieces;
  const results: Results = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    },
    sizes: SIZES,
    bundle: {pages: {}},
    operations: [],
    core: [],
    targets: [],
  };
  results.bundle = measureBundle(emulator, code);
  if (code !== null) {
    results.bundle.parts = (await bundleComposition(ROOT)).slice(
      0,
      BUNDLE_PARTS_SHOWN,
    );
  }
  for (const entries of SIZES) {
    const log = (what: string) =>
      process.stderr.write(
        `bench: ${((performance.now() - started) / 1000).toFixed(1)} s: ${entries} entries: ${what}\n`,
      );
    if (!available(emulator) || !available(generateDoc) || code === null) {
      const note =
        code === null
          ? 'dist/Code.js not built'
          : reasonOf(emulator, generateDoc);
      for (const op of [
        'onOpen',
        'previewPapers',
        'insertPapers',
        'searchEntries',
        'reorganize',
      ]) {
        results.operations.push(notAvailable(op, entries, note));
      }
      continue;
    }
    const tidy = generateDoc(entries, {seed: SEED});
    const shuffled = generateDoc(entries, {seed: SEED, shuffled: true});
    log('onOpen');
    results.operations.push(...measureOnOpen(emulator, code, tidy, entries));
    log('previewPapers');
    results.operations.push(...measurePreviews(emulator, code, tidy, entries));
    log('insertPapers');
    results.operations.push(...measureInserts(emulator, code, tidy, entries));
    log('searchEntries');
    results.operations.push(measureSearch(emulator, code, tidy, entries));
    log('reorganize (tidy)');
    results.operations.push(
      ...measureReorganize(emulator, code, tidy, entries, 'tidy'),
    );
    log('reorganize (shuffled)');
    results.operations.push(
      ...measureReorganize(emulator, code, shuffled, entries, 'shuffled'),
    );
  }
  process.stderr.write('bench: pure core\n');
  results.core = measureCore();
  results.totalSeconds = (performance.now() - started) / 1000;
  results.targets = checkTargets(results);

  const table = render(results);
  console.log(table);
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  if (fs.existsSync(DOC_FILE)) {
    const doc = fs.readFileSync(DOC_FILE, 'utf8');
    fs.writeFileSync(DOC_FILE, replaceBetweenMarkers(doc, 'results', table));
  }
  console.log(
    `\nWritten to ${path.relative(ROOT, RESULTS_FILE)}${fs.existsSync(DOC_FILE) ? ' and docs/PERFORMANCE.md' : ''}.`,
  );
}

main().catch(err => {
  console.error(
    `Bench failed: ${err instanceof Error ? err.stack : String(err)}`,
  );
  process.exitCode = 1;
});
