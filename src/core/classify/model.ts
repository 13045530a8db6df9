// Ranks the doc's sections for a paper: the user's rules, a model of what is already filed, section names against arXiv's taxonomy, and the math habit.
import type {Entry, Outline} from '../doc-model';
import {normalizeSectionName} from '../outline';
import type {Settings} from '../settings';
import type {Paper, Suggestion} from '../types';
import {
  type Calibration,
  CALIBRATION,
  calibrate,
  RELIABILITY,
  reliability,
  reliabilityFeatures,
} from './calibration';
import type {EntryMetadata} from './enrichment';
import {entryText} from './entry-text';
import {
  canonicalCategory,
  mathDensity,
  type NameEvidence,
  nameEvidence,
  taxonomy,
  topicStrength,
} from './names';
import {archivesOf, isTellingWord, noSectionFits} from './no-fit';
import {ruleMatches} from './rules';
import {
  categoriesOf,
  denseDot,
  grown,
  type SparseVector,
  Vocabulary,
  weighInPlace,
} from './term-index';
import {containsPhrase, readable, roots, words} from './words';

/**
 * Logit weights of each kind of evidence. Fitted by leave-one-out on
 * samples/giant-doc.json (`npm run eval:suggest` prints the result), so that
 * the softmax of the weighted sum is a calibrated probability.
 */
const WEIGHTS = {
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
};

/** Below this, the best section is not a confident suggestion: offer the Inbox and a new section. */
const CONFIDENT = 0.3;
/** A rule is the user's explicit word: its section is suggested at least this sure. */
const RULE_CONFIDENCE = 0.95;
/** A section with this many entries weighs its name half as much as an empty one. */
const COLD_START_ENTRIES = 5;
/** What a name says keeps at least this share of its weight however full the section: a few thin entries must not drown it. */
const NAME_FLOOR = 0.35;
/** A section's learned evidence counts n / (n + this) of its weight: one or two entries are thin evidence. */
const SUPPORT_PRIOR = 2;
/** Entries per section averaged for the neighbour evidence. */
const NEIGHBOURS = 3;

const DEFAULT_LIMIT = 3;

function add<K>(counts: Map<K, number>, key: K, weight: number): void {
  counts.set(key, (counts.get(key) ?? 0) + weight);
}

interface SectionModel {
  title: string;
  key: string;
  /** Indices of its training entries. */
  entries: number[];
  /** Sum of its entries' vectors, dense over the vocabulary. */
  sum: Float64Array;
  sumNormSquared: number;
  name: NameEvidence;
  categoryCounts: Map<string, number>;
}

/** One scored section, with what each kind of evidence gave it. */
interface Scored {
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
interface Query {
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

/** How a classifier is built beyond the outline and settings. */
export interface ClassifierOptions {
  /** What arXiv sent about filed entries, by id (enrichment): learned from as if the entry showed it. */
  metadata?: Map<string, EntryMetadata>;
  /** Calibration other than the fitted one (scripts/fit-calibration.ts). */
  calibration?: Calibration;
  reliability?: number[];
}

/** A classifier trained on one outline. */
export interface Classifier {
  /** The best sections for a paper, the Inbox and a new section first when none is confident. */
  suggest(paper: Paper, limit?: number): Suggestion[];
  /** Each section's evidence score, the best's reliability features and its key, before calibration (what scripts/fit-calibration.ts fits on). */
  scores(paper: Paper): {
    raw: Array<{key: string; score: number}>;
    features: number[] | null;
    best: string;
  };
}

/** The reliability features of the best of sections sorted by probability, or null when there are none. */
function reliabilityOf(scored: Scored[]): number[] | null {
  if (!scored.length) return null;
  const all = scored.reduce((n, s) => n + s.live.length, 0);
  return reliabilityFeatures(
    scored[0].probability,
    scored[1]?.probability ?? 0,
    scored[0].live.length,
    all,
  );
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function displayAuthor(term: string): string {
  return term.slice(2).replace(/\b\w/g, c => c.toUpperCase());
}

/**
 * Trains on the outline once (every entry outside the Inbox, under its
 * section's heading; sections of the same name count as one) and suggests
 * sections for any number of papers. A paper that is itself filed is left
 * out of its own evidence.
 * @param outline the document's outline
 * @param settings rules and the Inbox name
 */
export function buildClassifier(
  outline: Outline,
  settings: Settings,
  options: ClassifierOptions = {},
): Classifier {
  const calibration = options.calibration ?? CALIBRATION;
  const reliabilityWeights = options.reliability ?? RELIABILITY;
  const metadata = options.metadata;
  const inboxKey = normalizeSectionName(settings.inboxName);
  const inbox = outline.sections.find(
    s => normalizeSectionName(s.title) === inboxKey,
  );
  const inboxTitle = inbox ? inbox.title : settings.inboxName;
  const sections: SectionModel[] = [];
  const byKey = new Map<string, SectionModel>();
  const filed: Array<{entry: Entry; section: number}> = [];
  for (const s of outline.sections) {
    const key = normalizeSectionName(s.title);
    if (key === inboxKey) continue;
    let model = byKey.get(key);
    if (!model) {
      model = {
        title: s.title,
        key,
        entries: [],
        sum: new Float64Array(0),
        sumNormSquared: 0,
        name: nameEvidence(s.title),
        categoryCounts: new Map(),
      };
      byKey.set(key, model);
      sections.push(model);
    }
    const index = sections.indexOf(model);
    for (const entry of s.entries) filed.push({entry, section: index});
  }

  // Vocabulary and document frequencies in one pass; ids keep vectors compact.
  const vocabulary = new Vocabulary();
  const {documentFrequency} = vocabulary;
  // Every entry's terms and frequencies in two flat arrays (entry i owns
  // [vectorStart[i], vectorStart[i + 1])): two arrays per entry made most of a build's garbage.
  const vectorStart = new Int32Array(filed.length + 1);
  let vectorTerms = new Int32Array(1 << 16);
  let vectorWeights = new Float64Array(1 << 16);
  filed.forEach((f, i) => {
    vocabulary.count(entryText(f.entry, metadata?.get(f.entry.id)));
    const start = vectorStart[i];
    const end = start + vocabulary.length;
    if (end > vectorTerms.length) {
      vectorTerms = grown(vectorTerms, end);
      vectorWeights = grown(vectorWeights, end);
    }
    for (let k = 0; k < vocabulary.length; k++) {
      documentFrequency[vocabulary.terms[k]]++;
      vectorTerms[start + k] = vocabulary.terms[k];
      vectorWeights[start + k] = vocabulary.counts[k];
    }
    vectorStart[i + 1] = end;
  });
  vocabulary.freeze();
  const termCount = vocabulary.size;
  const idf = Float64Array.from(
    documentFrequency,
    (df, t) =>
      (Math.log((filed.length + 1) / (df + 1)) + 1) * vocabulary.idfScale[t],
  );

  const trainingIds = filed.map(f => f.entry.id);
  // Postings of all terms in flat arrays (term t owns [start[t], start[t + 1])):
  // thousands of small arrays would cost more in allocation than the lookups.
  const postingStart = new Int32Array(termCount + 1);
  documentFrequency.forEach((df, t) => {
    postingStart[t + 1] = postingStart[t] + df;
  });
  const postingDocs = new Int32Array(postingStart[termCount]);
  const postingWeights = new Float64Array(postingStart[termCount]);
  const postingFill = postingStart.slice(0, termCount);
  for (const section of sections) {
    section.sum = new Float64Array(termCount);
  }
  const primaries: string[] = new Array<string>(filed.length);
  filed.forEach((f, index) => {
    const start = vectorStart[index];
    const end = vectorStart[index + 1];
    weighInPlace(vectorTerms, vectorWeights, idf, start, end);
    const section = sections[f.section];
    section.entries.push(index);
    for (let i = start; i < end; i++) {
      const t = vectorTerms[i];
      section.sum[t] += vectorWeights[i];
      postingDocs[postingFill[t]] = index;
      postingWeights[postingFill[t]++] = vectorWeights[i];
    }
    const shown = f.entry.categories.length
      ? f.entry.categories
      : (metadata?.get(f.entry.id)?.categories ?? []);
    primaries[index] = shown[0] ?? '';
    for (const c of shown) {
      add(section.categoryCounts, canonicalCategory(c), 1);
    }
  });
  const docArchives = archivesOf(
    primaries,
    sections.map(s => s.name),
  );
  for (const s of sections) {
    let normSquared = 0;
    for (const x of s.sum) normSquared += x * x;
    s.sumNormSquared = normSquared;
  }

  /** A training entry's vector, viewed in the flat arrays. */
  function entryVector(index: number): SparseVector {
    const start = vectorStart[index];
    const end = vectorStart[index + 1];
    return {
      terms: vectorTerms.subarray(start, end),
      weights: vectorWeights.subarray(start, end),
    };
  }

  /** The paper's vector; terms only the excluded entries have are unknown, as for a new paper. */
  function vectorOf(paper: Paper, excluded: Set<number>): SparseVector {
    const excludedFrequency = new Map<number, number>();
    excluded.forEach(i => {
      for (const t of entryVector(i).terms) add(excludedFrequency, t, 1);
    });
    const terms: number[] = [];
    const tf: number[] = [];
    vocabulary.count(paper);
    for (let i = 0; i < vocabulary.length; i++) {
      const id = vocabulary.terms[i];
      if (documentFrequency[id] > (excludedFrequency.get(id) ?? 0)) {
        terms.push(id);
        tf.push(vocabulary.counts[i]);
      }
    }
    const vector = {
      terms: Int32Array.from(terms),
      weights: Float64Array.from(tf),
    };
    weighInPlace(vector.terms, vector.weights, idf);
    return vector;
  }

  /** The section's centroid cosine with the paper, its excluded entries taken out of the sum. */
  function centroidCosine(
    section: SectionModel,
    excluded: number[],
    similarity: Float64Array,
    vector: SparseVector,
  ): number {
    let numerator = denseDot(vector, section.sum);
    let normSq = section.sumNormSquared;
    if (excluded.length) {
      const removed = new Map<number, number>();
      for (const i of excluded) {
        numerator -= similarity[i];
        const v = entryVector(i);
        v.terms.forEach((t, k) => add(removed, t, v.weights[k]));
      }
      removed.forEach((w, t) => {
        normSq += -2 * section.sum[t] * w + w * w;
      });
    }
    return normSq > 1e-9 ? numerator / Math.sqrt(normSq) : 0;
  }

  function query(paper: Paper): Query {
    const excluded = new Set<number>();
    if (paper.id) {
      trainingIds.forEach((id, i) => id === paper.id && excluded.add(i));
    }
    const vector = vectorOf(paper, excluded);
    const codes = categoriesOf(paper);
    const similarity = new Float64Array(trainingIds.length);
    for (let k = 0; k < vector.terms.length; k++) {
      const t = vector.terms[k];
      for (let j = postingStart[t]; j < postingStart[t + 1]; j++) {
        similarity[postingDocs[j]] += vector.weights[k] * postingWeights[j];
      }
    }
    const text = words(`${paper.title} ${paper.summary}`);
    const titleWords = words(paper.title);
    const math = mathDensity(paper.summary);
    const titleRoots = new Set(roots(paper.title));
    const summaryRoots = new Set(roots(paper.summary));

    const scored = sections.map((section): Scored => {
      const live = section.entries.filter(i => !excluded.has(i));
      const centroid = centroidCosine(
        section,
        section.entries.filter(i => excluded.has(i)),
        similarity,
        vector,
      );
      const nearest = live
        .map(i => similarity[i])
        .sort((a, b) => b - a)
        .slice(0, NEIGHBOURS);
      const neighbours = nearest.length
        ? nearest.reduce((a, b) => a + b, 0) / nearest.length
        : 0;
      let categoryName = 0;
      codes.forEach((code, i) => {
        const strength = section.name.categories.get(code) ?? 0;
        categoryName = Math.max(categoryName, i ? strength * 0.6 : strength);
      });
      const phrase = section.name.phrases.find(p => containsPhrase(text, p));
      const textStrength = !phrase
        ? 0
        : containsPhrase(titleWords, phrase)
          ? 1
          : 0.5;
      const sectionMath = section.name.saysMath ? math : 0;
      // What the name says matters most while the section holds little to learn from.
      const coldStart = Math.max(
        NAME_FLOOR,
        1 / (1 + live.length / COLD_START_ENTRIES),
      );
      const topic = topicStrength(section.name, titleRoots, summaryRoots);
      const support = live.length / (live.length + SUPPORT_PRIOR);
      const logit =
        support * WEIGHTS.centroid * centroid +
        support * WEIGHTS.neighbours * neighbours +
        WEIGHTS.categoryName * coldStart * categoryName +
        WEIGHTS.textName * coldStart * textStrength +
        WEIGHTS.topic * coldStart * topic +
        WEIGHTS.math * sectionMath;
      return {
        section,
        probability: logit,
        centroid,
        live,
        categoryName,
        textName: phrase ? phrase.join(' ') : '',
        math: sectionMath,
      };
    });
    // "None of these" competes in the softmax, so one section (or several
    // unrelated ones) does not get all the confidence by default.
    const raw = scored.map(s => ({key: s.section.key, score: s.probability}));
    const probabilities = scored.map(s => s.probability);
    const elsewhere = calibrate(probabilities, calibration);
    scored.forEach((s, i) => (s.probability = probabilities[i]));
    scored.sort((a, b) => b.probability - a.probability);
    const features = reliabilityOf(scored);
    if (features) {
      // The best section's probability is recalibrated for how reliable the
      // evidence was; the others keep their shares of the rest.
      const best = scored[0].probability;
      const calibrated = reliability(features, reliabilityWeights);
      const rest = best < 1 ? Math.min(1, (1 - calibrated) / (1 - best)) : 0;
      for (const s of scored.slice(1)) s.probability *= rest;
      // Calibration says how sure, not which: the best stays first.
      scored[0].probability = Math.max(calibrated, scored[1]?.probability ?? 0);
    }
    const bestText = scored.reduce((m, s) => Math.max(m, s.centroid), 0);
    return {vector, codes, scored, elsewhere, raw, features, bestText};
  }

  /** Short reasons for one section, strongest first. */
  function explain(s: Scored, q: Query): string[] {
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
    const has = (i: number, t: number) => {
      for (let k = vectorStart[i]; k < vectorStart[i + 1]; k++) {
        if (vectorTerms[k] === t) return true;
      }
      return false;
    };
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
    if (s.math > 0)
      reasons.push([WEIGHTS.math * s.math, 'math-heavy abstract']);
    return reasons.sort((a, b) => b[0] - a[0]).map(r => r[1]);
  }

  function suggest(paper: Paper, limit = DEFAULT_LIMIT): Suggestion[] {
    const q = query(paper);
    const text = `${paper.title}\n${paper.summary}`;
    const ruleCodes = [
      ...new Set(
        [paper.primaryCategory, ...paper.categories]
          .filter(c => c)
          .flatMap(c => [c, canonicalCategory(c)]),
      ),
    ];
    const ruled: Array<{key: string; title: string; reason: string}> = [];
    for (const rule of settings.rules) {
      const key = normalizeSectionName(rule.section);
      if (ruled.some(r => r.key === key)) continue;
      const reason = ruleMatches(rule, ruleCodes, text);
      if (reason) ruled.push({key, title: rule.section, reason});
    }
    const probabilityOf = (key: string) =>
      q.scored.find(s => s.section.key === key)?.probability ?? 0;
    ruled.sort((a, b) => probabilityOf(b.key) - probabilityOf(a.key));

    const out: Suggestion[] = [];
    // Rules win over the learned model: their sections come first.
    for (const r of ruled) {
      const s = q.scored.find(x => x.section.key === r.key);
      const isInbox = r.key === inboxKey;
      const suggestion: Suggestion = {
        section: s ? s.section.title : isInbox ? inboxTitle : r.title,
        confidence: round(
          Math.max(RULE_CONFIDENCE / ruled.length, s?.probability ?? 0),
        ),
        reasons: [r.reason, ...(s ? explain(s, q) : [])].slice(0, 3),
      };
      if (!s && !(isInbox && inbox)) suggestion.isNew = true;
      out.push(suggestion);
    }
    const rest = q.scored.filter(
      s => !ruled.some(r => r.key === s.section.key),
    );
    const best = rest[0];
    const primaryCode = q.codes[0] ?? '';
    if (
      !ruled.length &&
      best &&
      noSectionFits(primaryCode, docArchives, q.bestText)
    ) {
      // The title's telling words no filed entry uses.
      const unheard = words(paper.title).filter((w, i, all) => {
        if (!isTellingWord(w) || all.indexOf(w) !== i) return false;
        vocabulary.count({
          title: w,
          summary: '',
          authors: [],
          primaryCategory: '',
          categories: [],
        });
        return vocabulary.length === 0;
      });
      out.push({
        section: inboxTitle,
        confidence: round(Math.max(0.5, 1 - best.probability)),
        reasons: [
          `no section fits: none of your sections holds ${primaryCode} papers` +
            (unheard.length
              ? `; none of your entries says ${unheard.slice(0, 3).join(', ')}`
              : ''),
        ],
        fallback: true,
        ...(inbox ? {} : {isNew: true}),
      });
    } else if (!ruled.length && (!best || best.probability < CONFIDENT)) {
      const doubt = 1 - (best?.probability ?? 0);
      out.push({
        section: inboxTitle,
        confidence: round(doubt),
        reasons: [
          best
            ? `no section is a confident match (best: '${best.section.title}', ${percent(best.probability)})`
            : 'no sections to learn from yet',
        ],
        fallback: true,
        ...(inbox ? {} : {isNew: true}),
      });
      const primary = q.codes[0] ? taxonomy().get(q.codes[0]) : undefined;
      const key = primary ? normalizeSectionName(primary.name) : '';
      if (primary && !byKey.has(key) && key !== inboxKey) {
        out.push({
          section: primary.name,
          confidence: round(q.elsewhere),
          reasons: [
            `new section: ${primary.name} (primary category ${primary.id})`,
          ],
          isNew: true,
        });
      }
    }
    for (const s of rest) {
      if (out.length >= limit) break;
      out.push({
        section: s.section.title,
        confidence: round(s.probability),
        reasons: explain(s, q).slice(0, 3),
      });
    }
    return out.slice(0, Math.max(1, limit));
  }

  return {
    suggest,
    scores: paper => {
      const q = query(paper);
      return {
        raw: q.raw,
        features: q.features,
        best: q.scored[0]?.section.key ?? '',
      };
    },
  };
}

/**
 * Ranks the outline's sections for one paper (see buildClassifier); to file
 * many papers against one outline, build the classifier once instead.
 * @returns the top `limit` suggestions (default 3), the Inbox and a "new
 *   section" option first when no section is confident
 */
export function suggestSections(
  paper: Paper,
  outline: Outline,
  settings: Settings,
  options: {limit?: number; metadata?: Map<string, EntryMetadata>} = {},
): Suggestion[] {
  return buildClassifier(outline, settings, {
    metadata: options.metadata,
  }).suggest(paper, options.limit);
}
