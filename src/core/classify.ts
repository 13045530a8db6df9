// Ranks the doc's sections for a paper: the user's rules, a model of what is already filed, section names against arXiv's taxonomy, and the math habit.
import type {Entry, Outline} from './doc-model';
import {normalizeSectionName} from './outline';
import type {SectionRule, Settings} from './settings';
import {
  TAXONOMY_ALIASES,
  TAXONOMY_GROUPS,
  TAXONOMY_ROWS,
} from './taxonomy-data';
import type {Paper, Suggestion} from './types';

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
  /** A math-heavy abstract leans to a section whose name says math. */
  math: 1.5,
};

/** Below this, the best section is not a confident suggestion: offer the Inbox and a new section. */
const CONFIDENT = 0.3;
/** The logit of "none of the sections": what a section must beat to be likely at all. */
const ELSEWHERE_LOGIT = 2;
/** A rule is the user's explicit word: its section is suggested at least this sure. */
const RULE_CONFIDENCE = 0.95;
/** A section with this many entries weighs its name half as much as an empty one. */
const COLD_START_ENTRIES = 5;
/** Entries per section averaged for the neighbour evidence. */
const NEIGHBOURS = 3;
const TITLE_WEIGHT = 2;
const AUTHOR_WEIGHT = 1.5;
const PRIMARY_CATEGORY_WEIGHT = 2;
const OTHER_CATEGORY_WEIGHT = 1;
const DEFAULT_LIMIT = 3;

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can do does for from had has have how ' +
    'i if in into is it its me my no not of on one or our so such than that ' +
    'the their them then there these they this those to two up via vs was we ' +
    'were what when where which while who why will with without you your ' +
    'using use used towards toward new based also more most very just only ' +
    'et al paper papers arxiv work show shows propose proposed approach method ' +
    'methods result results still much many some like get got thing things'
  ).split(' '),
);

/** Words of a section name too general to say what it is about on their own. */
const GENERIC_NAME_WORDS = new Set(
  (
    'learning model models method methods deep neural network networks ' +
    'machine computer general misc other papers stuff and of for in on the ' +
    'to read reading list ml ai todo'
  ).split(' '),
);

/** What people call sections, spelled out: abbreviations and topics to arXiv's words. */
const SYNONYMS: Record<string, string[]> = {
  rl: ['reinforcement learning', 'policy', 'reward'],
  'reinforcement learning': ['reinforcement learning', 'policy', 'reward'],
  nlp: ['natural language processing', 'computation and language', 'language'],
  language: ['computation and language', 'language'],
  llm: ['large language models', 'language model'],
  llms: ['large language models', 'language model'],
  cv: ['computer vision', 'image'],
  vision: ['computer vision', 'image'],
  'computer vision': ['computer vision', 'image'],
  ml: ['machine learning'],
  ai: ['artificial intelligence'],
  ir: ['information retrieval', 'retrieval', 'search'],
  retrieval: ['information retrieval', 'retrieval', 'search'],
  gnn: ['graph neural networks', 'graph'],
  gnns: ['graph neural networks', 'graph'],
  graph: ['graph', 'social and information networks'],
  graphs: ['graph', 'social and information networks'],
  math: ['mathematics', 'mathematical'],
  maths: ['mathematics', 'mathematical'],
  stats: ['statistics'],
  opt: ['optimization', 'optimization and control'],
  optimization: ['optimization and control', 'optimizer', 'gradient descent'],
  optimisation: ['optimization and control', 'optimizer', 'gradient descent'],
  generative: ['generative', 'generation', 'diffusion', 'gan'],
  gen: ['generative', 'generation'],
  security: ['cryptography and security', 'attack', 'privacy'],
  adversarial: ['adversarial', 'robustness', 'attack'],
  robustness: ['robustness', 'adversarial'],
  ethics: ['computers and society', 'fairness', 'bias', 'ethical'],
  fairness: ['fairness', 'bias', 'computers and society'],
  safety: ['safety', 'alignment'],
  theory: ['learning theory', 'generalization', 'bound'],
  systems: ['distributed, parallel, and cluster computing', 'hardware', 'gpu'],
  reproducibility: ['reproducibility', 'benchmark', 'evaluation'],
  speech: ['audio and speech processing', 'sound', 'speech'],
  audio: ['audio and speech processing', 'sound', 'audio'],
  robotics: ['robotics', 'robot'],
  quantum: ['quantum physics', 'quantum'],
  bio: ['quantitative biology'],
  biology: ['quantitative biology'],
  hci: ['human-computer interaction'],
};

/** Words that mark an abstract as mathematics (stems, as the tokenizer gives them). */
const MATH_WORDS = new Set(
  (
    'theorem lemma proof prove proven corollary bound bounded convex convexity ' +
    'manifold hilbert kernel gaussian stochastic differential equation integral ' +
    'eigenvalue eigenvector spectral matrix matrice norm measure probability ' +
    'variational bayesian posterior prior asymptotic polynomial lipschitz ' +
    'wasserstein transport markov monte carlo ode pde sde fourier group ' +
    'invariant equivariant equivariance symmetry operator dual duality metric ' +
    'riemannian geometry topology algebra algebraic linear nonlinear ' +
    'distribution distance divergence entropy likelihood estimator dimension ' +
    'dimensional infinite limit converge convergence sampling sampler ' +
    'hamiltonian langevin manifold tensor analytic closed-form'
  ).split(' '),
);
const MATH_SYMBOLS = /[$\\^_=≤≥∑∫∂∇∈ℝαβγδεθλμσφψω]/g;
const GREEK =
  /\b(?:alpha|beta|gamma|delta|epsilon|theta|lambda|mu|sigma|phi|psi|omega)\b/gi;

interface Category {
  id: string;
  name: string;
  /** Words of the name, the group name and the description (before any "except"). */
  nameWords: string[];
  groupWords: string[];
  descriptionWords: string[];
}

let taxonomyCache: Map<string, Category> | null = null;
const nameEvidenceCache = new Map<string, NameEvidence>();

/** The taxonomy table, parsed once on first use (module load stays free of work). */
function taxonomy(): Map<string, Category> {
  if (!taxonomyCache) {
    taxonomyCache = new Map();
    for (const row of TAXONOMY_ROWS) {
      const [id, name, group, description] = row.split('|');
      taxonomyCache.set(id, {
        id,
        name,
        nameWords: words(name),
        groupWords: words(TAXONOMY_GROUPS[Number(group)]),
        // cs.AI's description lists what it excludes: those words are not its topics.
        descriptionWords: words(description.split(/\bexcept\b/)[0]),
      });
    }
  }
  return taxonomyCache;
}

function canonicalCategory(code: string): string {
  return TAXONOMY_ALIASES[code] ?? code;
}

/** Lowercase words without accents, stopwords dropped, plural `s` folded. */
function words(text: string): string[] {
  const out: string[] = [];
  // Folding accents is slow; most text is ASCII and needs none.
  const folded = (
    /^[\x20-\x7e]*$/.test(text)
      ? text
      : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  ).toLowerCase();
  for (const raw of folded.split(/[^a-z0-9]+/)) {
    if (raw.length < 2 && !/\d/.test(raw)) continue;
    if (STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

function stem(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const before = word.charCodeAt(n - 2);
  // -ss, -us, -is are not plurals (loss, corpus, analysis).
  if (before === 115 || before === 117 || before === 105) return word;
  return word.slice(0, -1);
}

function authorKey(name: string): string {
  return `a:${words(name).join(' ')}`;
}

/** Weighted terms of one paper: words, adjacent word pairs, authors, categories. */
type Counts = Map<string, number>;

function add<K>(counts: Map<K, number>, key: K, weight: number): void {
  counts.set(key, (counts.get(key) ?? 0) + weight);
}

/** Adds a text's words and adjacent word pairs, each scaled by `weight`. */
function addText(counts: Counts, text: string, weight: number): void {
  const ws = words(text);
  ws.forEach((w, i) => {
    add(counts, w, weight);
    if (i > 0) add(counts, `${ws[i - 1]} ${w}`, weight / 2);
  });
}

/** The features of a paper, written into `into` (cleared first: one scratch map serves a whole build). */
function features(paper: Paper, into: Counts): Counts {
  into.clear();
  addText(into, paper.title, TITLE_WEIGHT);
  addText(into, paper.summary, 1);
  for (const author of paper.authors) {
    const key = authorKey(author);
    if (key.length > 2) add(into, key, AUTHOR_WEIGHT);
  }
  categoriesOf(paper).forEach((code, i) =>
    add(
      into,
      `c:${code}`,
      i === 0 ? PRIMARY_CATEGORY_WEIGHT : OTHER_CATEGORY_WEIGHT,
    ),
  );
  return into;
}

/** The paper's canonical category codes, primary first, without repeats. */
function categoriesOf(paper: Paper): string[] {
  const all = [paper.primaryCategory, ...paper.categories]
    .filter(c => c)
    .map(canonicalCategory);
  return all.filter((c, i) => all.indexOf(c) === i);
}

/** A unit tf-idf vector over the model's vocabulary (term ids). */
interface SparseVector {
  terms: number[];
  weights: number[];
}

/** Sublinear tf times idf, scaled to unit length. */
function unitVector(
  terms: number[],
  tf: number[],
  idf: Float64Array,
): SparseVector {
  const weights = new Array<number>(terms.length);
  let norm = 0;
  for (let i = 0; i < terms.length; i++) {
    const w = (1 + Math.log(Math.max(tf[i], 1))) * idf[terms[i]];
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return {terms, weights};
}

function denseDot(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.terms.length; i++) {
    sum += v.weights[i] * dense[v.terms[i]];
  }
  return sum;
}

/** A phrase as a word sequence, found in a text's words. */
function containsPhrase(haystack: string[], phrase: string[]): boolean {
  if (!phrase.length) return false;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (haystack[i + j] !== phrase[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** How math-heavy a text is, 0..1: math words, symbols and Greek letters per word. */
export function mathDensity(text: string): number {
  const ws = words(text);
  if (ws.length < 8) return 0;
  const hits =
    ws.filter(w => MATH_WORDS.has(w)).length +
    (text.match(MATH_SYMBOLS) ?? []).length +
    (text.match(GREEK) ?? []).length;
  return hits < 3 ? 0 : Math.min(1, hits / ws.length / 0.25);
}

/** What a section's name says: phrases to look for, and arXiv categories it names. */
interface NameEvidence {
  phrases: string[][];
  /** Canonical category -> strength 0..1. */
  categories: Map<string, number>;
  saysMath: boolean;
}

/** What a section's name says, from the synonyms and arXiv's category names (memoized by name). */
function nameEvidence(name: string): NameEvidence {
  const normal = normalizeSectionName(name);
  const known = nameEvidenceCache.get(normal);
  if (known) return known;
  const nameWords = normal.split(/[^a-z0-9.-]+/).filter(w => w);
  const texts = new Set<string>([normal, ...(SYNONYMS[normal] ?? [])]);
  for (const w of nameWords) {
    if (GENERIC_NAME_WORDS.has(w)) continue;
    texts.add(w);
    for (const s of SYNONYMS[w] ?? []) texts.add(s);
  }
  const categories = new Map<string, number>();
  const raise = (id: string, strength: number) =>
    categories.set(id, Math.max(categories.get(id) ?? 0, strength));
  const phrases: string[][] = [];
  for (const text of texts) {
    const phrase = words(text);
    if (!phrase.length) continue;
    phrases.push(phrase);
    if (taxonomy().has(canonicalCategory(text))) {
      raise(canonicalCategory(text), 1);
    }
    for (const c of taxonomy().values()) {
      if (phrase.every(w => c.nameWords.includes(w))) {
        raise(c.id, phrase.length === c.nameWords.length ? 1 : 0.8);
      } else if (phrase.every(w => c.groupWords.includes(w))) {
        raise(c.id, 0.5);
      } else if (
        phrase.length > 1 &&
        containsPhrase(c.descriptionWords, phrase)
      ) {
        raise(c.id, 0.3);
      }
    }
  }
  const evidence = {phrases, categories, saysMath: /\bmaths?\b/.test(normal)};
  nameEvidenceCache.set(normal, evidence);
  return evidence;
}

interface TrainingEntry {
  id: string;
  section: number;
  vector: SparseVector;
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
}

/** The rule's reason when it matches the paper (categories, then keywords), else null. */
function ruleMatches(
  rule: SectionRule,
  codes: string[],
  text: string,
): string | null {
  for (const pattern of rule.categories) {
    const lower = pattern.toLowerCase();
    const hit = codes.some(code => {
      const c = code.toLowerCase();
      if (lower === '*') return true;
      if (lower.endsWith('.*')) {
        const archive = lower.slice(0, -2);
        return c === archive || c.startsWith(`${archive}.`);
      }
      return c === lower;
    });
    if (hit) return `rule: ${pattern}`;
  }
  for (const keyword of rule.keywords) {
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?:^|\\W)${escaped}(?:$|\\W)`, 'i').test(text)) {
      return `rule: keyword "${keyword}"`;
    }
  }
  return null;
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
): {suggest(paper: Paper, limit?: number): Suggestion[]} {
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
  const vocabulary = new Map<string, number>();
  const termOf: string[] = [];
  const documentFrequency: number[] = [];
  const scratch: Counts = new Map();
  const raw = filed.map(f => {
    const terms: number[] = [];
    const tf: number[] = [];
    features(paperFromEntry(f.entry), scratch).forEach((count, term) => {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = termOf.length;
        vocabulary.set(term, id);
        termOf.push(term);
        documentFrequency.push(0);
      }
      documentFrequency[id]++;
      terms.push(id);
      tf.push(count);
    });
    return {terms, tf};
  });
  const idf = Float64Array.from(
    documentFrequency,
    df => Math.log((filed.length + 1) / (df + 1)) + 1,
  );

  const training: TrainingEntry[] = [];
  // Postings of all terms in flat arrays (term t owns [start[t], start[t + 1])):
  // thousands of small arrays would cost more in allocation than the lookups.
  const postingStart = new Int32Array(termOf.length + 1);
  documentFrequency.forEach((df, t) => {
    postingStart[t + 1] = postingStart[t] + df;
  });
  const postingDocs = new Int32Array(postingStart[termOf.length]);
  const postingWeights = new Float64Array(postingStart[termOf.length]);
  const postingFill = postingStart.slice(0, termOf.length);
  for (const section of sections) {
    section.sum = new Float64Array(termOf.length);
  }
  filed.forEach((f, index) => {
    const vector = unitVector(raw[index].terms, raw[index].tf, idf);
    const section = sections[f.section];
    training.push({id: f.entry.id, section: f.section, vector});
    section.entries.push(index);
    for (let i = 0; i < vector.terms.length; i++) {
      const t = vector.terms[i];
      section.sum[t] += vector.weights[i];
      postingDocs[postingFill[t]] = index;
      postingWeights[postingFill[t]++] = vector.weights[i];
    }
    for (const c of f.entry.categories) {
      add(section.categoryCounts, canonicalCategory(c), 1);
    }
  });
  for (const s of sections) {
    s.sumNormSquared = s.sum.reduce((a, x) => a + x * x, 0);
  }

  /** The paper's vector; terms only the excluded entries have are unknown, as for a new paper. */
  function vectorOf(paper: Paper, excluded: Set<number>): SparseVector {
    const excludedFrequency = new Map<number, number>();
    excluded.forEach(i => {
      for (const t of training[i].vector.terms) add(excludedFrequency, t, 1);
    });
    const terms: number[] = [];
    const tf: number[] = [];
    features(paper, scratch).forEach((count, term) => {
      const id = vocabulary.get(term);
      if (
        id !== undefined &&
        documentFrequency[id] > (excludedFrequency.get(id) ?? 0)
      ) {
        terms.push(id);
        tf.push(count);
      }
    });
    return unitVector(terms, tf, idf);
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
        const v = training[i].vector;
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
      training.forEach((t, i) => t.id === paper.id && excluded.add(i));
    }
    const vector = vectorOf(paper, excluded);
    const codes = categoriesOf(paper);
    const similarity = new Float64Array(training.length);
    for (let k = 0; k < vector.terms.length; k++) {
      const t = vector.terms[k];
      for (let j = postingStart[t]; j < postingStart[t + 1]; j++) {
        similarity[postingDocs[j]] += vector.weights[k] * postingWeights[j];
      }
    }
    const text = words(`${paper.title} ${paper.summary}`);
    const titleWords = words(paper.title);
    const math = mathDensity(paper.summary);

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
      const coldStart = 1 / (1 + live.length / COLD_START_ENTRIES);
      const logit =
        WEIGHTS.centroid * centroid +
        WEIGHTS.neighbours * neighbours +
        WEIGHTS.categoryName * coldStart * categoryName +
        WEIGHTS.textName * coldStart * textStrength +
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
    const top = Math.max(ELSEWHERE_LOGIT, ...scored.map(s => s.probability));
    let elsewhere = Math.exp(ELSEWHERE_LOGIT - top);
    let total = elsewhere;
    for (const s of scored) {
      s.probability = Math.exp(s.probability - top);
      total += s.probability;
    }
    for (const s of scored) s.probability /= total;
    elsewhere /= total;
    scored.sort((a, b) => b.probability - a.probability);
    return {vector, codes, scored, elsewhere};
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
      if (x > 0 && !termOf[t].startsWith('c:')) {
        contributions.push([t, q.vector.weights[k] * x]);
      }
    });
    contributions.sort((a, b) => b[1] - a[1]);
    const has = (i: number, t: number) => training[i].vector.terms.includes(t);
    const author = contributions.find(([t]) => termOf[t].startsWith('a:'));
    if (author) {
      const n = s.live.filter(i => has(i, author[0])).length;
      if (n) {
        reasons.push([
          WEIGHTS.neighbours,
          `${n} of your '${name}' entries are by ${displayAuthor(termOf[author[0]])}`,
        ]);
      }
    }
    const shared: number[] = [];
    for (const [t] of contributions) {
      if (termOf[t].startsWith('a:')) continue;
      const parts = termOf[t].split(' ');
      const overlaps = shared.some(u =>
        termOf[u].split(' ').some(w => parts.includes(w)),
      );
      if (overlaps) continue;
      shared.push(t);
      if (shared.length === 3) break;
    }
    const sharing = s.live.filter(i => shared.some(t => has(i, t))).length;
    if (sharing) {
      reasons.push([
        WEIGHTS.centroid * s.centroid,
        `${sharing} of your '${name}' entries share: ${shared.map(t => termOf[t]).join(', ')}`,
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
    if (!ruled.length && (!best || best.probability < CONFIDENT)) {
      const doubt = 1 - (best?.probability ?? 0);
      out.push({
        section: inboxTitle,
        confidence: round(doubt),
        reasons: [
          best
            ? `no section is a confident match (best: '${best.section.title}', ${percent(best.probability)})`
            : 'no sections to learn from yet',
        ],
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

  return {suggest};
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
  options: {limit?: number} = {},
): Suggestion[] {
  return buildClassifier(outline, settings).suggest(paper, options.limit);
}

/**
 * The partial Paper an entry in the doc stands for (reorganize files Inbox
 * entries with it): title, authors from the byline, the notes as summary,
 * the visible categories.
 */
export function paperFromEntry(entry: Entry): Paper {
  const byline = entry.byline.replace(/^[\s\-–—:]+/, '');
  const parts = byline.split(/\s+·\s+/);
  const isByline = entry.written || parts.length >= 3;
  const authors = isByline
    ? parts[0]
        .split(/\s*,\s*|\s+and\s+/)
        .map(a => a.trim())
        .filter(a => a && !/^et al\.?$/i.test(a))
    : [];
  const summary = [isByline ? '' : byline, ...entry.notes]
    .filter(s => s)
    .join(' ');
  return {
    id: entry.id,
    version: '',
    title: entry.title,
    authors,
    published: '',
    updated: '',
    summary,
    primaryCategory: entry.categories[0] ?? '',
    categories: [...entry.categories],
    absUrl: `https://arxiv.org/abs/${entry.id}`,
    pdfUrl: `https://arxiv.org/pdf/${entry.id}`,
  };
}
