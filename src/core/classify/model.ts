// Ranks the doc's sections for a paper: the user's rules, a model of what is already filed, section names against arXiv's taxonomy, and the math habit.
import type {Outline} from '../doc-model';
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
import {explainSection, type Query, type Scored, WEIGHTS} from './evidence';
import {canonicalCategory, mathDensity, taxonomy, topicStrength} from './names';
import {isTellingWord, noSectionFits} from './no-fit';
import {decision} from './linear';
import {ruleMatches} from './rules';
import {categoriesOf} from './term-index';
import {train} from './training';
import {containsPhrase, roots, words} from './words';

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
  const inboxKey = normalizeSectionName(settings.inboxName);
  const inbox = outline.sections.find(
    s => normalizeSectionName(s.title) === inboxKey,
  );
  const inboxTitle = inbox ? inbox.title : settings.inboxName;
  const trained = train(outline, inboxKey, options.metadata);
  const {sections, byKey, vocabulary, trainingIds, docArchives} = trained;

  function query(paper: Paper): Query {
    const excluded = new Set<number>();
    if (paper.id) {
      trainingIds.forEach((id, i) => id === paper.id && excluded.add(i));
    }
    const vector = trained.vectorOf(paper, excluded);
    const codes = categoriesOf(paper);
    const similarity = trained.similarities(vector);
    const text = words(`${paper.title} ${paper.summary}`);
    const titleWords = words(paper.title);
    const math = mathDensity(paper.summary);
    const titleRoots = new Set(roots(paper.title));
    const summaryRoots = new Set(roots(paper.summary));

    const scored = sections.map((section, index): Scored => {
      const live = section.entries.filter(i => !excluded.has(i));
      const centroid = trained.centroidCosine(
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
      // An empty section gets the margin of a clear "no" from its scorer.
      const linear = !trained.linear
        ? 0
        : live.length
          ? decision(trained.linear[index], vector, excluded, similarity)
          : -1;
      const logit =
        support * WEIGHTS.centroid * centroid +
        support * WEIGHTS.neighbours * neighbours +
        WEIGHTS.categoryName * coldStart * categoryName +
        WEIGHTS.textName * coldStart * textStrength +
        WEIGHTS.topic * coldStart * topic +
        WEIGHTS.math * sectionMath +
        WEIGHTS.linear * linear;
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
        reasons: [r.reason, ...(s ? explainSection(s, q, trained) : [])].slice(
          0,
          3,
        ),
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
        reasons: explainSection(s, q, trained).slice(0, 3),
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
