// Leave-one-out evaluation of the section suggestions on the sample doc, shared by `npm run eval:suggest` and its jest guard.
import {performance} from 'node:perf_hooks';
import giantDoc from '../samples/giant-doc.json';
import {generateDoc} from '../samples/generate-doc';
import {
  buildClassifier,
  paperFromEntry,
  suggestSections,
} from '../src/core/classify';
import type {DocJson, Outline} from '../src/core/doc-model';
import {
  buildOutline,
  normalizeSectionName,
  summarizeBlocks,
} from '../src/core/outline';
import {DEFAULT_SETTINGS} from '../src/core/settings';

export interface Bucket {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface Evaluation {
  total: number;
  top1: number;
  top3: number;
  /** Entries whose top suggestion was the Inbox (counted as wrong). */
  inboxFirst: number;
  /** Confidence of the best existing section vs how often it was right. */
  buckets: Bucket[];
  perSection: Record<string, {right: number; total: number}>;
}

function sampleDoc(): DocJson {
  return giantDoc as DocJson;
}

function outlineOf(doc: DocJson): Outline {
  return buildOutline(summarizeBlocks(doc.body), {
    inboxName: DEFAULT_SETTINGS.inboxName,
  });
}

/**
 * For every entry outside the Inbox: remove it from the doc, rebuild the
 * outline, suggest from the entry's own data, compare with its section.
 */
export function evaluateLeaveOneOut(doc: DocJson = sampleDoc()): Evaluation {
  const outline = outlineOf(doc);
  const inbox = normalizeSectionName(DEFAULT_SETTINGS.inboxName);
  const outcomes: boolean[] = [];
  const calibration: Array<{confidence: number; right: boolean}> = [];
  let top3 = 0;
  let inboxFirst = 0;
  const perSection: Evaluation['perSection'] = {};
  for (const section of outline.sections) {
    const key = normalizeSectionName(section.title);
    if (key === inbox) continue;
    const tally = (perSection[section.title] = {right: 0, total: 0});
    for (const entry of section.entries) {
      const without: DocJson = {
        ...doc,
        body: [...doc.body.slice(0, entry.start), ...doc.body.slice(entry.end)],
      };
      // Five, so the best existing section is there even after the Inbox and a new section.
      const suggestions = suggestSections(
        paperFromEntry(entry),
        outlineOf(without),
        DEFAULT_SETTINGS,
        {limit: 5},
      );
      const keys = suggestions.map(s => normalizeSectionName(s.section));
      const right = keys[0] === key;
      if (keys[0] === inbox) inboxFirst++;
      if (keys.slice(0, 3).includes(key)) top3++;
      // Calibration is about the sections' confidences: the best existing
      // section, even when the Inbox came first for lack of confidence.
      const best = suggestions.find(
        s => !s.isNew && normalizeSectionName(s.section) !== inbox,
      );
      calibration.push({
        confidence: best?.confidence ?? 0,
        right: best !== undefined && normalizeSectionName(best.section) === key,
      });
      outcomes.push(right);
      tally.total++;
      if (right) tally.right++;
    }
  }
  // Five buckets of 0.2; a confidence of exactly 1 belongs to the last.
  const bucketOf = (confidence: number) =>
    Math.min(4, Math.floor(confidence * 5 + 1e-9));
  const buckets: Bucket[] = [0, 1, 2, 3, 4].map(index => {
    const inside = calibration.filter(o => bucketOf(o.confidence) === index);
    const count = inside.length;
    return {
      from: index / 5,
      to: (index + 1) / 5,
      count,
      meanConfidence: count
        ? inside.reduce((a, o) => a + o.confidence, 0) / count
        : 0,
      accuracy: count ? inside.filter(o => o.right).length / count : 0,
    };
  });
  const total = outcomes.length;
  return {
    total,
    top1: outcomes.filter(right => right).length / total,
    top3: top3 / total,
    inboxFirst,
    buckets,
    perSection,
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
  const doc = size === 'sample' ? sampleDoc() : generateDoc(size, {seed: 3});
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
