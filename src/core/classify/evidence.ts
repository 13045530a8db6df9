// The evidence of the section model: its weights, what one scored section holds, and the short reasons shown for it.
import type {SectionModel, Trained} from './training';
import {isTellingWord} from './no-fit';
import type {SparseVector} from './term-index';
import {readable} from './words';

/**
 * Logit weights of each kind of evidence. Fitted by leave-one-out on
 * samples/giant-doc.json (`npm run eval:suggest` prints the result), so that
 * the softmax of the weighted sum is a calibrated probability.
 */
export const WEIGHTS = {
  /** Cosine between the paper and the section's centroid. */
  centroid: 22,
  /** Mean cosine of the paper's nearest entries in the section. */
  neighbours: 22,
  /** The paper's category matches the section's name (taxonomy), fading as the section fills. */
  categoryName: 3,
  /** The paper's text says the section's name or a synonym, fading likewise. */
  textName: 3,
  /** The paper's words are its topic's usual words (lexicon.ts), fading likewise but never below NAME_FLOOR. */
  topic: 3,
  /** A math-heavy abstract leans to a section whose name says math. */
  math: 1.5,
  /** The section's linear scorer's decision value (linear.ts); chosen on the reading lists (4 was sharper and needed the calibration refitted, which cost the hand-written doc's top-3). */
  linear: 2,
};

/** One scored section, with what each kind of evidence gave it. */
export interface Scored {
  section: SectionModel;
  /** The logit, then (after the softmax) the calibrated probability. */
  probability: number;
  centroid: number;
  /** Training entries of the section, the paper itself left out. */
  live: number[];
  categoryName: number;
  /** The section-name phrase the paper's text says, or ''. */
  textName: string;
  math: number;
}

/** A paper as the model sees it. */
export interface Query {
  vector: SparseVector;
  codes: string[];
  scored: Scored[];
  /** Probability that no existing section is right. */
  elsewhere: number;
  /** Each section's score before calibration (normalized name, score). */
  raw: Array<{key: string; score: number}>;
  /** What the best section's confidence was calibrated from (null without sections). */
  features: number[] | null;
  /** The best centroid cosine over sections: how much the filed papers use the paper's words. */
  bestText: number;
}

function displayAuthor(term: string): string {
  return term.slice(2).replace(/\b\w/g, c => c.toUpperCase());
}

/** Short reasons for one section, strongest first: category, authors, shared telling words, the name said, math. */
export function explainSection(
  s: Scored,
  q: Query,
  trained: Trained,
): string[] {
  const {vocabulary} = trained;
  const reasons: Array<[number, string]> = [];
  const name = s.section.title;
  const primary = q.codes[0];
  if (primary) {
    const share =
      (s.section.categoryCounts.get(primary) ?? 0) /
      Math.max(1, s.section.entries.length);
    if (s.categoryName >= 0.5 || share >= 0.4) {
      reasons.push([
        WEIGHTS.categoryName * Math.max(s.categoryName, share),
        `category ${primary}`,
      ]);
    }
  }
  const contributions: Array<[number, number]> = [];
  q.vector.terms.forEach((t, k) => {
    const x = s.section.sum[t];
    if (x > 0 && !vocabulary.text(t).startsWith('c:')) {
      contributions.push([t, q.vector.weights[k] * x]);
    }
  });
  contributions.sort((a, b) => b[1] - a[1]);
  const has = trained.has;
  const author = contributions.find(([t]) =>
    vocabulary.text(t).startsWith('a:'),
  );
  if (author) {
    const n = s.live.filter(i => has(i, author[0])).length;
    if (n) {
      reasons.push([
        WEIGHTS.neighbours,
        `${n} of your '${name}' entries are by ${displayAuthor(vocabulary.text(author[0]))}`,
      ]);
    }
  }
  const shared: number[] = [];
  for (const [t] of contributions) {
    if (vocabulary.text(t).startsWith('a:')) continue;
    const parts = vocabulary.text(t).split(' ');
    // Reasons name telling words only: no digits, no generic words.
    if (!parts.every(isTellingWord)) continue;
    const overlaps = shared.some(u =>
      vocabulary
        .text(u)
        .split(' ')
        .some(w => parts.includes(w)),
    );
    if (overlaps) continue;
    shared.push(t);
    if (shared.length === 3) break;
  }
  const sharing = s.live.filter(i => shared.some(t => has(i, t))).length;
  if (sharing) {
    reasons.push([
      WEIGHTS.centroid * s.centroid,
      `${sharing} of your '${name}' entries share: ${shared.map(t => readable(vocabulary.text(t))).join(', ')}`,
    ]);
  }
  if (s.textName) {
    reasons.push([WEIGHTS.textName, `mentions "${s.textName}"`]);
  }
  if (s.math > 0) reasons.push([WEIGHTS.math * s.math, 'math-heavy abstract']);
  return reasons.sort((a, b) => b[0] - a[0]).map(r => r[1]);
}
