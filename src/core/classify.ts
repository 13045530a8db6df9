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

/** Lowercase, and without accents: what `words` splits. */
function foldText(text: string): string {
  // Folding accents is slow; most text is ASCII and needs none.
  return (
    /^[\x20-\x7e]*$/.test(text)
      ? text
      : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  ).toLowerCase();
}

/**
 * Writes the bounds of each run of [a-z0-9] in a folded text into `bounds`
 * (start, end, start, end, ...; reused, so a build allocates nothing per word).
 * @returns the number of runs
 */
function tokenBounds(folded: string, bounds: number[]): number {
  let runs = 0;
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bounds[2 * runs] = start;
      bounds[2 * runs++ + 1] = i;
      start = -1;
    }
  }
  return runs;
}

/** A token as `words` gives it: stemmed, or null for a stopword or a lone letter. */
function keptWord(token: string): string | null {
  if (token.length < 2) {
    const c = token.charCodeAt(0);
    if (c < 48 || c > 57) return null;
  }
  return STOPWORDS.has(token) ? null : stem(token);
}

/** Lowercase words without accents, stopwords dropped, plural `s` folded. */
function words(text: string): string[] {
  const out: string[] = [];
  const folded = foldText(text);
  const bounds: number[] = [];
  const runs = tokenBounds(folded, bounds);
  for (let run = 0; run < runs; run++) {
    const word = keptWord(folded.slice(bounds[2 * run], bounds[2 * run + 1]));
    if (word !== null) out.push(word);
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

/**
 * A term as a person reads it: `stem` cuts a plural "-es" to "-e"
 * ("approaches" -> "approache"), so such stems get their "s" back, a real
 * word either way.
 */
function readable(term: string): string {
  return term
    .split(' ')
    .map(w => (/(?:ch|sh|x|ss|z)e$/.test(w) ? `${w}s` : w))
    .join(' ');
}

function add<K>(counts: Map<K, number>, key: K, weight: number): void {
  counts.set(key, (counts.get(key) ?? 0) + weight);
}

/** What the model reads of a paper. */
type PaperText = Pick<
  Paper,
  'title' | 'summary' | 'authors' | 'primaryCategory' | 'categories'
>;

/** The paper's canonical category codes, primary first, without repeats. */
function categoriesOf(paper: PaperText): string[] {
  const all = [paper.primaryCategory, ...paper.categories]
    .filter(c => c)
    .map(canonicalCategory);
  return all.filter((c, i) => all.indexOf(c) === i);
}

/** A map from pairs of word numbers to term ids in flat typed arrays (open addressing): no object per pair. */
class PairTable {
  private firsts = new Int32Array(1 << 12).fill(-1);
  private seconds = new Int32Array(1 << 12);
  private values = new Int32Array(1 << 12);
  private size = 0;

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const slot = this.slotOf(a, b);
    return this.firsts[slot] < 0 ? -1 : this.values[slot];
  }

  /** Stores a value for a pair not stored yet. */
  set(a: number, b: number, value: number): void {
    if (2 * (this.size + 1) > this.firsts.length) this.grow();
    const slot = this.slotOf(a, b);
    this.firsts[slot] = a;
    this.seconds[slot] = b;
    this.values[slot] = value;
    this.size++;
  }

  /** The slot holding (a, b), else the empty slot where it would go. */
  private slotOf(a: number, b: number): number {
    const mask = this.firsts.length - 1;
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
    h ^= h >>> 15;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const first = this.firsts[slot];
      if (first < 0 || (first === a && this.seconds[slot] === b)) return slot;
    }
  }

  private grow(): void {
    const {firsts, seconds, values} = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    this.size = 0;
    for (let slot = 0; slot < firsts.length; slot++) {
      if (firsts[slot] >= 0)
        this.set(firsts[slot], seconds[slot], values[slot]);
    }
  }
}

/**
 * Folded tokens -> word numbers (-1: a token `words` drops), looked up by the
 * token's place in its text: hashing the characters where they stand spares
 * a substring per word of every entry.
 */
class TokenTable {
  private tokens: string[] = new Array<string>(1 << 12).fill('');
  private hashes = new Int32Array(1 << 12);
  private values = new Int32Array(1 << 12);
  private size = 0;
  /** Where the token last looked up and not found goes, and its text. */
  private missing = {slot: 0, hash: 0, token: ''};

  /** The word number of folded[start, end), or undefined when the token is new. */
  get(folded: string, start: number, end: number): number | undefined {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      hash = Math.imul(hash ^ folded.charCodeAt(i), 0x01000193);
    }
    const slot = this.slotOf(hash, folded, start, end);
    if (this.tokens[slot] !== '') return this.values[slot];
    this.missing = {slot, hash, token: folded.slice(start, end)};
    return undefined;
  }

  /** Stores the word number of the token just looked up and not found. */
  set(value: number): void {
    const {slot, hash, token} = this.missing;
    this.tokens[slot] = token;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    if (2 * ++this.size > this.tokens.length) this.grow();
  }

  private slotOf(
    hash: number,
    folded: string,
    start: number,
    end: number,
  ): number {
    const mask = this.tokens.length - 1;
    for (let slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const token = this.tokens[slot];
      if (token === '') return slot;
      if (this.hashes[slot] === hash && token.length === end - start) {
        let i = 0;
        while (
          i < token.length &&
          token.charCodeAt(i) === folded.charCodeAt(start + i)
        )
          i++;
        if (i === token.length) return slot;
      }
    }
  }

  private grow(): void {
    const {tokens, hashes, values} = this;
    this.tokens = new Array<string>(tokens.length * 2).fill('');
    this.hashes = new Int32Array(tokens.length * 2);
    this.values = new Int32Array(tokens.length * 2);
    const mask = this.tokens.length - 1;
    tokens.forEach((token, old) => {
      if (token === '') return;
      let slot = (hashes[old] ^ (hashes[old] >>> 15)) & mask;
      while (this.tokens[slot] !== '') slot = (slot + 1) & mask;
      this.tokens[slot] = token;
      this.hashes[slot] = hashes[old];
      this.values[slot] = values[old];
    });
  }
}

/**
 * The model's terms (words, adjacent word pairs, authors, categories),
 * numbered in order of first sight, and the weighted terms of one paper over
 * them. Words are numbered as well: a build reads every word of every entry,
 * and spelling and hashing a string for each word pair was most of its time.
 */
class Vocabulary {
  /** Entries holding each term. */
  readonly documentFrequency: number[] = [];
  /** The terms of the paper counted last, in order of first sight, and their weights: the first `length` of each. */
  terms = new Int32Array(256);
  counts = new Float64Array(256);
  length = 0;
  private readonly tokenWord = new TokenTable();
  private readonly bounds: number[] = [];
  private readonly wordNumber = new Map<string, number>();
  private readonly wordText: string[] = [];
  /** Word number -> its term, or -1 while no entry has it. */
  private readonly wordTerm: number[] = [];
  private readonly pairTerm = new PairTable();
  /** Author and category terms by key (`a:` and the author's words, `c:` and the code). */
  private readonly keyedTerm = new Map<string, number>();
  /** An author's name as written -> its term, or -1. */
  private readonly authorTerm = new Map<string, number>();
  /** Term -> its text; a pair's is spelled out when first asked for. */
  private readonly termText: Array<string | null> = [];
  private readonly pairWords: number[] = [];
  /** Term -> its place in `terms` while `mark` holds the current paper's stamp. */
  private readonly placeOf: number[] = [];
  private readonly mark: number[] = [];
  private stamp = 0;
  /** While building, unseen terms get numbers; afterwards they are unknown and left out. */
  private growing = true;

  get size(): number {
    return this.termText.length;
  }

  /** Stops numbering new terms: a paper's terms no entry has are unknown. */
  freeze(): void {
    this.growing = false;
  }

  /** Counts a paper's words and word pairs (title weighed more), authors and categories into `terms` and `counts`. */
  count(paper: PaperText): void {
    this.stamp++;
    this.length = 0;
    this.countText(paper.title, TITLE_WEIGHT);
    this.countText(paper.summary, 1);
    for (const author of paper.authors) {
      this.add(this.authorTermOf(author), AUTHOR_WEIGHT);
    }
    categoriesOf(paper).forEach((code, i) =>
      this.add(
        this.keyed(`c:${code}`),
        i === 0 ? PRIMARY_CATEGORY_WEIGHT : OTHER_CATEGORY_WEIGHT,
      ),
    );
  }

  /** A term's text, as explanations show it: a word, `first second`, `a:name`, `c:code`. */
  text(term: number): string {
    const known = this.termText[term];
    if (known !== null) return known;
    const spelled = `${this.wordText[this.pairWords[2 * term]]} ${this.wordText[this.pairWords[2 * term + 1]]}`;
    this.termText[term] = spelled;
    return spelled;
  }

  /** Adds a text's words and adjacent word pairs, each scaled by `weight`. */
  private countText(text: string, weight: number): void {
    let previous = -1;
    const folded = foldText(text);
    const runs = tokenBounds(folded, this.bounds);
    for (let run = 0; run < runs; run++) {
      const word = this.wordOf(
        folded,
        this.bounds[2 * run],
        this.bounds[2 * run + 1],
      );
      if (word < 0) continue;
      let term = this.wordTerm[word];
      if (term < 0 && this.growing) {
        term = this.newTerm(this.wordText[word]);
        this.wordTerm[word] = term;
      }
      this.add(term, weight);
      if (previous >= 0) {
        let pair = this.pairTerm.get(previous, word);
        if (pair < 0 && this.growing) {
          pair = this.newTerm(null);
          this.pairTerm.set(previous, word, pair);
          this.pairWords[2 * pair] = previous;
          this.pairWords[2 * pair + 1] = word;
        }
        this.add(pair, weight / 2);
      }
      previous = word;
    }
  }

  private wordOf(folded: string, start: number, end: number): number {
    const known = this.tokenWord.get(folded, start, end);
    if (known !== undefined) return known;
    const word = keptWord(folded.slice(start, end));
    let number = -1;
    if (word !== null) {
      number = this.wordNumber.get(word) ?? this.wordText.length;
      if (number === this.wordText.length) {
        this.wordNumber.set(word, number);
        this.wordText.push(word);
        this.wordTerm.push(-1);
      }
    }
    this.tokenWord.set(number);
    return number;
  }

  private authorTermOf(name: string): number {
    let term = this.authorTerm.get(name);
    if (term === undefined) {
      const key = `a:${words(name).join(' ')}`;
      term = key.length > 2 ? this.keyed(key) : -1;
      if (term >= 0 || this.growing) this.authorTerm.set(name, term);
    }
    return term;
  }

  private keyed(key: string): number {
    let term = this.keyedTerm.get(key);
    if (term === undefined) {
      if (!this.growing) return -1;
      term = this.newTerm(key);
      this.keyedTerm.set(key, term);
    }
    return term;
  }

  private newTerm(text: string | null): number {
    const term = this.termText.length;
    this.termText.push(text);
    this.documentFrequency.push(0);
    this.placeOf.push(0);
    this.mark.push(0);
    return term;
  }

  private add(term: number, weight: number): void {
    if (term < 0) return;
    if (this.mark[term] === this.stamp) {
      this.counts[this.placeOf[term]] += weight;
      return;
    }
    if (this.length === this.terms.length) {
      this.terms = grown(this.terms, this.length + 1);
      this.counts = grown(this.counts, this.length + 1);
    }
    this.mark[term] = this.stamp;
    this.placeOf[term] = this.length;
    this.terms[this.length] = term;
    this.counts[this.length++] = weight;
  }
}

/** A copy of a typed array with room for at least `size` elements (twice as many as before at least). */
function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const copy = new (array.constructor as new (length: number) => T)(
    Math.max(size, 2 * array.length),
  );
  copy.set(array);
  return copy;
}

/** A unit tf-idf vector over the model's vocabulary (term ids). */
interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** Turns the term frequencies of [start, end) into sublinear tf times idf, scaled to unit length. */
function weighInPlace(
  terms: Int32Array,
  weights: Float64Array,
  idf: Float64Array,
  start = 0,
  end = terms.length,
): void {
  let norm = 0;
  for (let i = start; i < end; i++) {
    const w = (1 + Math.log(Math.max(weights[i], 1))) * idf[terms[i]];
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = start; i < end; i++) weights[i] /= norm;
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
  const vocabulary = new Vocabulary();
  const {documentFrequency} = vocabulary;
  // Every entry's terms and frequencies in two flat arrays (entry i owns
  // [vectorStart[i], vectorStart[i + 1])): two arrays per entry made most of a build's garbage.
  const vectorStart = new Int32Array(filed.length + 1);
  let vectorTerms = new Int32Array(1 << 16);
  let vectorWeights = new Float64Array(1 << 16);
  filed.forEach((f, i) => {
    vocabulary.count(entryText(f.entry));
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
    df => Math.log((filed.length + 1) / (df + 1)) + 1,
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
    for (const c of f.entry.categories) {
      add(section.categoryCounts, canonicalCategory(c), 1);
    }
  });
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
  const text = entryText(entry);
  return {
    id: entry.id,
    version: '',
    title: text.title,
    authors: text.authors,
    published: '',
    updated: '',
    summary: text.summary,
    primaryCategory: text.primaryCategory,
    categories: text.categories,
    absUrl: `https://arxiv.org/abs/${entry.id}`,
    pdfUrl: `https://arxiv.org/pdf/${entry.id}`,
  };
}

/** What the model reads of an entry: the title, authors from the byline, the notes as summary, the visible categories. */
function entryText(entry: Entry): PaperText {
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
    title: entry.title,
    authors,
    summary,
    primaryCategory: entry.categories[0] ?? '',
    categories: [...entry.categories],
  };
}
