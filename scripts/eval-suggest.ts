// The suggestion evaluation, shared by `npm run eval:suggest` and its jest guard: the model and two baselines on every corpus, side by side.
import {performance} from 'node:perf_hooks';
import giantDoc from '../samples/giant-doc.json';
import {generateDoc} from '../samples/generate-doc';
import {
  buildClassifier,
  paperFromEntry,
  suggestSections,
} from '../src/core/classify';
import {entryText} from '../src/core/classify/entry-text';
import {type Labelled, rankBaselines} from './eval-baselines';
import {abstractListCorpora} from './eval-corpora-abstracts';
import {offTopicPapers} from './eval-corpora-off-topic';
import type {DocJson, Outline} from '../src/core/doc-model';
import {normalizeSectionName} from '../src/core/outline';
import {DEFAULT_SETTINGS} from '../src/core/settings';
import {
  type Corpus,
  type HeldOut,
  handWrittenCorpus,
  handWrittenEnrichedCorpus,
  headingsOnlyCorpus,
  outlineOf,
  readingListCorpora,
  sampleCorpus,
} from './eval-corpora';

/** A suggestion at or above this is "sure" (reorganize auto-files the Inbox at 0.8 by default). */
export const SURE = DEFAULT_SETTINGS.autoFileThreshold;

export interface Bucket {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** How the model did on one corpus, next to the baselines on the same items. */
export interface Evaluation {
  name: string;
  role: Corpus['role'];
  total: number;
  top1: number;
  top3: number;
  /** Items whose top suggestion was the Inbox (counted as wrong). */
  inboxFirst: number;
  /** Of those, items whose best existing section was the right one: right answers the Inbox held back. */
  inboxRight: number;
  /** Expected calibration error of the best existing section's confidence (ten bins). */
  ece: number;
  /** Suggestions with confidence >= SURE, and the share of them that is wrong. */
  sure: number;
  sureWrong: number;
  /** Baseline: the largest section. */
  largestTop1: number;
  largestTop3: number;
  /** Baseline: the section of the entry whose title shares most words. */
  nearestTop1: number;
  nearestTop3: number;
  /** Baseline: arxiv-sanity-lite's per-section linear SVM over TF-IDF (eval-baselines.ts). */
  svmTop1: number;
  svmTop3: number;
  /** Baseline: the TF-IDF centroid of each section. */
  centroidTop1: number;
  centroidTop3: number;
  /** Confidence of the best existing section vs how often it was right (five bins). */
  buckets: Bucket[];
  perSection: Record<string, {right: number; total: number}>;
  /** Each item's best existing section confidence and whether it was right (for fitting calibration). */
  outcomes: Array<{confidence: number; right: boolean}>;
  /** Characters enrichment stored for the filed papers, when the corpus goes through it. */
  storedChars?: number;
}

const BASELINE_STOPWORDS = new Set(
  'a an and are as at by for from in into is of on or the to with via we our pdf paper arxiv et al'.split(
    ' ',
  ),
);

function titleWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(w => w.length > 1 && !BASELINE_STOPWORDS.has(w)),
  );
}

function sectionsOf(outline: Outline): Outline['sections'] {
  const inbox = normalizeSectionName(DEFAULT_SETTINGS.inboxName);
  return outline.sections.filter(s => normalizeSectionName(s.title) !== inbox);
}

/** The three largest sections (entries of same-named sections added up), largest first. */
function largestSections(outline: Outline): string[] {
  const sizes = new Map<string, number>();
  for (const s of sectionsOf(outline)) {
    const key = normalizeSectionName(s.title);
    sizes.set(key, (sizes.get(key) ?? 0) + s.entries.length);
  }
  return [...sizes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([key]) => key);
}

/** Sections of the entries whose titles share most words with the paper's, best first (no shared word, no suggestion). */
function nearestTitleSections(item: HeldOut): string[] {
  const mine = titleWords(item.paper.title);
  const scored: Array<{key: string; shared: number}> = [];
  for (const s of sectionsOf(item.outline)) {
    const key = normalizeSectionName(s.title);
    for (const e of s.entries) {
      let shared = 0;
      for (const w of titleWords(e.title)) if (mine.has(w)) shared++;
      if (shared) scored.push({key, shared});
    }
  }
  scored.sort((a, b) => b.shared - a.shared);
  return [...new Set(scored.map(s => s.key))].slice(0, 3);
}

function bins(outcomes: Evaluation['outcomes'], count: number): Bucket[] {
  // A confidence of exactly 1 belongs to the last bin.
  const binOf = (c: number) =>
    Math.min(count - 1, Math.floor(c * count + 1e-9));
  return Array.from({length: count}, (_, index) => {
    const inside = outcomes.filter(o => binOf(o.confidence) === index);
    const n = inside.length;
    return {
      from: index / count,
      to: (index + 1) / count,
      count: n,
      meanConfidence: n ? inside.reduce((a, o) => a + o.confidence, 0) / n : 0,
      accuracy: n ? inside.filter(o => o.right).length / n : 0,
    };
  });
}

/** Expected calibration error: the count-weighted gap between confidence and accuracy over ten bins. */
export function expectedCalibrationError(
  outcomes: Evaluation['outcomes'],
): number {
  if (!outcomes.length) return 0;
  return bins(outcomes, 10).reduce(
    (sum, b) =>
      sum +
      (b.count / outcomes.length) * Math.abs(b.accuracy - b.meanConfidence),
    0,
  );
}

/** The text a baseline reads of a filed entry: its full text when the condition has it, else what the entry shows. */
function filedText(
  entry: Outline['sections'][number]['entries'][number],
  corpus: Corpus,
): string {
  const full = corpus.fullText?.get(entry.id);
  if (full) return full;
  const t = entryText(entry);
  return `${t.title} ${t.summary} ${t.authors.join(' ')}`;
}

/** Sections best first per item, by the SVM and the centroid baselines. */
function baselineRanks(corpus: Corpus): {
  svm: string[][];
  centroid: string[][];
} {
  const pool = new Map<string, Labelled>();
  const items = corpus.items.map(item => {
    const training = new Set<string>();
    for (const s of sectionsOf(item.outline)) {
      const section = normalizeSectionName(s.title);
      for (const e of s.entries) {
        const key = `${section}\u0000${e.id}\u0000${e.title}`;
        training.add(key);
        if (!pool.has(key))
          pool.set(key, {key, section, text: filedText(e, corpus)});
      }
    }
    const p = item.paper;
    return {text: `${p.title} ${p.summary} ${p.authors.join(' ')}`, training};
  });
  return rankBaselines([...pool.values()], items);
}

/** How often one ranker put the expected section first, and among its first three. */
class Hits {
  top1 = 0;
  top3 = 0;
  /** Tallies one item's ranking, best first. */
  count(ranked: string[], expected: string): void {
    if (ranked[0] === expected) this.top1++;
    if (ranked.slice(0, 3).includes(expected)) this.top3++;
  }
}

/** Places every held-out item with the model and the baselines. */
export function evaluateCorpus(corpus: Corpus): Evaluation {
  const ranks = baselineRanks(corpus);
  const inbox = normalizeSectionName(DEFAULT_SETTINGS.inboxName);
  const outcomes: Evaluation['outcomes'] = [];
  const perSection: Evaluation['perSection'] = {};
  const model = new Hits();
  const svm = new Hits();
  const centroid = new Hits();
  const largest = new Hits();
  const nearest = new Hits();
  let inboxFirst = 0;
  let inboxRight = 0;
  corpus.items.forEach((item, n) => {
    svm.count(ranks.svm[n], item.expected);
    centroid.count(ranks.centroid[n], item.expected);
    const tally = (perSection[item.expected] ??= {right: 0, total: 0});
    // Five, so the best existing section is there even after the Inbox and a new section.
    const suggestions = suggestSections(
      item.paper,
      item.outline,
      DEFAULT_SETTINGS,
      {limit: 5, metadata: item.metadata},
    );
    const keys = suggestions.map(s => normalizeSectionName(s.section));
    const right = keys[0] === item.expected;
    if (keys[0] === inbox) inboxFirst++;
    model.count(keys, item.expected);
    tally.total++;
    if (right) tally.right++;
    // Calibration is about the sections' confidences: the best existing
    // section, even when the Inbox came first for lack of confidence.
    const best = suggestions.find(
      s => !s.isNew && !s.fallback && normalizeSectionName(s.section) !== inbox,
    );
    const bestRight =
      best !== undefined &&
      normalizeSectionName(best.section) === item.expected;
    if (keys[0] === inbox && bestRight) inboxRight++;
    outcomes.push({confidence: best?.confidence ?? 0, right: bestRight});
    largest.count(largestSections(item.outline), item.expected);
    nearest.count(nearestTitleSections(item), item.expected);
  });
  const total = corpus.items.length;
  const sure = outcomes.filter(o => o.confidence >= SURE);
  return {
    name: corpus.name,
    role: corpus.role,
    total,
    top1: model.top1 / total,
    top3: model.top3 / total,
    inboxFirst,
    inboxRight,
    ece: expectedCalibrationError(outcomes),
    sure: sure.length,
    sureWrong: sure.length
      ? sure.filter(o => !o.right).length / sure.length
      : 0,
    largestTop1: largest.top1 / total,
    largestTop3: largest.top3 / total,
    nearestTop1: nearest.top1 / total,
    nearestTop3: nearest.top3 / total,
    svmTop1: svm.top1 / total,
    svmTop3: svm.top3 / total,
    centroidTop1: centroid.top1 / total,
    centroidTop3: centroid.top3 / total,
    buckets: bins(outcomes, 5),
    perSection,
    outcomes,
    storedChars: corpus.storedChars,
  };
}

/** The better of the two reference baselines on top-1 (arxiv-sanity's SVM or the TF-IDF centroid). */
export function bestBaseline(e: Evaluation): {name: string; top1: number} {
  return e.svmTop1 >= e.centroidTop1
    ? {name: 'svm', top1: e.svmTop1}
    : {name: 'centroid', top1: e.centroidTop1};
}

/**
 * Off-topic papers (recorded arXiv answers whose primary category is outside
 * cs, stat, eess and math) previewed against the sample doc: how many get
 * the Inbox first, and the first reason of each.
 */
export function evaluateOffTopic(): {
  total: number;
  inboxFirst: number;
  reasons: string[];
} {
  const outline = outlineOf(giantDoc as DocJson);
  const classifier = buildClassifier(outline, DEFAULT_SETTINGS);
  const papers = offTopicPapers();
  const first = papers.map(p => classifier.suggest(p)[0]);
  return {
    total: papers.length,
    inboxFirst: first.filter(s => s.fallback).length,
    reasons: first.map(s => s.reasons[0] ?? ''),
  };
}

/** Leave-one-out on samples/giant-doc.json (the corpus the weights were first tuned on). */
export function evaluateLeaveOneOut(): Evaluation {
  return evaluateCorpus(sampleCorpus());
}

/** Every corpus: the sample doc, the five reading lists, all lists pooled, headings only, hand-written. */
export function evaluateAll(): Evaluation[] {
  const lists = readingListCorpora().map(evaluateCorpus);
  return [
    evaluateLeaveOneOut(),
    ...lists,
    pooled('reading lists, all', lists),
    evaluateCorpus(headingsOnlyCorpus()),
    evaluateCorpus(handWrittenCorpus()),
    evaluateCorpus(handWrittenEnrichedCorpus()),
    ...abstractListCorpora().map(evaluateCorpus),
  ];
}

/** Several evaluations as one, item-weighted. */
export function pooled(name: string, parts: Evaluation[]): Evaluation {
  const total = parts.reduce((n, p) => n + p.total, 0);
  const mean = (f: (e: Evaluation) => number) =>
    parts.reduce((sum, p) => sum + f(p) * p.total, 0) / total;
  const outcomes = parts.flatMap(p => p.outcomes);
  const sure = outcomes.filter(o => o.confidence >= SURE);
  return {
    name,
    role: parts.every(p => p.role === parts[0].role) ? parts[0].role : 'mixed',
    total,
    top1: mean(e => e.top1),
    top3: mean(e => e.top3),
    inboxFirst: parts.reduce((n, p) => n + p.inboxFirst, 0),
    inboxRight: parts.reduce((n, p) => n + p.inboxRight, 0),
    ece: expectedCalibrationError(outcomes),
    sure: sure.length,
    sureWrong: sure.length
      ? sure.filter(o => !o.right).length / sure.length
      : 0,
    largestTop1: mean(e => e.largestTop1),
    largestTop3: mean(e => e.largestTop3),
    nearestTop1: mean(e => e.nearestTop1),
    nearestTop3: mean(e => e.nearestTop3),
    svmTop1: mean(e => e.svmTop1),
    svmTop3: mean(e => e.svmTop3),
    centroidTop1: mean(e => e.centroidTop1),
    centroidTop3: mean(e => e.centroidTop3),
    buckets: bins(outcomes, 5),
    perSection: {},
    outcomes,
  };
}

function median(runs: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * Milliseconds to suggest sections for one paper against the sample doc or
 * a generated doc of `size` entries: building the classifier from the
 * outline included (as previewPapers does per call), the outline itself,
 * and one more paper once the classifier is built (as reorganize does).
 */
export function timeSuggestion(size: 'sample' | number): {
  entries: number;
  suggestMs: number;
  outlineMs: number;
  reuseMs: number;
} {
  const doc =
    size === 'sample' ? (giantDoc as DocJson) : generateDoc(size, {seed: 3});
  const outline = outlineOf(doc);
  const entries = outline.sections.flatMap(s => s.entries);
  const paper = paperFromEntry(entries[Math.floor(entries.length / 2)]);
  const runs = size === 'sample' ? 21 : 7;
  const suggestMs = median(runs, () =>
    suggestSections(paper, outline, DEFAULT_SETTINGS),
  );
  const outlineMs = median(runs, () => outlineOf(doc));
  const classifier = buildClassifier(outline, DEFAULT_SETTINGS);
  const reuseMs = median(runs, () => classifier.suggest(paper));
  return {entries: entries.length, suggestMs, outlineMs, reuseMs};
}
