// The term index: words, word pairs, authors and categories numbered in flat typed arrays, and tf-idf vectors over them.
import type {Paper} from '../types';
import {canonicalCategory} from './names';
import {fold} from '../text-words';
import {keptWord, tokenBounds, words} from './words';
import {wordSet} from './word-sets';

const TITLE_WEIGHT = 2;
/**
 * Words nearly every ML paper says: within one doc their idf can still be
 * high (a doc of a few entries), and a shared "neural network" then passes
 * for a topic. Their idf (and that of a pair of two of them) is scaled by this.
 */
const COMMON_WORD_WEIGHT = 0.25;
const AUTHOR_WEIGHT = 1.5;
const PRIMARY_CATEGORY_WEIGHT = 2;
const OTHER_CATEGORY_WEIGHT = 1;

/** What the model reads of a paper. */
export type PaperText = Pick<
  Paper,
  'title' | 'summary' | 'authors' | 'primaryCategory' | 'categories'
>;

/** The paper's canonical category codes, primary first, without repeats. */
export function categoriesOf(paper: PaperText): string[] {
  const all = [paper.primaryCategory, ...paper.categories]
    .filter(c => c)
    .map(canonicalCategory);
  return all.filter((c, i) => all.indexOf(c) === i);
}

/** A map from pairs of word numbers to term ids in flat typed arrays (open addressing): no object per pair. */
export class PairTable {
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
export class TokenTable {
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
export class Vocabulary {
  /** Entries holding each term. */
  readonly documentFrequency: number[] = [];
  /** Each term's share of its idf: COMMON_WORD_WEIGHT for common words and pairs of them, else 1. */
  readonly idfScale: number[] = [];
  /** The terms of the paper counted last, in order of first sight, and their weights: the first `length` of each. */
  terms = new Int32Array(256);
  counts = new Float64Array(256);
  length = 0;
  private readonly tokenWord = new TokenTable();
  private readonly bounds: number[] = [];
  private readonly wordNumber = new Map<string, number>();
  private readonly wordText: string[] = [];
  /** Word number -> how much one of it counts (word-lists.ts' common words count less). */
  private readonly wordWeight: number[] = [];
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
    const folded = fold(text);
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
        term = this.newTerm(this.wordText[word], this.wordWeight[word]);
        this.wordTerm[word] = term;
      }
      this.add(term, weight);
      if (previous >= 0) {
        let pair = this.pairTerm.get(previous, word);
        if (pair < 0 && this.growing) {
          pair = this.newTerm(
            null,
            Math.max(this.wordWeight[previous], this.wordWeight[word]),
          );
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
        this.wordWeight.push(
          wordSet('common').has(word) ? COMMON_WORD_WEIGHT : 1,
        );
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

  private newTerm(text: string | null, idfScale = 1): number {
    const term = this.termText.length;
    this.termText.push(text);
    this.idfScale.push(idfScale);
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
export function grown<T extends Int32Array | Float64Array>(
  array: T,
  size: number,
): T {
  const copy = new (array.constructor as new (length: number) => T)(
    Math.max(size, 2 * array.length),
  );
  copy.set(array);
  return copy;
}

/** A unit tf-idf vector over the model's vocabulary (term ids). */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** Turns the term frequencies of [start, end) into sublinear tf times idf, scaled to unit length. */
export function weighInPlace(
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

export function denseDot(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.terms.length; i++) {
    sum += v.weights[i] * dense[v.terms[i]];
  }
  return sum;
}
